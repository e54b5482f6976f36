/** One 1×1×C_in filter of the pointwise view: a column of weights, one per input channel. */
import { memo, useCallback } from 'react';
import { Grid } from './Grid';
import { KernelCell } from './KernelCell';

export const PointwiseFilterGrid = memo(function PointwiseFilterGrid({
  out,
  channels,
}: {
  out: number;
  channels: number;
}) {
  const renderCell = useCallback(
    (channel: number, _col: number, tabbable: boolean) => (
      <KernelCell
        key={channel}
        out={out}
        channel={channel}
        row={0}
        col={0}
        tabbable={tabbable}
        position={`for input channel ${channel + 1}`}
      />
    ),
    [out],
  );
  const label = `Kernel filter ${out + 1}`;
  return (
    <Grid
      label={`${label}, 1 by 1 by ${channels}`}
      className="grid-figure--kernel grid-figure--filter"
      rowStart={0}
      colStart={0}
      rows={channels}
      cols={1}
      renderCell={renderCell}
      caption={<span className="grid-caption">Filter {out + 1}</span>}
    />
  );
});
