/**
 * A deliberately naive convolution and pooling, written straight from the definitions and used only
 * by tests as an oracle. It shares no code with src/compute: it builds an explicitly padded nested
 * array, counts output positions by sliding the window until it falls off (instead of the floor
 * formula), and reads every tap with a bounds-checked lookup. Slow on purpose; clarity over speed.
 *
 *   conv:  out[o][i][j] = bias[o] + Σ_c Σ_u Σ_v P_c[i·sH + u·dH][j·sW + v·dW] · w[o][c][u][v]
 *          with groups G, the sum runs only over the input channels c in o's band (band(c) = band(o),
 *          band(c) = ⌊c·G / C_in⌋, band(o) = ⌊o·G / C_out⌋), and w's second index counts those
 *          channels from 0
 *   max:   out[c][i][j] = max_u,v P_c[...]   (P padded with −∞, so padding never wins)
 *   avg:   out[c][i][j] = Σ_u,v P_c[...] / (kH·kW)   (P padded with 0: count_include_pad=True)
 * where P_c is channel c surrounded by the padding.
 */
import type { Tensor3, Tensor4 } from '../types';

export type RefPair = number | [number, number];
export type RefPadding = RefPair | 'same' | 'valid';

export interface RefSides {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RefConvOptions {
  stride?: RefPair;
  padding?: RefPadding;
  dilation?: RefPair;
  bias?: number[];
  groups?: number;
}

export interface RefPoolOptions {
  kernelSize: RefPair;
  stride?: RefPair;
  padding?: RefPadding;
  dilation?: RefPair;
}

/** A bounds-checked read: a reference that silently reads `undefined` would prove nothing. */
function at<T>(items: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new Error(`naive reference: index ${index} outside 0..${items.length - 1}`);
  }
  return items[index] as T;
}

function heightWidth(value: RefPair): [number, number] {
  return typeof value === 'number' ? [value, value] : [value[0], value[1]];
}

/**
 * TensorFlow's SAME along one axis (tf.nn documentation): the output is ceil(n / s), the padding is
 * whatever makes the last window end at or past the input, split with the odd cell at the end.
 */
