/**
 * The grouped view's columns for the one-cell-size fit (modes/window/embedFit.ts): each group is a
 * band (GroupBands, grouped.css) holding its channels, or its filters' slices, in rows; a band adds
 * its edge and padding across, and its label line and padding down. While presenting only the
 * active group's band is open (`focused`); the others are one folded line each.
 */
import type { FitColumn } from '../window/embedFit';
import type { WindowOperation } from '../window/operation';

/**
 * One band's edge and padding across, its label line and padding down, and the gap between bands:
 * lengths grouped.css sets while presenting. The embed leaves them at 0 and scales the stage to its
 * frame instead (FitToFrame).
 */
const bandExtra = (groups: number, focused: boolean) => ({
  across: 'var(--fit-band-across, 0px)',
  down: focused
    ? `(var(--fit-band-down, 0px) + ${groups - 1} * (var(--fit-band-folded, 0px) + var(--fit-band-gap, 0px)))`
    : `(${groups} * var(--fit-band-down, 0px) + ${groups - 1} * var(--fit-band-gap, 0px))`,
});

/** A band's channels side by side when they are few, two to a row otherwise. */
const perBand = (n: number) => (n <= 3 ? n : 2);

/** A column's input or output channels in their bands; `focused`: only one band's grids are drawn. */
export function bandChannels(side: 'input' | 'output', op: WindowOperation, focused = false): FitColumn {
  const g = op.geometry;
  const input = side === 'input';
  const count = input ? op.input.length : op.output.length;
  return {
    rows: input ? g.inputHeight + g.padding.top + g.padding.bottom : g.outHeight,
    cols: input ? g.inputWidth + g.padding.left + g.padding.right : g.outWidth,
    count: focused ? count / op.groups : count,
    // Presenting one group, its outputs (smaller than its inputs) stack so the columns fit across.
    perRow: focused && !input && count / op.groups <= 2 ? 1 : perBand(count / op.groups),
    extra: bandExtra(op.groups, focused),
  };
}

/** Every filter's slices of its own group: one filter's slices to a row. */
export function bandKernels(op: WindowOperation, focused = false): FitColumn {
  const g = op.geometry;
  const slices = op.input.length / op.groups;
  return {
    rows: g.kernelHeight,
    cols: g.kernelWidth,
    count: (focused ? op.output.length / op.groups : op.output.length) * slices,
    perRow: slices,
    extra: bandExtra(op.groups, focused),
  };
}
