/** The weights one filter applies to one input channel. */
import { memo, useCallback } from 'react';
import { Grid } from './Grid';
import { KernelCell } from './KernelCell';

interface KernelGridProps {
  out: number;
  /** The input channel the slice multiplies. */
  channel: number;
  /** The slice's place in the filter, when not `channel` (grouped convolution). */
  slice?: number;
  rows: number;
  cols: number;
  label: string;
}

export const KernelGrid = memo(function KernelGrid({
  out,
  channel,
  slice = channel,
  rows,
  cols,
  label,
}: KernelGridProps) {
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <KernelCell
        key={`${row}:${col}`}
        out={out}
        channel={channel}
        slice={slice}
        row={row}
        col={col}
        tabbable={tabbable}
      />
    ),
    [out, channel, slice],
  );
  return (
    <Grid
      label={`${label}, ${rows} by ${cols}`}
      className="grid-figure--kernel"
      rowStart={0}
      colStart={0}
      rows={rows}
      cols={cols}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});
