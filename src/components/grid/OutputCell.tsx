/** One output cell: pending, done or current; hover or focus shows its window, click jumps to it. */
import { memo, useCallback } from 'react';
import { useStore, type Store } from '../../state/store';
import { cellKey, CURRENT, DONE, highlightFor, LIT, shownStepIndex } from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';
import { concealed, SHOW_VALUE } from '../../state/quizGate';

interface OutputCellProps {
  channel: number;
  row: number;
  col: number;
  /** The step that computes this cell. */
  index: number;
  value: number;
  tabbable: boolean;
}

const LIT_BIT = 4;
const INSPECTED_BIT = 8;
const HIDDEN_BIT = 16;

/** Status (pending/done/current), lit, inspected and held back by a quiz question, packed into one number: one selector per cell. */
function cellState(s: Store, channel: number, row: number, col: number, index: number): number {
  const status = index < s.step ? DONE : index === s.step ? CURRENT : 0;
  const hidden = status === CURRENT && concealed(s, SHOW_VALUE);
  const lit = ((highlightFor(s).output.get(cellKey(channel, row, col)) ?? 0) & LIT) !== 0;
  const inspected = s.hover?.grid === 'output' && shownStepIndex(s) === index;
  return status | (lit ? LIT_BIT : 0) | (inspected ? INSPECTED_BIT : 0) | (hidden ? HIDDEN_BIT : 0);
}

export const OutputCell = memo(function OutputCell({
  channel,
  row,
  col,
  index,
  value,
  tabbable,
}: OutputCellProps) {
  const state = useStore((s) => cellState(s, channel, row, col, index));
  const status = state & 3;
  const lit = (state & LIT_BIT) !== 0;
  const inspected = (state & INSPECTED_BIT) !== 0;
  const setHover = useStore((s) => s.setHover);
  const seek = useStore((s) => s.seek);

  const enter = useCallback(
    () => setHover({ grid: 'output', channel, row, col }),
    [setHover, channel, row, col],
  );
  const leave = useCallback(() => setHover(null), [setHover]);
  const jump = useCallback(() => seek(index), [seek, index]);

  // A cell no step has reached holds no number at all (not even hidden text): screen readers,
  // high-contrast modes and copy-paste would reveal it (contract §3). Hovering it shows its window and
  // arithmetic, where the coming value is written out.
  // The current cell of an open quiz question is the one to predict: no number until it is answered.
  const computed = status !== 0 && (state & HIDDEN_BIT) === 0;
  const classes = [
    'cell',
    'cell--output',
    status === DONE && 'cell--done',
    status === CURRENT && 'cell--current',
    status === 0 && 'cell--pending',
    state & HIDDEN_BIT && 'cell--asked',
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
      aria-label={`Output row ${row}, column ${col}: ${computed ? formatValue(value) : state & HIDDEN_BIT ? 'your prediction?' : 'not computed yet'}`}
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
      <span className="cell-value">{computed ? formatValue(value) : ''}</span>
    </div>
  );
});
