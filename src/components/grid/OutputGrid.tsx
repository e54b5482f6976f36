/** An output channel, filling in as the steps advance. */
import { memo, useCallback, useMemo } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { Grid } from './Grid';
import { OutputCell } from './OutputCell';
import { cellPosition, hoverCell } from './cellHover';

export const OutputGrid = memo(function OutputGrid({ channel, label }: { channel: number; label: string }) {
  const outHeight = useStore((s) => windowOperationFor(s.config).geometry.outHeight);
  const outWidth = useStore((s) => windowOperationFor(s.config).geometry.outWidth);
  const plane = useStore((s) => windowOperationFor(s.config).shownOutput[channel]);
  /** The step that computes the cell at (row, col) of this channel: steps run channel, row, column. */
  const stepOf = useCallback(
    (row: number, col: number) => (channel * outHeight + row) * outWidth + col,
    [channel, outHeight, outWidth],
  );
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <OutputCell
        key={`${row}:${col}`}
        channel={channel}
        row={row}
        col={col}
        index={stepOf(row, col)}
        value={plane?.[row]?.[col] ?? 0}
        tabbable={tabbable}
      />
    ),
    [channel, plane, stepOf],
  );
  const hover = useMemo(() => hoverCell('output', channel), [channel]);
  const jump = useCallback(
    (cell: HTMLElement) => {
      const { row, col } = cellPosition(cell);
      useStore.getState().seek(stepOf(row, col));
    },
    [stepOf],
  );
  return (
    <Grid
      label={`${label}, ${outHeight} by ${outWidth}`}
      className="grid-figure--output"
      rowStart={0}
      colStart={0}
      rows={outHeight}
      cols={outWidth}
      renderCell={renderCell}
      onPointerCell={hover}
      onFocusCell={hover}
      onActivateCell={jump}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});
