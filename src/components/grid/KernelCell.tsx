/** One kernel weight: editable; hovering it lights every input cell it ever multiplies. */
import { memo, useCallback } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { highlightFor, IN_WINDOW, kernelKey, TERM } from '../../state/highlight';
import { editKernelValue } from '../../state/edits';
import { EditableCell } from './EditableCell';

interface KernelCellProps {
  out: number;
  /** The input channel this weight multiplies (highlights and hover use it). */
  channel: number;
  /** Where the weight sits in the filter, when not at `channel` (a grouped filter holds only its group's slices). */
  slice?: number;
  row: number;
  col: number;
  tabbable: boolean;
  /** Where the weight sits, for its accessible name; by default its row and column. */
  position?: string;
}

export const KernelCell = memo(function KernelCell({
  out,
  channel,
  slice = channel,
  row,
  col,
  tabbable,
  position = `row ${row}, column ${col}`,
}: KernelCellProps) {
  const value = useStore((s) => {
    const op = windowOperationFor(s.config);
    const kernel = op.pipeline ? op.pipeline.kernel : op.kernel;
    return kernel?.[out]?.[slice]?.[row]?.[col] ?? 0;
  });
  const flags = useStore((s) => highlightFor(s).kernel.get(kernelKey(out, channel, row, col)) ?? 0);
  const active = useStore((s) => {
    const step = highlightFor(s).step;
    return step.kind === 'conv' && step.out.channel === out;
  });
  const onCommit = useCallback(
    (v: number) => editKernelValue(out, slice, row, col, v),
    [out, slice, row, col],
  );
  // Actions are read when called, not subscribed to (see InputCell).
  const enter = useCallback(
    () => useStore.getState().setHover({ grid: 'kernel', out, channel, row, col }),
    [out, channel, row, col],
  );
  const leave = useCallback(() => useStore.getState().setHover(null), []);
  const sign = value > 0 ? 'pos' : value < 0 ? 'neg' : 'zero';
  const classes = [
    'cell',
    'cell--kernel',
    `cell--${sign}`,
    active && flags & IN_WINDOW && 'cell--active-filter',
    flags & TERM && 'cell--term',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <EditableCell
      value={value}
      name={`Weight ${position}`}
      tabbable={tabbable}
      editable
      onCommit={onCommit}
      className={classes}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-filter={out}
      onPointerEnter={enter}
      onPointerLeave={leave}
      onFocus={enter}
      onBlur={leave}
    />
  );
});