function sameAlongAxis(n: number, k: number, s: number, d: number): [number, number] {
  const out = Math.ceil(n / s);
  const needed = (out - 1) * s + (d * (k - 1) + 1);
  const total = Math.max(0, needed - n);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

/** Per-side padding for a padding option, computed independently of src/compute. */
export function refSides(
  padding: RefPadding | undefined,
  input: [number, number],
  kernel: [number, number],
  stride: [number, number],
  dilation: [number, number],
): RefSides {
  if (padding === undefined || padding === 'valid') return { top: 0, bottom: 0, left: 0, right: 0 };
  if (padding === 'same') {
    const [top, bottom] = sameAlongAxis(input[0], kernel[0], stride[0], dilation[0]);
    const [left, right] = sameAlongAxis(input[1], kernel[1], stride[1], dilation[1]);
    return { top, bottom, left, right };
  }
  const [ph, pw] = heightWidth(padding);
  return { top: ph, bottom: ph, left: pw, right: pw };
}

/** A new nested array: `fill` all round, the plane copied into the middle. */
export function padPlane(plane: number[][], sides: RefSides, fill: number): number[][] {
  const width = at(plane, 0).length;
  const paddedWidth = sides.left + width + sides.right;
  const rows: number[][] = [];
  for (let r = 0; r < sides.top; r++) rows.push(new Array<number>(paddedWidth).fill(fill));
  for (const row of plane) {
    rows.push([
      ...new Array<number>(sides.left).fill(fill),
      ...row,
      ...new Array<number>(sides.right).fill(fill),
    ]);
  }
  for (let r = 0; r < sides.bottom; r++) rows.push(new Array<number>(paddedWidth).fill(fill));
  return rows;
}

/** How many window positions fit: slide by `s` until the window's last tap leaves the padded input. */
function positions(paddedLength: number, k: number, s: number, d: number): number {
  let count = 0;
  while (count * s + d * (k - 1) <= paddedLength - 1) count++;
  return count;
}

interface Layout {
  sides: RefSides;
  stride: [number, number];
  dilation: [number, number];
  kernel: [number, number];
  outHeight: number;
  outWidth: number;
}

function layout(
  height: number,
  width: number,
  kernel: [number, number],
  stride: RefPair,
  padding: RefPadding | undefined,
  dilation: RefPair,
): Layout {
  const s = heightWidth(stride);
  const d = heightWidth(dilation);
  const sides = refSides(padding, [height, width], kernel, s, d);
  const outHeight = positions(sides.top + height + sides.bottom, kernel[0], s[0], d[0]);
  const outWidth = positions(sides.left + width + sides.right, kernel[1], s[1], d[1]);
  if (outHeight === 0 || outWidth === 0) throw new Error('naive reference: the kernel does not fit');
  return { sides, stride: s, dilation: d, kernel, outHeight, outWidth };
}

export function naiveConv2d(input: Tensor3, weight: Tensor4, opts: RefConvOptions = {}): Tensor3 {
  const firstFilter = at(weight, 0);
  const firstKernel = at(firstFilter, 0);
  const kernel: [number, number] = [firstKernel.length, at(firstKernel, 0).length];
  const plane0 = at(input, 0);
  const L = layout(
    plane0.length,
    at(plane0, 0).length,
    kernel,
    opts.stride ?? 1,
    opts.padding,
    opts.dilation ?? 1,
  );
  const groups = opts.groups ?? 1;
  if (input.length % groups !== 0 || weight.length % groups !== 0) {
    throw new Error('naive reference: groups must divide both channel counts');
  }
  if (firstFilter.length * groups !== input.length) {
    throw new Error('naive reference: the weight does not have C_in / groups slices');
  }
  // Which band of `groups` equal bands a channel falls in, among `count` channels.
  const band = (channel: number, count: number) => Math.floor((channel * groups) / count);
  const padded = input.map((plane) => padPlane(plane, L.sides, 0));
  const output: Tensor3 = [];
  for (let o = 0; o < weight.length; o++) {
    const filter = at(weight, o);
    const channel: number[][] = [];
    for (let i = 0; i < L.outHeight; i++) {
      const row: number[] = [];
      for (let j = 0; j < L.outWidth; j++) {
        let sum = 0;
        let slice = 0; // the filter's own slice index: counts only the channels of o's band
        for (let c = 0; c < input.length; c++) {
          if (band(c, input.length) !== band(o, weight.length)) continue;
          for (let u = 0; u < kernel[0]; u++) {
            for (let v = 0; v < kernel[1]; v++) {
              const x = at(
                at(at(padded, c), i * L.stride[0] + u * L.dilation[0]),
                j * L.stride[1] + v * L.dilation[1],
              );
              sum += x * at(at(at(filter, slice), u), v);
            }
          }
          slice++;
        }
        if (slice !== filter.length) throw new Error('naive reference: a filter read the wrong channels');
        row.push(sum + (opts.bias ? at(opts.bias, o) : 0));
      }
      channel.push(row);
    }
    output.push(channel);
  }
  return output;
}

function naivePool(input: Tensor3, opts: RefPoolOptions, kind: 'max' | 'avg'): Tensor3 {
  const kernel = heightWidth(opts.kernelSize);
  const plane0 = at(input, 0);
  const L = layout(
    plane0.length,
    at(plane0, 0).length,
    kernel,
    opts.stride ?? opts.kernelSize,
    opts.padding,
    opts.dilation ?? 1,
  );
  return input.map((plane) => {
    const padded = padPlane(plane, L.sides, kind === 'max' ? -Infinity : 0);
    const channel: number[][] = [];
    for (let i = 0; i < L.outHeight; i++) {
      const row: number[] = [];
      for (let j = 0; j < L.outWidth; j++) {
        const taps: number[] = [];
        for (let u = 0; u < kernel[0]; u++) {
          for (let v = 0; v < kernel[1]; v++) {
            taps.push(
              at(at(padded, i * L.stride[0] + u * L.dilation[0]), j * L.stride[1] + v * L.dilation[1]),
            );
          }
        }
        row.push(kind === 'max' ? Math.max(...taps) : taps.reduce((a, b) => a + b, 0) / taps.length);
      }
      channel.push(row);
    }
    return channel;
  });
}

export function naiveMaxPool2d(input: Tensor3, opts: RefPoolOptions): Tensor3 {
  return naivePool(input, opts, 'max');
}

export function naiveAvgPool2d(input: Tensor3, opts: RefPoolOptions): Tensor3 {
  return naivePool(input, opts, 'avg');
}
