/**
 * A deliberately naive transposed convolution, used only by tests as an oracle. It shares no code
 * with src/compute and works the other way round from it: a gather by definition. For each output
 * cell it walks every input cell and every kernel tap and keeps those whose stamp lands there,
 *     out[o][r][q] = bias[o] + Σ_{c in o's group} Σ_{i,u: i·sH − pH + u·dH = r} Σ_{j,v: j·sW − pW + v·dW = q}
 *                    x[c][i][j] · w[c][o mod (C_out/groups)][u][v].
 * The output size is found as the last cell any stamp reaches, plus output padding, minus the crop.
 * Slow on purpose; clarity over speed.
 */
import type { Tensor3, Tensor4 } from '../types';

type RefPair = number | [number, number];

export interface RefTransposeOptions {
  stride?: RefPair;
  padding?: RefPair;
  outputPadding?: RefPair;
  dilation?: RefPair;
  groups?: number;
  bias?: number[];
}

function at<T>(items: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new Error(`naive transpose: index ${index} outside 0..${items.length - 1}`);
  }
  return items[index] as T;
}

const both = (value: RefPair | undefined, fallback: number): [number, number] =>
  value === undefined ? [fallback, fallback] : typeof value === 'number' ? [value, value] : value;

export function naiveConvTranspose2d(
  input: Tensor3,
  weight: Tensor4,
  opts: RefTransposeOptions = {},
): Tensor3 {
  const [sh, sw] = both(opts.stride, 1);
  const [ph, pw] = both(opts.padding, 0);
  const [ah, aw] = both(opts.outputPadding, 0);
  const [dh, dw] = both(opts.dilation, 1);
  const groups = opts.groups ?? 1;
  const height = at(input, 0).length;
  const width = at(at(input, 0), 0).length;
  const slices = at(weight, 0);
  const kh = at(slices, 0).length;
  const kw = at(at(slices, 0), 0).length;
  const outPerGroup = slices.length;
  const inPerGroup = input.length / groups;

  // The farthest stamp: last input cell, last tap (uncropped coordinates start at 0).
  const lastRow = (height - 1) * sh + (kh - 1) * dh;
  const lastCol = (width - 1) * sw + (kw - 1) * dw;
  const outHeight = lastRow + 1 + ah - 2 * ph;
  const outWidth = lastCol + 1 + aw - 2 * pw;
  if (outHeight < 1 || outWidth < 1) throw new Error('naive transpose: nothing left after cropping');

  const output: Tensor3 = [];
  for (let o = 0; o < outPerGroup * groups; o++) {
    const group = Math.floor(o / outPerGroup);
    const plane: number[][] = [];
    for (let r = 0; r < outHeight; r++) {
      const row: number[] = [];
      for (let q = 0; q < outWidth; q++) {
        let sum = 0;
        for (let c = group * inPerGroup; c < (group + 1) * inPerGroup; c++) {
          for (let i = 0; i < height; i++) {
            for (let u = 0; u < kh; u++) {
              if (i * sh - ph + u * dh !== r) continue;
              for (let j = 0; j < width; j++) {
                for (let v = 0; v < kw; v++) {
                  if (j * sw - pw + v * dw !== q) continue;
                  const x = at(at(at(input, c), i), j);
                  sum += x * at(at(at(at(weight, c), o - group * outPerGroup), u), v);
                }
              }
            }
          }
        }
        row.push(sum + (opts.bias ? at(opts.bias, o) : 0));
      }
      plane.push(row);
    }
    output.push(plane);
  }
  return output;
}
