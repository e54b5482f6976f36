/**
 * A cell of the transposed stage that shows a value it does not own (a running sum, a stretched
 * input, a rotated weight): read-only, hover-linked, with its state as data attributes.
 */
import { memo } from 'react';
import { useStore } from '../../state/store';
import type { CellData } from '../../components/grid/EditableCell';

export interface StampCellProps extends CellData {
  grid: 'input' | 'output';
  channel: number;
  row: number;
  col: number;
  /** null: nothing to show yet (no number in the text or the name). */
  text: string | null;
  /** What the name says while `text` is null: not reached yet, or asked by a quiz question. */
  missing?: string;
  name: string;
  className: string;
  tabbable: boolean;
  onActivate?: () => void;
}

export const StampCell = memo(function StampCell({
  grid,
  channel,
  row,
  col,
  text,
  missing = 'not reached yet',
  name,
  className,
  tabbable,
  onActivate,
  ...data
}: StampCellProps) {
  // Actions are read when called, not subscribed to (see InputCell).
  const enter = () => useStore.getState().setHover({ grid, channel, row, col });
  const leave = () => useStore.getState().setHover(null);
  return (
    <div
      role="gridcell"
      tabIndex={tabbable ? 0 : -1}
      className={className}
      data-row={row}
      data-col={col}
      data-channel={channel}
      {...data}
      aria-label={`${name}: ${text ?? missing}`}
      onPointerEnter={enter}
      onPointerLeave={leave}
      onFocus={enter}
      onBlur={leave}
      onClick={onActivate}
      onKeyDown={(e) => {
        if (onActivate && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          e.stopPropagation();
          onActivate();
        }
      }}
    >
      {text !== null && <span className="cell-value">{text}</span>}
    </div>
  );
});
