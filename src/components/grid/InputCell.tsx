/**
 * One input cell: its value, and whether the shown step reads it.
 * What depends only on the configuration (value, padding, editability) and the quiz's picks comes
 * from the grid as props, with the grid's handlers for hover and edits (InputGrid); the cell itself
 * reads one small number — its highlight flags — through a cell signal, so a step runs and
 * re-renders only the cells whose flags change.
 */
import { memo } from 'react';
import { inputSignal, useCellSignal } from '../../state/cellSignals';
import { ARGMAX, cellKey, highlightFor, IN_WINDOW, LIT, TERM } from '../../state/highlight';
import { EditableCell } from './EditableCell';
import { togglePick } from '../../quiz/quizStore';

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
  /** A quiz question answered by picking cells (src/quiz/): click, Enter or Space picks instead of editing. */
  picking: boolean;
  picked: boolean;
  onCommit: (value: number, cell: HTMLElement) => void;
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
  picking,
  picked,
  onCommit,
}: InputCellProps) {
  const key = cellKey(channel, row, col);
  const flags = useCellSignal(inputSignal(key), (s) => highlightFor(s).input.get(key) ?? 0);
  const pick = () => togglePick(key);

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
    />
  );
});
