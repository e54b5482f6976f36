/**
 * What a grid's shared handlers read from a cell element: its position, from the data attributes
 * every cell carries (contract §3), so no cell needs handlers of its own.
 */
import { useStore } from '../../state/store';

export const cellPosition = (cell: HTMLElement): { row: number; col: number } => ({
  row: Number(cell.dataset.row),
  col: Number(cell.dataset.col),
});

/**
 * Points the store's hover at a cell of channel `channel` of the input or output grid, or at
 * nothing. The action is read when called, not subscribed to: it never changes.
 */
export const hoverCell =
  (grid: 'input' | 'output', channel: number) =>
  (cell: HTMLElement | null): void =>
    useStore.getState().setHover(cell ? { grid, channel, ...cellPosition(cell) } : null);
