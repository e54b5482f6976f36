/**
 * One output cell: pending, done or current. Hover or focus shows its window and a click jumps to it,
 * handled once for the whole grid (OutputGrid).
 */
import { memo } from 'react';
import { outputLitSignal, outputSignal, useCellSignal } from '../../state/cellSignals';
import { cellKey, CURRENT, DONE } from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';
import { HIDDEN_BIT, INSPECTED_BIT, LIT_BIT, outputCellState } from '../../state/outputCellState';

/** The class of each status: pending (0), done, current. */
const STATUS_CLASS: Record<number, string> = {
  0: ' cell--pending',
  [DONE]: ' cell--done',
  [CURRENT]: ' cell--current',
};

interface OutputCellProps {
  channel: number;
  row: number;
  col: number;
  /** The step that computes this cell. */
  index: number;
  value: number;
  tabbable: boolean;
}

export const OutputCell = memo(function OutputCell({
  channel,
  row,
  col,
  index,
  value,
  tabbable,
}: OutputCellProps) {
  const state = useCellSignal([outputSignal(index), outputLitSignal(cellKey(channel, row, col))], (s) =>
    outputCellState(s, channel, row, col, index),
  );
  const status = state & 3;
  const lit = (state & LIT_BIT) !== 0;
  const inspected = (state & INSPECTED_BIT) !== 0;
  // A cell no step has reached holds no number at all (not even hidden text): screen readers,
  // high-contrast modes and copy-paste would reveal it (contract §3). Hovering it shows its window and
  // arithmetic, where the coming value is written out.
  // The current cell of an open quiz question is the one to predict: no number until it is answered.
  const computed = status !== 0 && (state & HIDDEN_BIT) === 0;
  // Concatenated, not joined from an array, as in InputCell.
  const classes =
    'cell cell--output' +
    (STATUS_CLASS[status] ?? '') +
    (state & HIDDEN_BIT ? ' cell--asked' : '') +
    (lit ? ' cell--lit' : '') +
    (inspected ? ' cell--inspected' : '');
  const shown = computed ? formatValue(value) : '';

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
      aria-label={`Output row ${row}, column ${col}: ${computed ? shown : state & HIDDEN_BIT ? 'your prediction?' : 'not computed yet'}`}
      title={`Output (${row}, ${col}) — click to jump to this step`}
    >
      <span className="cell-value">{shown}</span>
    </div>
  );
});
