/**
 * The embed's one cell size (styles/embed.css): the largest with which every stage column fits the
 * frame's main area across and down. Pure: CSS evaluates the lengths; this counts each column's
 * cells, gaps, figure paddings (--fit-pad), the gaps between columns (--fit-gap) and under each
 * heading (--fit-heading). 100cqi and 100cqb are the main area, a size container in the embed.
 */
import type { WindowOperation } from './operation';

/** One stage column: a set of `count` grids of rows × cols, laid out `perRow` to a row. */
export interface FitColumn {
  rows: number;
  cols: number;
  count: number;
  perRow: number;
  /** Pixels around each grid beyond the figure's padding (the pooling window's frame). */
  frame?: number;
  /** Lengths the column adds as a whole, across and down (the grouped view's bands). */
  extra?: { across: string; down: string };
}

const square = (count: number) => Math.ceil(Math.sqrt(count));

/** Input channels, as near a square as they go. */
export function inputColumn(op: WindowOperation): FitColumn {
  const g = op.geometry;
  const count = op.input.length;
  return {
    rows: g.inputHeight + g.padding.top + g.padding.bottom,
    cols: g.inputWidth + g.padding.left + g.padding.right,
    count,
    perRow: square(count),
  };
}

/** Output channels, as near a square as they go. */
export function outputColumn(op: WindowOperation): FitColumn {
  const count = op.output.length;
  return { rows: op.geometry.outHeight, cols: op.geometry.outWidth, count, perRow: square(count) };
}

/** One row of channel slices per filter; or, with no weights, the pooling window's shape. */
export function kernelColumn(op: WindowOperation): FitColumn {
  const g = op.geometry;
  if (!op.kernel) return { rows: g.kernelHeight, cols: g.kernelWidth, count: 1, perRow: 1, frame: 12 };
  const ins = op.kernel[0]!.length;
  return { rows: g.kernelHeight, cols: g.kernelWidth, count: op.kernel.length * ins, perRow: ins };
}

/** Grid.tsx draws hairline gaps in grids over 16 columns wide. */
const gapOf = (cols: number) => (cols > 16 ? '1px' : 'var(--gap)');

export function fitCell(columns: FitColumn[]): string {
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
    if (c.extra) gaps += ` + ${c.extra.across}`;
    return (
      `(100cqb - var(--fit-heading) - ${c.extra ? `${c.extra.down} - ` : ''}${stack} * var(--fit-pad) - ${stack - 1} * var(--space-1) - ` +
      `${stack * (c.frame ?? 0)}px - ${cells - stack} * ${gapOf(c.cols)}) / ${cells}`
    );
  });
  const width =
    `(100cqi - ${columns.length - 1} * var(--fit-gap) - ${pads} * var(--fit-pad) - ` +
    `${setGaps} * var(--space-1) - ${frames}px - (${gaps})) / ${cols}`;
  return `min(${[width, ...heights].join(', ')})`;
}
