// An independent oracle of transposed convolution for the e2e specs, written from the definition in
// /work/shared/contract.md §1.2 (PyTorch's conv_transpose2d): input x[c][i][j] adds x · w[c][o][u][v]
// to output [o][i·s − p + u·d][j·s − p + v·d]. The full output is computed the other way round (for
// each output cell, which inputs reach it), so the scatter partial sums and the final values do not
// share a loop. Nothing here imports the app.
import type { Pair, Tensor3, Tensor4 } from './oracle';

/** Everything that fixes a transposed view, as the spec writes it into the URL. */
export interface TransposeParams {
  size: Pair;
  k: Pair;
  stride: Pair;
  pad: Pair;
  dilation: Pair;
  outpad: Pair;
  cin: number;
  cout: number;
  seed?: number;
  view: 'scatter' | 'gather';
}

type NumOrPair = number | Pair;
const pair = (v: NumOrPair): Pair => (typeof v === 'number' ? [v, v] : v);
const pairText = ([h, w]: Pair): string => (h === w ? String(h) : `${h}x${w}`);

/** PyTorch's defaults for whatever the spec leaves out, except the stride: the view opens on 2. */
export function transposeParams(p: {
  size: NumOrPair;
  k?: NumOrPair;
  stride?: NumOrPair;
  pad?: NumOrPair;
  dilation?: NumOrPair;
  outpad?: NumOrPair;
  cin?: number;
  cout?: number;
  seed?: number;
  view?: 'scatter' | 'gather';
}): TransposeParams {
  return {
    size: pair(p.size),
    k: pair(p.k ?? 3),
    stride: pair(p.stride ?? 2),
    pad: pair(p.pad ?? 0),
    dilation: pair(p.dilation ?? 1),
    outpad: pair(p.outpad ?? 0),
    cin: p.cin ?? 1,
    cout: p.cout ?? 1,
    view: p.view ?? 'scatter',
    ...(p.seed !== undefined && { seed: p.seed }),
  };
}

/** The query string stating every parameter of the view explicitly. */
export function transposeQuery(p: TransposeParams, extra: Record<string, string | number> = {}): string {
  const q: Record<string, string> = {
    mode: 'transposed',
    view: p.view,
    size: pairText(p.size),
    k: pairText(p.k),
    stride: pairText(p.stride),
    pad: pairText(p.pad),
    dilation: pairText(p.dilation),
    outpad: pairText(p.outpad),
    cin: String(p.cin),
    cout: String(p.cout),
  };
  if (p.seed !== undefined) q.seed = String(p.seed);
  for (const [key, value] of Object.entries(extra)) q[key] = String(value);
  return new URLSearchParams(q).toString();
}

/** out = (n − 1)·s − 2p + d·(k − 1) + outpad + 1, per axis. */
export function transposeOutSize(p: TransposeParams): Pair {
  const axis = (a: 0 | 1) =>
    (p.size[a] - 1) * p.stride[a] - 2 * p.pad[a] + p.dilation[a] * (p.k[a] - 1) + p.outpad[a] + 1;
  return [axis(0), axis(1)];
}

/** Scatter: one step per input cell (channel, row, column); gather: one per output cell. */
export function stepCount(p: TransposeParams): number {
  const [oh, ow] = transposeOutSize(p);
  return p.view === 'scatter' ? p.cin * p.size[0] * p.size[1] : p.cout * oh * ow;
}

export interface Pos {
  channel: number;
  row: number;
  col: number;
}

export const posKey = (c: Pos): string => `${c.channel}:${c.row}:${c.col}`;

/** The input cell a scatter step spreads: steps run over input channel, row, column. */
export function inputOfStep(p: TransposeParams, index: number): Pos {
  const [h, w] = p.size;
  return { channel: Math.floor(index / (h * w)), row: Math.floor((index % (h * w)) / w), col: index % w };
}

/** The output cell a gather step computes: output channel, row, column. */
export function outputOfStep(p: TransposeParams, index: number): Pos {
  const [oh, ow] = transposeOutSize(p);
  return {
    channel: Math.floor(index / (oh * ow)),
    row: Math.floor((index % (oh * ow)) / ow),
    col: index % ow,
  };
}

export interface StampTarget extends Pos {
  /** Outside the output: cut off by padding. */
  cropped: boolean;
  kernelRow: number;
  kernelCol: number;
}

/** Where input (c, i, j) lands: every output channel o and tap (u, v), at (i·s − p + u·d, j·s − p + v·d). */
export function stampOf(p: TransposeParams, index: number): StampTarget[] {
  const { row: i, col: j } = inputOfStep(p, index);
  const [oh, ow] = transposeOutSize(p);
  const targets: StampTarget[] = [];
  for (let o = 0; o < p.cout; o++)
    for (let u = 0; u < p.k[0]; u++)
      for (let v = 0; v < p.k[1]; v++) {
        const row = i * p.stride[0] - p.pad[0] + u * p.dilation[0];
        const col = j * p.stride[1] - p.pad[1] + v * p.dilation[1];
        targets.push({
          channel: o,
          row,
          col,
          kernelRow: u,
          kernelCol: v,
          cropped: row < 0 || col < 0 || row >= oh || col >= ow,
        });
      }
  return targets;
}

