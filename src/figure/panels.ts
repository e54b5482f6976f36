/**
 * What a mode tells the figure export about one step: columns of labelled grids whose cells carry
 * their text and their part in the step. Pure data, read by the layout (src/figure/layout.ts); each
 * mode's folder says how its operation becomes these panels (`ModeDefinition.loadFigure`).
 */
import type { Config } from '../modes/types';
import type { Operation, OperationBase } from '../modes/operation';

/** How the page writes a number in a cell (passed in, so figure chunks hold no copy of the page's code). */
export type FormatValue = (value: number) => string;

/**
 * plain: a value not involved in this step; padding: a cell added by padding; window: read by this
 * step (or, in a transposed scatter, the cell being spread); argmax: the winner of a max pool;
 * kernel: a weight in use; done / current / pending: an output cell computed before, by, or after
 * this step (pending cells show no number, as on the page).
 */
export type CellState = 'plain' | 'padding' | 'window' | 'argmax' | 'kernel' | 'done' | 'current' | 'pending';

export type PanelRole = 'input' | 'kernel' | 'output';

export interface FigureCell {
  text: string;
  state: CellState;
}

export interface FigurePanel {
  /** Under the column heading when a column holds several grids ("channel 2"); '' for none. */
  label: string;
  rows: number;
  cols: number;
  /** Row-major, rows × cols. */
  cells: FigureCell[];
}

export interface FigureColumn {
  heading: string;
  role: PanelRole;
  panels: FigurePanel[];
}

/** A mode's figure module: the columns of one step of the configuration's operation. */
export interface ModeFigure {
  columns: (config: Config, op: Operation, step: number, format: FormatValue) => FigureColumn[];
}

/**
 * A checked narrowing, as modes/operation.ts's narrowOperation (written out here: a figure chunk
 * that imports the page's modules at run time makes the bundler split them out of the first load).
 */
export function narrowFamily<T extends OperationBase>(op: OperationBase, family: T['family']): T {
  if (op.family !== family) throw new Error(`Expected a ${family} operation, got a ${op.family} one.`);
  return op as T;
}

/** A panel from a cell function over its rows and columns. */
export function panel(
  label: string,
  rows: number,
  cols: number,
  cell: (row: number, col: number) => FigureCell,
): FigurePanel {
  const cells: FigureCell[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) cells.push(cell(r, c));
  return { label, rows, cols, cells };
}

/** "channel 2" where a column holds several grids, else nothing. */
export const channelLabel = (index: number, count: number): string =>
  count > 1 ? `channel ${index + 1}` : '';
