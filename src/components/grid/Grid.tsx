/**
 * An accessible grid (role="grid") laid out with CSS grid. One cell is in the tab order at a time
 * (roving tabindex); arrow keys, Home and End move between cells without leaving the grid.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CellCanvas } from './cellCanvas';

const cellAt = (target: EventTarget): HTMLElement | null =>
  (target as Element).closest<HTMLElement>('[role="gridcell"]');

/** Grids with more cells than 16×16 are drawn on a canvas layer (cellCanvas.ts). */
const CANVAS_FROM_CELLS = 16 * 16 + 1;

export interface GridProps {
  label: string;
  /** First row and column shown, in input coordinates (negative where padding is drawn). */
  rowStart: number;
  colStart: number;
  rows: number;
  cols: number;
  className?: string;
  /** Renders the cell at (row, col); `tabbable` marks the one cell in the tab order. */
  renderCell: (row: number, col: number, tabbable: boolean) => ReactNode;
  /**
   * Handlers for the grid's cells, given the cell element (its data-row, data-col…): one set per grid
   * rather than closures in each of a 32×32 grid's cells, which every garbage collection must mark.
   * `onPointerCell` gets the cell under the pointer as it changes (null off the cells); `onFocusCell`
   * the focused cell, then null when focus leaves it; `onActivateCell` a click, Enter or Space.
   */
  onPointerCell?: (cell: HTMLElement | null) => void;
  onFocusCell?: (cell: HTMLElement | null) => void;
  onActivateCell?: (cell: HTMLElement) => void;
  /** Drawn over the cells (the sliding window). */
  overlay?: ReactNode;
  caption?: ReactNode;
}

export function Grid({
  label,
  rowStart,
  colStart,
  rows,
  cols,
  className,
  renderCell,
  onPointerCell,
  onFocusCell,
  onActivateCell,
  overlay,
  caption,
}: GridProps) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const ref = useRef<HTMLDivElement>(null);
  const activeRow = Math.min(active[0], rows - 1);
  const activeCol = Math.min(active[1], cols - 1);
  const onCanvas = rows * cols >= CANVAS_FROM_CELLS;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!onCanvas || !ref.current || !canvasRef.current) return;
    const layer = new CellCanvas(ref.current, canvasRef.current);
    return () => layer.dispose();
  }, [onCanvas]);

  const pointed = useRef<HTMLElement | null>(null);
  const point = (cell: HTMLElement | null) => {
    if (cell === pointed.current) return;
    pointed.current = cell;
    onPointerCell?.(cell);
  };

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (target.tagName === 'INPUT') return;
      if (
        onActivateCell &&
        (event.key === 'Enter' || event.key === ' ') &&
        target.getAttribute('role') === 'gridcell'
      ) {
        event.preventDefault();
        event.stopPropagation();
        onActivateCell(target);
        return;
      }
      const moves: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      let next: [number, number] | null = null;
      const move = moves[event.key];
      if (move) next = [activeRow + move[0], activeCol + move[1]];
      else if (event.key === 'Home') next = [event.ctrlKey ? 0 : activeRow, 0];
      else if (event.key === 'End') next = [event.ctrlKey ? rows - 1 : activeRow, cols - 1];
      if (!next) return;
      // Inside a grid the arrows move between cells; they must not also step the animation.
      event.preventDefault();
      event.stopPropagation();
      const row = Math.min(Math.max(0, next[0]), rows - 1);
      const col = Math.min(Math.max(0, next[1]), cols - 1);
      setActive([row, col]);
      // By position, not by data-row/col: some grids (a 1×1 filter's channels) repeat coordinates.
      ref.current?.querySelectorAll<HTMLElement>('[role="gridcell"]')[row * cols + col]?.focus();
    },
    [activeRow, activeCol, rows, cols, onActivateCell],
  );

  const onFocus = useCallback(
    (event: React.FocusEvent<HTMLDivElement>) => {
      const cell = cellAt(event.target);
      if (!cell || !ref.current) return;
      onFocusCell?.(cell);
      const index = Array.prototype.indexOf.call(ref.current.querySelectorAll('[role="gridcell"]'), cell);
      if (index < 0) return;
      const row = Math.floor(index / cols);
      const col = index % cols;
      if (row !== activeRow || col !== activeCol) setActive([row, col]);
    },
    [cols, activeRow, activeCol, onFocusCell],
  );

  const body: ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < cols; c++)
      cells.push(renderCell(r + rowStart, c + colStart, r === activeRow && c === activeCol));
    body.push(
      <div role="row" className="grid-row" key={r}>
        {cells}
      </div>,
    );
  }

  return (
    <figure className={`grid-figure ${className ?? ''}`}>
      <div
        ref={ref}
        role="grid"
        aria-label={label}
        aria-rowcount={rows}
        aria-colcount={cols}
        className={onCanvas ? 'grid grid--canvas' : 'grid'}
        // Large grids get hairline gaps so 32 columns still fit a phone.
        style={
          { '--rows': rows, '--cols': cols, ...(cols > 16 && { '--gap': '1px' }) } as React.CSSProperties
        }
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onFocusCell && ((event) => cellAt(event.target) && onFocusCell(null))}
        onPointerOver={onPointerCell && ((event) => point(cellAt(event.target)))}
        onPointerLeave={onPointerCell && (() => point(null))}
        onClick={
          onActivateCell &&
          ((event) => {
            const cell = cellAt(event.target);
            if (cell) onActivateCell(cell);
          })
        }
      >
        {onCanvas && <canvas ref={canvasRef} className="grid-canvas" aria-hidden="true" />}
        {body}
        {overlay}
      </div>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
