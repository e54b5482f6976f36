/**
 * One input cell: its value, whether the shown step reads it, and hover links to the outputs.
 * What depends only on the configuration (value, padding, editability) comes from the grid as props;
 * the cell itself reads one small number — its highlight flags — through a cell signal, so a step
 * runs and re-renders only the cells whose flags change.
 */
import { memo, useCallback } from 'react';
import { useStore } from '../../state/store';
import { inputSignal, useCellSignal } from '../../state/cellSignals';
import { ARGMAX, cellKey, highlightFor, IN_WINDOW, LIT, TERM } from '../../state/highlight';
import { editInputValue } from '../../state/edits';
import { EditableCell } from './EditableCell';
import { togglePick, useQuizStore } from '../../quiz/quizStore';

/** Where a quiz that asks for cells stands for this one (one number: one subscription). */
const NOT_PICKING = 0;
const UNPICKED = 1;
const PICKED = 2;

interface InputCellProps {
  channel: number;
  row: number;
  col: number;
  value: number;
  padded: boolean;
  editable: boolean;
  tabbable: boolean;
  /** Rows/columns no window reaches (a stride that does not divide evenly). */
  dropped: boolean;
}

export const InputCell = memo(function InputCell({
  channel,
  row,
  col,
  value,
  padded,
  editable,
  tabbable,
  dropped,
}: InputCellProps) {
  const key = cellKey(channel, row, col);
  const flags = useCellSignal(inputSignal(key), (s) => highlightFor(s).input.get(key) ?? 0);
  // A quiz question answered by picking cells (src/quiz/): click, Enter or Space picks instead of editing.
  const pickState = useQuizStore((s) =>
    s.pickMode === null ? NOT_PICKING : s.picks.includes(key) ? PICKED : UNPICKED,
  );
  const picking = pickState !== NOT_PICKING;
  const picked = pickState === PICKED;
  const pick = useCallback(() => togglePick(key), [key]);

  const onCommit = useCallback((v: number) => editInputValue(channel, row, col, v), [channel, row, col]);
  // Actions are read when called: a subscription per cell for a function that never changes would
  // still run on every store change.
  const enter = useCallback(
    () => useStore.getState().setHover({ grid: 'input', channel, row, col }),
    [channel, row, col],
  );
  const leave = useCallback(() => useStore.getState().setHover(null), []);

  // Concatenated, not joined from an array: every step of playback re-renders a few cells.
  const classes =
    'cell cell--input' +
    (padded ? ' cell--padded' : '') +
    (dropped ? ' cell--dropped' : '') +
    (flags & IN_WINDOW ? ' cell--in-window' : '') +
    (flags & ARGMAX ? ' cell--argmax' : '') +
    (flags & LIT ? ' cell--lit' : '') +
    (flags & TERM ? ' cell--term' : '') +
    (picked ? ' cell--picked' : '');

  return (
    <EditableCell
      value={value}
      // Padding is named as such: a padding 0 must not sound like an input value of 0.
      name={padded ? `Padding, row ${row}, column ${col}` : `Input row ${row}, column ${col}`}
      tabbable={tabbable}
      editable={editable && !picking}
      onCommit={onCommit}
      className={classes}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-padded={padded ? 'true' : undefined}
      data-in-window={flags & IN_WINDOW ? 'true' : undefined}
      data-argmax={flags & ARGMAX ? 'true' : undefined}
      data-dropped={dropped ? 'true' : undefined}
      data-picked={picked ? 'true' : undefined}
      {...(picking && {
        'aria-selected': picked,
        onClick: pick,
        onKeyDown: (event: React.KeyboardEvent) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          event.stopPropagation();
          pick();
        },
      })}
      onPointerEnter={enter}
      onPointerLeave={leave}
    />
  );
});
