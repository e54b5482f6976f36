/**
 * How the stage's columns share the width, and — for the embed, where input, kernel and output must
 * all fit the frame — the one cell size with which every column fits the main area's width and
 * height. Pure: CSS evaluates the lengths (styles/embed.css); this counts the cells and gaps.
 */
import type { Config } from '../../state/config';
import { operationFor } from '../../state/derived';

/** One stage column: a set of `count` grids of rows × cols, laid out `perRow` to a row. */
interface Column {
  rows: number;
  cols: number;
  count: number;
  perRow: number;
  /** Pixels around each grid beyond the figure's padding (the pooling window's frame). */
  frame?: number;
}

export interface StageLayout {
  /** grid-template-columns for the page: in proportion to the cells each panel must fit across. */
  columns: string;
  /** The largest cell (a CSS length) with which every column fits the embed's main area. */
  fitCell: string;
  /** Grids per row in the input, kernel and output sets of the embed. */
  perRow: { input: number; kernel: number; output: number };
}

const square = (count: number) => Math.ceil(Math.sqrt(count));

function columnsOf(config: Config): Column[] {
  const op = operationFor(config);
  const g = op.geometry;
  const input: Column = {
    rows: g.inputHeight + g.padding.top + g.padding.bottom,
    cols: g.inputWidth + g.padding.left + g.padding.right,
    count: op.input.length,
    perRow: square(op.input.length),
  };
  const outs = op.output.length;
  const output: Column = { rows: g.outHeight, cols: g.outWidth, count: outs, perRow: square(outs) };
  // The pooling window's shape: 3px padding and its border, on each side.
  const window: Column = { rows: g.kernelHeight, cols: g.kernelWidth, count: 1, perRow: 1, frame: 12 };
  let kernel = window;
  if (op.kernel && config.mode === 'pointwise') {
    // One 1×1×C_in column per filter, side by side.
    kernel = { rows: op.input.length, cols: 1, count: outs, perRow: outs };
  } else if (op.kernel && !op.pipeline) {
    // One row of channel slices per filter.
    const ins = op.kernel[0]!.length;
    kernel = { rows: g.kernelHeight, cols: g.kernelWidth, count: outs * ins, perRow: ins };
  }
  if (!op.pipeline) return [input, kernel, output];
  const image = op.pipeline.image[0]!;
  const conv: Column = { rows: 3, cols: 3, count: 1, perRow: 1 };
  return [{ rows: image.length, cols: image[0]!.length, count: 1, perRow: 1 }, conv, input, window, output];
}

/** Page layout, as before the embed needed its own: small panels keep a readable minimum width. */
function pageColumns(config: Config): string {
  const op = operationFor(config);
  const g = op.geometry;
  const inCols = (g.inputWidth + g.padding.left + g.padding.right) * Math.min(op.input.length, 2);
  const kernelCols =
    config.mode === 'pointwise'
      ? Math.min(op.output.length, 4) * 1.5
      : Math.max(3, g.kernelWidth) * Math.min(op.output.length * op.input.length, 2);
  const outCols = g.outWidth * Math.min(op.output.length, 2);
  const weights = op.pipeline ? [config.size[1], 3, inCols, 3, outCols] : [inCols, kernelCols, outCols];
  return weights.map((w) => `minmax(${w <= 7 ? '6.5rem' : '0'}, ${Math.max(w, 3)}fr)`).join(' ');
}

/**
 * Side by side, the columns' cells, gaps (--fit-gap between columns), figure paddings (--fit-pad)
 * and frames must fit 100cqi;
 * stacked, each column's must fit 100cqb under its heading (--fit-heading). 100cqi and 100cqb are
 * the embed's main area, a size container.
 */
function fitCellOf(columns: Column[]): string {
  let cols = 0;
  let gaps = '0px';
  let pads = 0;
  let setGaps = 0;
  let frames = 0;
  const heights = columns.map((c) => {
    const across = Math.min(c.count, c.perRow);
    const stack = Math.ceil(c.count / c.perRow);
    cols += across * c.cols;
    gaps += ` + ${across * (c.cols - 1)} * ${gapOf(c.cols)}`;
    pads += across;
    setGaps += across - 1;
    frames += across * (c.frame ?? 0);
    const cells = stack * c.rows;
    return (
      `(100cqb - var(--fit-heading) - ${stack} * var(--fit-pad) - ${stack - 1} * var(--space-1) - ` +
      `${stack * (c.frame ?? 0)}px - ${cells - stack} * ${gapOf(c.cols)}) / ${cells}`
    );
  });
  const width =
    `(100cqi - ${columns.length - 1} * var(--fit-gap) - ${pads} * var(--fit-pad) - ` +
    `${setGaps} * var(--space-1) - ${frames}px - (${gaps})) / ${cols}`;
  return `min(${[width, ...heights].join(', ')})`;
}

/** Grid.tsx draws hairline gaps in grids over 16 columns wide. */
const gapOf = (cols: number) => (cols > 16 ? '1px' : 'var(--gap)');

const layouts = new WeakMap<Config, StageLayout>();

export function stageLayout(config: Config): StageLayout {
  let layout = layouts.get(config);
  if (!layout) {
    const columns = columnsOf(config);
    const [input, kernel, output] = columns.slice(-3) as [Column, Column, Column];
    layout = {
      columns: pageColumns(config),
      fitCell: fitCellOf(columns),
      perRow: { input: input.perRow, kernel: kernel.perRow, output: output.perRow },
    };
    layouts.set(config, layout);
  }
  return layout;
}
