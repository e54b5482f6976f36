/** One output cell: pending, done or current; hover or focus shows its window, click jumps to it. */
import { memo, useCallback } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import {
  cellKey,
  CURRENT,
  DONE,
  highlightFor,
  LIT,
  outputStatus,
  shownStepIndex,
} from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';

interface OutputCellProps {
  channel: number;
  row: number;
  col: number;
  tabbable: boolean;
}

export const OutputCell = memo(function OutputCell({ channel, row, col, tabbable }: OutputCellProps) {
  const value = useStore((s) => operationFor(s.config).shownOutput[channel]?.[row]?.[col] ?? 0);
  const status = useStore((s) => outputStatus(s, channel, row, col));
  const lit = useStore((s) => ((highlightFor(s).output.get(cellKey(channel, row, col)) ?? 0) & LIT) !== 0);
  const inspected = useStore((s) => {
    if (s.hover?.grid !== 'output') return false;
    const g = operationFor(s.config).geometry;
    return shownStepIndex(s) === (channel * g.outHeight + row) * g.outWidth + col;
  });
  const setHover = useStore((s) => s.setHover);
  const seek = useStore((s) => s.seek);

  const index = useStore((s) => {
    const g = operationFor(s.config).geometry;
    return (channel * g.outHeight + row) * g.outWidth + col;
  });
  const enter = useCallback(
    () => setHover({ grid: 'output', channel, row, col }),
    [setHover, channel, row, col],
  );
  const leave = useCallback(() => setHover(null), [setHover]);
  const jump = useCallback(() => seek(index), [seek, index]);

  const shown = status !== 0 || inspected;
  const classes = [
    'cell',
    'cell--output',
    status === DONE && 'cell--done',
    status === CURRENT && 'cell--current',
    status === 0 && 'cell--pending',
    lit && 'cell--lit',
    inspected && 'cell--inspected',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      role="gridcell"
      tabIndex={tabbable ? 0 : -1}
      className={classes}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-current={status === CURRENT ? 'true' : undefined}
      data-done={status === DONE ? 'true' : undefined}
      aria-label={`Output row ${row} column ${col}: ${shown ? formatValue(value) : 'not computed yet'}`}
      title={`Output (${row}, ${col}) — click to jump to this step`}
      onPointerEnter={enter}
      onPointerLeave={leave}
      onFocus={enter}
      onBlur={leave}
      onClick={jump}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          jump();
        }
      }}
    >
      <span className={shown ? 'cell-value' : 'cell-value cell-value--pending'}>{formatValue(value)}</span>
    </div>
  );
});