/**
 * The running sums after scatter steps 0…last, by output "channel:row:col" (rows and columns in
 * output coordinates, so cut-off positions are negative or ≥ the output size). A cell absent from
 * the map has not been reached.
 */
export function partialSums(
  input: Tensor3,
  weight: Tensor4,
  p: TransposeParams,
  last: number,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (let index = 0; index <= last; index++) {
    const from = inputOfStep(p, index);
    const x = input[from.channel]![from.row]![from.col]!;
    for (const t of stampOf(p, index)) {
      const k = posKey(t);
      sums.set(k, (sums.get(k) ?? 0) + x * weight[from.channel]![t.channel]![t.kernelRow]![t.kernelCol]!);
    }
  }
  return sums;
}

/** The inputs (i, j) whose stamps reach output (y, x): y + p − u·d = i·s for some tap u, and the same for columns. */
export function inputsReaching(
  p: TransposeParams,
  y: number,
  x: number,
): { row: number; col: number; u: number; v: number }[] {
  const found = [];
  for (let u = 0; u < p.k[0]; u++)
    for (let v = 0; v < p.k[1]; v++) {
      const ry = y + p.pad[0] - u * p.dilation[0];
      const rx = x + p.pad[1] - v * p.dilation[1];
      if (ry % p.stride[0] !== 0 || rx % p.stride[1] !== 0) continue;
      const [row, col] = [ry / p.stride[0], rx / p.stride[1]];
      if (row >= 0 && col >= 0 && row < p.size[0] && col < p.size[1]) found.push({ row, col, u, v });
    }
  return found;
}

/** conv_transpose2d, gathered: out[o][y][x] = Σ_c Σ over the taps reaching (y, x) of x[c][i][j] · w[c][o][u][v]. */
export function convTranspose(input: Tensor3, weight: Tensor4, p: TransposeParams): Tensor3 {
  const [oh, ow] = transposeOutSize(p);
  return Array.from({ length: p.cout }, (_, o) =>
    Array.from({ length: oh }, (_, y) =>
      Array.from({ length: ow }, (_, x) => {
        let sum = 0;
        for (let c = 0; c < p.cin; c++)
          for (const r of inputsReaching(p, y, x))
            sum += input[c]![r.row]![r.col]! * weight[c]![o]![r.u]![r.v]!;
        return sum;
      }),
    ),
  );
}

export type CanvasKind = 'input' | 'inserted' | 'padding' | 'outpad';

/**
 * The gather view's canvas along both axes: the input stretched by s − 1 zeros per gap, a border of
 * q = d(k − 1) − p zeros on every side, then outpad zeros at the bottom and right. Outermost wins: a
 * cell in an outpad row or column is outpad, else outside the stretched block is padding, else off
 * the input lattice is inserted. (Only q ≥ 0, which the specs use.)
 */
export function canvasOf(p: TransposeParams): {
  height: number;
  width: number;
  kind: (r: number, c: number) => CanvasKind;
  source: (r: number, c: number) => string | null;
} {
  const q: Pair = [0, 1].map((a) => p.dilation[a]! * (p.k[a]! - 1) - p.pad[a]!) as Pair;
  if (q[0] < 0 || q[1] < 0) throw new Error('the oracle draws canvases with padding d(k − 1) − p ≥ 0 only');
  const block: Pair = [0, 1].map((a) => (p.size[a]! - 1) * p.stride[a]! + 1) as Pair;
  const height = q[0] + block[0] + q[0] + p.outpad[0];
  const width = q[1] + block[1] + q[1] + p.outpad[1];
  const kind = (r: number, c: number): CanvasKind => {
    if (r >= height - p.outpad[0] || c >= width - p.outpad[1]) return 'outpad';
    const [br, bc] = [r - q[0], c - q[1]];
    if (br < 0 || bc < 0 || br >= block[0] || bc >= block[1]) return 'padding';
    return br % p.stride[0] === 0 && bc % p.stride[1] === 0 ? 'input' : 'inserted';
  };
  const source = (r: number, c: number) =>
    kind(r, c) === 'input' ? `${(r - q[0]) / p.stride[0]},${(c - q[1]) / p.stride[1]}` : null;
  return { height, width, kind, source };
}

/** The canvas cells a gather step reads: (y + u·d, x + v·d) on every input channel, stride 1. */
export function gatherWindow(p: TransposeParams, index: number): Pos[] {
  const out = outputOfStep(p, index);
  const cells: Pos[] = [];
  for (let c = 0; c < p.cin; c++)
    for (let u = 0; u < p.k[0]; u++)
      for (let v = 0; v < p.k[1]; v++)
        cells.push({ channel: c, row: out.row + u * p.dilation[0], col: out.col + v * p.dilation[1] });
  return cells;
}

/** Stamps per output cell for one channel pair: how many (input, tap) pairs land there. */
export function overlapCounts(p: TransposeParams): number[][] {
  const [oh, ow] = transposeOutSize(p);
  return Array.from({ length: oh }, (_, y) =>
    Array.from({ length: ow }, (_, x) => inputsReaching(p, y, x).length),
  );
}
