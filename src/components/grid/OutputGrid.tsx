/** An output channel, filling in as the steps advance. */
import { memo, useCallback } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { Grid } from './Grid';
import { OutputCell } from './OutputCell';

export const OutputGrid = memo(function OutputGrid({ channel, label }: { channel: number; label: string }) {
  const outHeight = useStore((s) => windowOperationFor(s.config).geometry.outHeight);
  const outWidth = useStore((s) => windowOperationFor(s.config).geometry.outWidth);
  const plane = useStore((s) => windowOperationFor(s.config).shownOutput[channel]);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <OutputCell
        key={`${row}:${col}`}
        channel={channel}
        row={row}
        col={col}
        index={(channel * outHeight + row) * outWidth + col}
        value={plane?.[row]?.[col] ?? 0}
        tabbable={tabbable}
      />
    ),
    [channel, plane, outHeight, outWidth],
  );
  // Actions are read when called, not subscribed to: they never change.
  const hover = useCallback(
    (cell: HTMLElement | null) =>
      useStore
        .getState()
        .setHover(
          cell
            ? { grid: 'output', channel, row: Number(cell.dataset.row), col: Number(cell.dataset.col) }
            : null,
        ),
    [channel],
  );
  const jump = useCallback(
    (cell: HTMLElement) =>
      useStore
        .getState()
        .seek((channel * outHeight + Number(cell.dataset.row)) * outWidth + Number(cell.dataset.col)),
    [channel, outHeight, outWidth],
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
