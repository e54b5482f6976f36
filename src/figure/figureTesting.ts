/** Test helpers for the figure modules: a mode's columns for a config, and cells by panel position. */
import { MODE_REGISTRY } from '../modes/registry';
import type { Config } from '../modes/types';
import { formatValue } from '../state/cellEntry';
import type { FigureColumn, FigureCell, FigurePanel } from './panels';

export async function columnsOf(config: Config, step: number): Promise<FigureColumn[]> {
  const mode = MODE_REGISTRY[config.mode];
  const op = mode.derive(config);
  return (await mode.loadFigure()).columns(config, op, step, formatValue);
}

export const cellAt = (p: FigurePanel, row: number, col: number): FigureCell => p.cells[row * p.cols + col]!;

/** "channel:row:col" of every cell in a column's panels whose state is one of `states`. */
export function cellsWithState(column: FigureColumn, ...states: FigureCell['state'][]): Set<string> {
  const found = new Set<string>();
  column.panels.forEach((p, c) =>
    p.cells.forEach((cell, i) => {
      if (states.includes(cell.state)) found.add(`${c}:${Math.floor(i / p.cols)}:${i % p.cols}`);
    }),
  );
  return found;
}

export const configOf = (mode: Config['mode'], change: Partial<Config>): Config => ({
  ...MODE_REGISTRY[mode].defaults,
  ...change,
});
