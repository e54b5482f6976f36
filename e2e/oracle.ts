// An independent oracle for the e2e specs: convolution and pooling written naively from their
// definitions (PyTorch semantics: cross-correlation, zero padding for convolution, padding that
// never wins for max pooling, floor output size), fed with the values the page DISPLAYS. Nothing
// here imports the app: the specs compare what the app shows with what this file computes.
import type { ShownCell, ShownGrid } from './kernelwise-page';

export type Mode = 'standard' | 'dilated' | 'pointwise' | 'maxpool';
export type Pair = [number, number];
export type Tensor3 = number[][][]; // [channel][row][col]
export type Tensor4 = number[][][][]; // [out][in][row][col]

/** Everything that fixes the geometry of a view, as the spec writes it into the URL. */
export interface ViewParams {
  mode: Mode;
  size: Pair;
  k: Pair;
  stride: Pair;
  pad: Pair;
  dilation: Pair;
  cin: number;
  cout: number;
  pool: 'max' | 'avg';
  seed?: number;
}

type ParamsInput = Partial<Omit<ViewParams, 'mode' | 'size' | 'k' | 'stride' | 'pad' | 'dilation'>> & {
  size: number | Pair;
  k?: number | Pair;
  stride?: number | Pair;
  pad?: number | Pair;
  dilation?: number | Pair;
};

const pair = (v: number | Pair): Pair => (typeof v === 'number' ? [v, v] : v);

/**
 * Parameters with PyTorch's defaults for whatever the spec leaves out (stride 1, or the window for
 * pooling; padding 0; dilation 1; one channel). The pointwise view is a 1×1 convolution.
 */
export function viewParams(mode: Mode, p: ParamsInput): ViewParams {
  const k = mode === 'pointwise' ? ([1, 1] as Pair) : pair(p.k ?? 3);
  return {
    mode,
    size: pair(p.size),
    k,
    stride: mode === 'pointwise' ? [1, 1] : pair(p.stride ?? (mode === 'maxpool' ? k : 1)),
    pad: mode === 'pointwise' ? [0, 0] : pair(p.pad ?? 0),
    dilation: mode === 'pointwise' || mode === 'maxpool' ? [1, 1] : pair(p.dilation ?? 1),
    cin: mode === 'dilated' || mode === 'maxpool' ? 1 : (p.cin ?? 1),
    cout: mode === 'dilated' ? 1 : mode === 'maxpool' ? 1 : (p.cout ?? 1),
    pool: p.pool ?? 'max',
    ...(p.seed !== undefined && { seed: p.seed }),
  };
}

const pairText = ([h, w]: Pair): string => (h === w ? String(h) : `${h}x${w}`);

/** The query string that states every geometric parameter the view accepts, explicitly. */
export function queryFor(p: ViewParams, extra: Record<string, string | number> = {}): string {
  const q: Record<string, string> = { mode: p.mode, size: pairText(p.size) };
  if (p.mode !== 'pointwise') {
    q.k = pairText(p.k);
    q.stride = pairText(p.stride);
    q.pad = pairText(p.pad);
  }
  if (p.mode === 'standard' || p.mode === 'dilated') q.dilation = pairText(p.dilation);
  if (p.mode === 'standard' || p.mode === 'pointwise') {
    q.cin = String(p.cin);
    q.cout = String(p.cout);
  }
  if (p.mode === 'maxpool') q.pool = p.pool;
  if (p.seed !== undefined) q.seed = String(p.seed);
  for (const [key, value] of Object.entries(extra)) q[key] = String(value);
  return new URLSearchParams(q).toString();
}

/** floor((n + 2p − d(k−1) − 1) / s) + 1 */
export function outSize(n: number, k: number, s: number, p: number, d: number): number {
  return Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;
}

export interface Geometry {
  outChannels: number;
  outHeight: number;
  outWidth: number;
  steps: number;
}

export function geometryOf(p: ViewParams): Geometry {
  const outHeight = outSize(p.size[0], p.k[0], p.stride[0], p.pad[0], p.dilation[0]);
  const outWidth = outSize(p.size[1], p.k[1], p.stride[1], p.pad[1], p.dilation[1]);
  const outChannels = p.mode === 'maxpool' ? p.cin : p.cout;
  return { outChannels, outHeight, outWidth, steps: outChannels * outHeight * outWidth };
}

export interface OutPos {
  channel: number;
  row: number;
  col: number;
}

/** Steps run over output channel, then row, then column. */
export function outputOfStep(p: ViewParams, index: number): OutPos {
  const g = geometryOf(p);
  const perChannel = g.outHeight * g.outWidth;
  const channel = Math.floor(index / perChannel);
  const rest = index % perChannel;
  return { channel, row: Math.floor(rest / g.outWidth), col: rest % g.outWidth };
}

export function stepOfOutput(p: ViewParams, out: OutPos): number {
  const g = geometryOf(p);
  return (out.channel * g.outHeight + out.row) * g.outWidth + out.col;
}

