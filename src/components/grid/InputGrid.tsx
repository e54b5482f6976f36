/** An input channel with its padding ring, the rows/columns a stride drops, and the sliding window. */
import { memo, useCallback, useMemo } from 'react';
import { unreachedIndices } from '../../compute';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { cellKey } from '../../state/highlight';
import { editInputValue } from '../../state/edits';
import { useQuizStore } from '../../quiz/quizStore';
import { Grid } from './Grid';
import { InputCell } from './InputCell';
import { WindowOverlay } from './WindowOverlay';
import { cellPosition, hoverCell } from './cellHover';

interface InputGridProps {
  channel: number;
  label: string;
  /** False where the grid shows a result the user cannot type into (the pipeline's feature map). */
  editable?: boolean;
}

export const InputGrid = memo(function InputGrid({ channel, label, editable = true }: InputGridProps) {
  const g = useStore((s) => windowOperationFor(s.config).geometry);
  const plane = useStore((s) => windowOperationFor(s.config).input[channel]);
  const padValue = useStore((s) => windowOperationFor(s.config).padValue);
  const { top, bottom, left, right } = g.padding;
  const dropped = useMemo(
    () => ({
      rows: new Set(
        unreachedIndices(g.inputHeight, g.outHeight, g.kernelHeight, g.strideRow, top, g.dilationRow),
      ),
      cols: new Set(
        unreachedIndices(g.inputWidth, g.outWidth, g.kernelWidth, g.strideCol, left, g.dilationCol),
      ),
    }),
    [g, top, left],
  );
  const picking = useQuizStore((s) => s.pickMode !== null);
  const picks = useQuizStore((s) => s.picks);
  const commit = useCallback(
    (v: number, cell: HTMLElement) => {
      const { row, col } = cellPosition(cell);
      editInputValue(channel, row, col, v);
    },
    [channel],
  );
  const hover = useMemo(() => hoverCell('input', channel), [channel]);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => {
      const value = plane?.[row]?.[col];
      return (
        <InputCell
          key={`${row}:${col}`}
          channel={channel}
          row={row}
          col={col}
          value={value ?? padValue}
          padded={value === undefined}
          editable={editable && value !== undefined}
          tabbable={tabbable}
          dropped={dropped.rows.has(row) || dropped.cols.has(col)}
          picking={picking}
          picked={picking && picks.includes(cellKey(channel, row, col))}
          onCommit={commit}
        />
      );
    },
    [channel, dropped, plane, padValue, editable, picking, picks, commit],
  );
  const padNote =
    top + bottom + left + right > 0
      ? `, padded to ${g.inputHeight + top + bottom}×${g.inputWidth + left + right}`
      : '';
  return (
    <Grid
      label={`${label}, ${g.inputHeight} by ${g.inputWidth}${padNote}`}
      className="grid-figure--input"
      rowStart={-top}
      colStart={-left}
      rows={g.inputHeight + top + bottom}
      cols={g.inputWidth + left + right}
      renderCell={renderCell}
      onPointerCell={hover}
      overlay={<WindowOverlay channel={channel} />}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});
