/**
 * The gather view: a transposed convolution is an ordinary stride-1 convolution of a stretched,
 * padded input with the kernel rotated 180°. Along one axis (input n, kernel k, stride s, padding p,
 * dilation d, output padding a), with q = d·(k − 1) − p:
 *   - s − 1 zeros are inserted between neighbouring input cells ((n − 1)·s + 1 cells),
 *   - q zeros are added on each side (when q < 0, −q cells are cropped instead),
 *   - a more zeros at the bottom/right (output padding; when q < 0 it first gives back cropped
 *     cells, so that end is padded by q + a in all),
 * and canvas index x holds stretched index x − q. Then output o = Σ_t canvas[o + t·d] · w[k − 1 − t]
 * reads input i exactly where o = i·s − p + (k − 1 − t)·d: the scatter's own rule.
 */
import { planConvTranspose } from './convTranspose';
import type { ConvTransposeOptions, TransposeGeometry } from './transposeTypes';
import type { Tensor3, Tensor4 } from './types';

/** What a canvas cell is: a real input value, an inserted zero, a padding zero, an output-padding zero. */
export type GatherCellKind = 'input' | 'inserted' | 'padding' | 'outpad';

export interface GatherLayout {
  height: number;
  width: number;
  /**
   * d·(k − 1) − p, rows then columns: zeros added on each side before output padding (negative: that
   * many cropped). Input (i, j) sits at canvas (i·strideRow + padding[0], j·strideCol + padding[1]).
   */
  padding: [number, number];
  /** Per canvas cell (the same for every channel). */
  kinds: GatherCellKind[][];
  /** The original input position of an 'input' cell, null elsewhere. */
  source: ({ row: number; col: number } | null)[][];
}

export interface GatherEquivalent extends GatherLayout {
  /** [inChannel][row][col]: the canvas, zeros everywhere but the 'input' cells. */
  input: Tensor3;
  /**
   * conv2d's [outChannel][inChannel][row][col]: each kernel rotated 180°, in/out swapped. Dense:
   * pairs of channels in different groups hold zeros, so no `groups` option is needed.
   */
  weight: Tensor4;
  dilation: [number, number];
  /** One per output channel; add it as conv2d's `bias`. */
  bias: number[];
}

/** Kind and input index of every canvas index along one axis. */
function axisLayout(n: number, k: number, s: number, p: number, d: number, a: number) {
  const q = d * (k - 1) - p;
  const last = (n - 1) * s; // last stretched index holding an input
  const length = last + 1 + 2 * q + a;
  const kinds: GatherCellKind[] = [];
  const sources: (number | null)[] = [];
  for (let x = 0; x < length; x++) {
    const t = x - q;
    const inside = t >= 0 && t <= last;
    kinds.push(inside ? (t % s === 0 ? 'input' : 'inserted') : t < 0 || t <= last + q ? 'padding' : 'outpad');
    sources.push(inside && t % s === 0 ? t / s : null);
  }
  return { q, kinds, sources };
}

const RANK: Record<GatherCellKind, number> = { input: 0, inserted: 1, padding: 2, outpad: 3 };
const strongest = (a: GatherCellKind, b: GatherCellKind): GatherCellKind => (RANK[a] >= RANK[b] ? a : b);

/** The canvas's layout alone (no values): what the gather view draws and labels. */
export function gatherLayout(g: TransposeGeometry): GatherLayout {
  const rows = axisLayout(g.inputHeight, g.kernelHeight, g.strideRow, g.padRow, g.dilationRow, g.outPadRow);
  const cols = axisLayout(g.inputWidth, g.kernelWidth, g.strideCol, g.padCol, g.dilationCol, g.outPadCol);
  // Output padding rows span the whole width (and columns the whole height), so outpad wins, then padding.
  const kinds = rows.kinds.map((rk) => cols.kinds.map((ck) => strongest(rk, ck)));
  const source = rows.sources.map((i) =>
    cols.sources.map((j) => (i !== null && j !== null ? { row: i, col: j } : null)),
  );
  return { height: rows.kinds.length, width: cols.kinds.length, padding: [rows.q, cols.q], kinds, source };
}

/** The ordinary convolution equal to convTranspose2d(input, weight, opts) (contract §1.2 semantics). */
export function gatherEquivalent(
  input: Tensor3,
  weight: Tensor4,
  opts: ConvTransposeOptions = {},
): GatherEquivalent {
  const { geometry: g, bias } = planConvTranspose(input, weight, opts);
  const layout = gatherLayout(g);
  const canvas: Tensor3 = input.map((plane) =>
    layout.source.map((row) => row.map((cell) => (cell ? plane[cell.row]![cell.col]! : 0))),
  );
  const inPerGroup = g.inChannels / g.groups;
  const outPerGroup = g.outChannels / g.groups;
  const { kernelHeight: kh, kernelWidth: kw } = g;
  const rotated: Tensor4 = [];
  for (let o = 0; o < g.outChannels; o++) {
    const group = Math.floor(o / outPerGroup);
    rotated.push(
      input.map((_, c) =>
        Array.from({ length: kh }, (__, u) =>
          Array.from({ length: kw }, (___, v) =>
            Math.floor(c / inPerGroup) === group
              ? weight[c]![o - group * outPerGroup]![kh - 1 - u]![kw - 1 - v]!
              : 0,
          ),
        ),
      ),
    );
  }
  return {
    ...layout,
    input: canvas,
    weight: rotated,
    dilation: [g.dilationRow, g.dilationCol],
    bias: [...bias],
  };
}
