/**
 * Receptive fields through a stack that may hold transposed layers. The affine model of
 * receptiveField.ts (size, jump, start) breaks there: a transposed layer of stride s moves its field
 * by 1/s of a cell per output cell, and its cells see different numbers of inputs. So the region is
 * traced back one layer at a time, per axis, as an interval of indices: the bounding interval of
 * every cell the previous interval reads, padding positions included (unclipped, as fieldRect's).
 *     conv, pool:  [a, b] → [a·s − p, b·s − p + d(k−1)]
 *     transposed:  [a, b] → every i with i·s − p + t·d in [a, b] for some tap t (possibly none)
 * Each feature map's region is that interval clipped to the map; for conv and pool stacks it is
 * exactly fieldRect's rectangle.
 */
import type { InputRect } from './receptiveField';
import { stackSizes, type LayerStack, type StackLayer } from './stackGeometry';

export interface Interval {
  lo: number;
  hi: number;
}

/** The input interval that output interval `out` of `layer` reads, or null when it reads nothing. */
export function traceBack(layer: StackLayer, out: Interval): Interval | null {
  const { kernelSize: k, stride: s, padding: p, dilation: d } = layer;
  if (layer.kind !== 'transposed') return { lo: out.lo * s - p, hi: out.hi * s - p + d * (k - 1) };
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = 0; t < k; t++) {
    const first = Math.ceil((out.lo + p - t * d) / s);
    const last = Math.floor((out.hi + p - t * d) / s);
    if (first > last) continue;
    lo = Math.min(lo, first);
    hi = Math.max(hi, last);
  }
  // + 0 turns Math.ceil's −0 into 0.
  return lo > hi ? null : { lo: lo + 0, hi: hi + 0 };
}

export interface StackRegion {
  /** Null when the selected cell reads nothing of this map (a transposed layer's gap). */
  unclipped: InputRect | null;
  /** The part inside the map; null when none of it is. */
  clipped: InputRect | null;
}

const clip = (i: Interval | null, size: number): Interval | null =>
  i && i.hi >= 0 && i.lo < size ? { lo: Math.max(0, i.lo), hi: Math.min(size - 1, i.hi) } : null;

const rect = (rows: Interval | null, cols: Interval | null): InputRect | null =>
  rows && cols ? { top: rows.lo, bottom: rows.hi, left: cols.lo, right: cols.hi } : null;

/** Per axis: the interval of each map below `layer` (index 0 the input) that index `x` of map `layer` reads. */
function traceAxis(layers: StackLayer[], layer: number, x: number): (Interval | null)[] {
  const out: (Interval | null)[] = new Array<Interval | null>(layer).fill(null);
  let current: Interval | null = { lo: x, hi: x };
  for (let j = layer - 1; j >= 0 && current; j--) {
    current = traceBack(layers[j]!, current);
    out[j] = current;
  }
  return out;
}

/**
 * For cell (row, col) of feature map `layer` (1 = the first layer's output), the region it sees in
 * every earlier map, index 0 being the input. Throws when the cell is not in the map.
 */
export function stackRegions(stack: LayerStack, layer: number, row: number, col: number): StackRegion[] {
  const sizes = stackSizes(stack);
  const side = sizes[layer];
  if (!Number.isInteger(layer) || layer < 1 || side === undefined)
    throw new Error(`There is no layer ${layer}: pick one from 1 to ${sizes.length - 1}.`);
  if (![row, col].every((v) => Number.isInteger(v) && v >= 0 && v < side))
    throw new Error(`Cell (${row}, ${col}) is outside layer ${layer}'s ${side}×${side} map.`);
  const rows = traceAxis(stack.layers, layer, row);
  const cols = traceAxis(stack.layers, layer, col);
  return rows.map((r, j) => ({
    unclipped: rect(r, cols[j]!),
    clipped: rect(clip(r, sizes[j]!), clip(cols[j]!, sizes[j]!)),
  }));
}

export interface StackFieldRow {
  outputSize: number;
  /** The smallest and largest input field (cells per side, unclipped) of this map's cells. */
  field: [number, number];
  /** Input cells between neighbouring cells of this map: num / den (den > 1 after upsampling). */
  jump: { num: number; den: number };
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Per layer: output size, receptive field in the input, and jump. */
export function stackFieldTable(stack: LayerStack): StackFieldRow[] {
  const sizes = stackSizes(stack);
  let num = 1;
  let den = 1;
  return stack.layers.map((l, i) => {
    if (l.kind === 'transposed') den *= l.stride;
    else num *= l.stride;
    const g = gcd(num, den);
    [num, den] = [num / g, den / g];
    let min = Infinity;
    let max = 0;
    for (let x = 0; x < sizes[i + 1]!; x++) {
      const seen = traceAxis(stack.layers, i + 1, x)[0];
      const width = seen ? seen.hi - seen.lo + 1 : 0;
      min = Math.min(min, width);
      max = Math.max(max, width);
    }
    return { outputSize: sizes[i + 1]!, field: [min, max], jump: { num, den } };
  });
}
