/**
 * A grid cell whose number can be typed over: focus it and type, or press Enter (or double-click) to
 * edit. A half-typed or wrong entry stays in the cell, marked and explained, and is never applied.
 */
import { memo, useLayoutEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import { formatValue, parseCellEntry } from '../../state/cellEntry';

/** What a cell says of itself as data attributes (data-row, data-in-window…): passed on to its element. */
export type CellData = Partial<Record<`data-${string}`, string | number>>;

export interface EditableCellProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onChange'>, CellData {
  value: number;
  /** Where the cell is, such as "Input row 2, column 3": its accessible name is this and its value. */
  name: string;
  tabbable: boolean;
  editable: boolean;
  /** Called with the value entered and this cell's element (its data-row, data-col…). */
  onCommit: (value: number, cell: HTMLElement) => void;
  className: string;
}

const STARTS_ENTRY = /^[0-9.\-+−/]$/;

export const EditableCell = memo(function EditableCell({
  value,
  name,
  tabbable,
  editable,
  onCommit,
  className,
  ...rest
}: EditableCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const cellRef = useRef<HTMLDivElement>(null);
  // Set when Enter or Escape ends an entry: the focused <input> is about to be removed, and focus
  // must come back to the cell rather than fall to <body>.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (draft === null && refocus.current) {
      refocus.current = false;
      cellRef.current?.focus();
    }
  }, [draft]);
  const entry = draft === null ? null : parseCellEntry(draft);
  const problem = entry && !entry.ok ? entry.reason : null;
  const shown = formatValue(value);

  const commit = () => {
    if (entry?.ok && cellRef.current) {
      onCommit(entry.value, cellRef.current);
      setDraft(null);
    }
  };
  const onCellKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!editable || draft !== null || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setDraft(String(value));
    } else if (STARTS_ENTRY.test(event.key)) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(event.key);
    }
  };
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      refocus.current = entry?.ok === true;
      commit();
    } else if (event.key === 'Escape') {
      refocus.current = true;
      setDraft(null);
    }
  };

  return (
    <div
      ref={cellRef}
      role="gridcell"
      tabIndex={tabbable ? 0 : -1}
      className={`${className}${problem ? ' cell--invalid' : ''}`}
      aria-invalid={problem ? true : undefined}
      // While an entry is open the cell is named by its input (and its problem, if any).
      aria-label={draft === null ? `${name}: ${shown}` : undefined}
      title={problem ?? (editable ? `${name}: ${shown}. Type to edit.` : undefined)}
      onKeyDown={onCellKey}
      onDoubleClick={editable ? () => setDraft(String(value)) : undefined}
      onPaste={
        editable && draft === null
          ? (event) => {
              // A paste starts an entry like typing does; whatever was pasted is checked the same way.
              event.preventDefault();
              setDraft(event.clipboardData.getData('text').slice(0, 40));
            }
          : undefined
      }
      {...rest}
    >
      {draft === null ? (
        shown
      ) : (
        <input
          className="cell-input"
          aria-label={`${name}, new value`}
          aria-invalid={problem ? true : undefined}
          value={draft}
          autoFocus
          inputMode="decimal"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onInputKey}
          onBlur={() => (entry?.ok ? commit() : setDraft(problem ? draft : null))}
        />
      )}
      {problem && (
        <span className="cell-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
});