export interface Tap {
  channel: number;
  row: number;
  col: number;
  kernelRow: number;
  kernelCol: number;
  padded: boolean;
}

/**
 * The input cells a step reads: row = outRow·stride − pad + kernelRow·dilation (and the same for
 * columns), over every input channel for a convolution and over the output's own channel for pooling.
 * Listed channel, then kernel row, then kernel column.
 */
export function windowOfStep(p: ViewParams, index: number): Tap[] {
  const out = outputOfStep(p, index);
  const channels = p.mode === 'maxpool' ? [out.channel] : Array.from({ length: p.cin }, (_, c) => c);
  const taps: Tap[] = [];
  for (const channel of channels) {
    for (let kernelRow = 0; kernelRow < p.k[0]; kernelRow++) {
      for (let kernelCol = 0; kernelCol < p.k[1]; kernelCol++) {
        const row = out.row * p.stride[0] - p.pad[0] + kernelRow * p.dilation[0];
        const col = out.col * p.stride[1] - p.pad[1] + kernelCol * p.dilation[1];
        const padded = row < 0 || col < 0 || row >= p.size[0] || col >= p.size[1];
        taps.push({ channel, row, col, kernelRow, kernelCol, padded });
      }
    }
  }
  return taps;
}

export const key = (c: { channel: number; row: number; col: number }): string =>
  `${c.channel}:${c.row}:${c.col}`;

/** A displayed number: ASCII or Unicode minus, '-∞' for pooling's padding. */
export function parseShown(text: string): number {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '-∞') return -Infinity;
  if (t === '∞') return Infinity;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t))
    throw new Error(`A cell shows ${JSON.stringify(text)}, which is not a number`);
  return Number(t);
}

/** How far a displayed value may be from the exact one: cells round to 1, 2 or 3 decimals by size. */
export function displayTolerance(expected: number): number {
  const abs = Math.abs(expected);
  return abs >= 100 ? 0.051 : abs >= 1 ? 0.0051 : 0.00051;
}

const channelOf = (label: string): number => {
  const m = /channel (\d+)/.exec(label);
  return m ? Number(m[1]) - 1 : 0;
};

function emptyTensor3(channels: number, height: number, width: number): (number | undefined)[][][] {
  return Array.from({ length: channels }, () =>
    Array.from({ length: height }, () => Array<number | undefined>(width).fill(undefined)),
  );
}

function complete(t: (number | undefined)[][][], what: string): Tensor3 {
  t.forEach((plane, c) =>
    plane.forEach((row, r) =>
      row.forEach((v, col) => {
        if (v === undefined) throw new Error(`${what}: no cell shows channel ${c} row ${r} column ${col}`);
      }),
    ),
  );
  return t as Tensor3;
}

/** The unpadded input values the page shows, [channel][row][col] (channel from each cell's data-channel). */
export function shownInput(grids: ShownGrid[], p: ViewParams): Tensor3 {
  const t = emptyTensor3(p.cin, p.size[0], p.size[1]);
  for (const grid of grids.filter((g) => g.label.startsWith('Input'))) {
    for (const cell of grid.cells) {
      if (cell.padded) continue;
      if (
        cell.row < 0 ||
        cell.col < 0 ||
        cell.row >= p.size[0] ||
        cell.col >= p.size[1] ||
        cell.channel >= p.cin
      ) {
        throw new Error(
          `${grid.label}: an unpadded cell at channel ${cell.channel} (${cell.row}, ${cell.col}) lies outside the input`,
        );
      }
      t[cell.channel]![cell.row]![cell.col] = parseShown(cell.text);
    }
  }
  return complete(t, 'Input');
}

/**
 * The kernel the page shows, [filter][channel][row][col]. The filter comes from the grid's name
 * ('Kernel filter 2, …', one filter when unnamed), the channel from each cell's data-channel (the
 * pointwise view draws a filter as a column of channels, each at kernel position (0, 0)).
 */
export function shownKernel(grids: ShownGrid[], p: ViewParams): Tensor4 {
  const planes = Array.from({ length: p.cout }, () => emptyTensor3(p.cin, p.k[0], p.k[1]));
  for (const grid of grids.filter((g) => g.label.startsWith('Kernel'))) {
    const m = /^Kernel filter (\d+)/.exec(grid.label);
    const filter = m ? Number(m[1]) - 1 : 0;
    for (const cell of grid.cells) {
      const target = planes[filter]?.[cell.channel]?.[cell.row];
      if (!target || cell.col < 0 || cell.col >= p.k[1])
        throw new Error(
          `${grid.label}: unexpected weight at channel ${cell.channel} (${cell.row}, ${cell.col})`,
        );
      target[cell.col] = parseShown(cell.text);
    }
  }
  return planes.map((f, o) => complete(f, `Kernel filter ${o + 1}`));
}

