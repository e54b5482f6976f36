/**
 * The grouped view's columns for the one-cell-size fit (modes/window/embedFit.ts): each group is a
 * band (GroupBands, grouped.css) holding its channels, or its filters' slices, in rows; a band adds
 * its edge and padding across, and its label line and padding down.
 */
import type { FitColumn } from '../window/embedFit';
import type { WindowOperation } from '../window/operation';

/** One band's label line, gap and padding (grouped.css), and the gap between bands. */
const bandExtra = (groups: number) => ({
  across: '(4px + var(--space-2) + var(--space-1))',
  down: `(${groups} * (var(--font-size-small) * 1.45 + 3 * var(--space-1)) + ${groups - 1} * var(--space-2))`,
});

/** A band's channels side by side when they are few, two to a row otherwise. */
const perBand = (n: number) => (n <= 3 ? n : 2);

export function bandChannels(side: 'input' | 'output', op: WindowOperation): FitColumn {
  const g = op.geometry;
  const input = side === 'input';
  const count = input ? op.input.length : op.output.length;
  return {
    rows: input ? g.inputHeight + g.padding.top + g.padding.bottom : g.outHeight,
    cols: input ? g.inputWidth + g.padding.left + g.padding.right : g.outWidth,
    count,
    perRow: perBand(count / op.groups),
    extra: bandExtra(op.groups),
  };
}

/** Every filter's slices of its own group: one filter's slices to a row. */
export function bandKernels(op: WindowOperation): FitColumn {
  const g = op.geometry;
  const slices = op.input.length / op.groups;
  return {
    rows: g.kernelHeight,
    cols: g.kernelWidth,
    count: op.output.length * slices,
    perRow: slices,
    extra: bandExtra(op.groups),
  };
}