/** The output values the page shows, [channel][row][col] (channel from the grid's name). */
export function shownOutput(grids: ShownGrid[], p: ViewParams): Tensor3 {
  const g = geometryOf(p);
  const t = emptyTensor3(g.outChannels, g.outHeight, g.outWidth);
  for (const grid of grids.filter((x) => x.label.startsWith('Output'))) {
    const channel = channelOf(grid.label);
    for (const cell of grid.cells) {
      const target = t[channel]?.[cell.row];
      if (!target || cell.col < 0 || cell.col >= g.outWidth)
        throw new Error(`${grid.label}: unexpected output cell (${cell.row}, ${cell.col})`);
      target[cell.col] = parseShown(cell.text);
    }
  }
  return complete(t, 'Output');
}

/** Input value at (channel, row, col) in unpadded coordinates; `fill` outside the input. */
const at = (input: Tensor3, c: number, r: number, col: number, fill: number): number =>
  r < 0 || col < 0 || r >= input[c]!.length || col >= input[c]![0]!.length ? fill : input[c]![r]![col]!;

/** conv2d from the definition: out[o][i][j] = Σ_c Σ_u Σ_v x[c][i·s − p + u·d][j·s − p + v·d] · w[o][c][u][v]. */
export function conv2d(input: Tensor3, weight: Tensor4, p: ViewParams): Tensor3 {
  const g = geometryOf(p);
  return Array.from({ length: weight.length }, (_, o) =>
    Array.from({ length: g.outHeight }, (_, i) =>
      Array.from({ length: g.outWidth }, (_, j) => {
        let sum = 0;
        for (let c = 0; c < input.length; c++) {
          for (let u = 0; u < p.k[0]; u++) {
            for (let v = 0; v < p.k[1]; v++) {
              const x = at(
                input,
                c,
                i * p.stride[0] - p.pad[0] + u * p.dilation[0],
                j * p.stride[1] - p.pad[1] + v * p.dilation[1],
                0,
              );
              sum += x * weight[o]![c]![u]![v]!;
            }
          }
        }
        return sum;
      }),
    ),
  );
}

/** Max pooling (padding never wins) or average pooling (padding counts as zeros, as PyTorch's default). */
export function pool2d(input: Tensor3, p: ViewParams): Tensor3 {
  const g = geometryOf(p);
  return input.map((_, c) =>
    Array.from({ length: g.outHeight }, (_, i) =>
      Array.from({ length: g.outWidth }, (_, j) => {
        const values: number[] = [];
        for (let u = 0; u < p.k[0]; u++) {
          for (let v = 0; v < p.k[1]; v++) {
            const r = i * p.stride[0] - p.pad[0] + u;
            const col = j * p.stride[1] - p.pad[1] + v;
            values.push(at(input, c, r, col, p.pool === 'max' ? -Infinity : 0));
          }
        }
        return p.pool === 'max' ? Math.max(...values) : values.reduce((a, b) => a + b, 0) / values.length;
      }),
    ),
  );
}

/** The oracle's output for a view, from the displayed input (and kernel). */
export function expectedOutput(grids: ShownGrid[], p: ViewParams): Tensor3 {
  const input = shownInput(grids, p);
  return p.mode === 'maxpool' ? pool2d(input, p) : conv2d(input, shownKernel(grids, p), p);
}

/** Max pooling's winner: the first tap in kernel-row, then kernel-column order holding the maximum. */
export function argmaxOfWindow(input: Tensor3, taps: Tap[]): Tap {
  let best: Tap | null = null;
  let bestValue = -Infinity;
  for (const tap of taps) {
    const v = at(input, tap.channel, tap.row, tap.col, -Infinity);
    if (best === null || v > bestValue) {
      best = tap;
      bestValue = v;
    }
  }
  return best!;
}

/** Differences between shown and expected values beyond the display's rounding, as readable lines. */
export function mismatches(shown: Tensor3, expected: Tensor3): string[] {
  const problems: string[] = [];
  expected.forEach((plane, c) =>
    plane.forEach((row, r) =>
      row.forEach((e, col) => {
        const s = shown[c]?.[r]?.[col];
        if (s === undefined || !(Math.abs(s - e) <= displayTolerance(e)))
          problems.push(`channel ${c} (${r}, ${col}): shown ${s}, expected ${e}`);
      }),
    ),
  );
  return problems;
}

/** Cells of the Input grids, keyed by channel:row:col. */
export function inputCells(grids: ShownGrid[]): ShownCell[] {
  return grids.filter((g) => g.label.startsWith('Input')).flatMap((g) => g.cells);
}

export function outputCells(grids: ShownGrid[]): (ShownCell & { outChannel: number })[] {
  return grids
    .filter((g) => g.label.startsWith('Output'))
    .flatMap((g) => g.cells.map((c) => ({ ...c, outChannel: channelOf(g.label) })));
}
