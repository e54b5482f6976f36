/**
 * Convolution and pooling of whole image planes held in flat typed arrays (row-major), for the image
 * view's worker. Same semantics as conv2d / maxPool2d / avgPool2d (cross-correlation, zero padding,
 * the geometry of makeGeometry), arranged for speed: a zero-padded copy, so the inner loops (planeConvLoops.ts) have no bounds
 * checks. Each output still sums its taps in kernel-row, kernel-column order.
 */
import { makeGeometry } from './geometry';
import { convRows } from './planeConvLoops';
import type { Geometry, PaddingOption, Pair } from './types';

export interface Plane {
  width: number;
  height: number;
  /** Row-major values, width × height of them. */
  data: Float32Array | Float64Array;
}

export interface PlaneConvOptions {
  stride?: Pair;
  padding?: PaddingOption;
  dilation?: Pair;
}

/** The plane with `top`… rows/columns of `fill` around it. */
function padPlane(plane: Plane, g: Geometry, fill: number): Plane {
  const { top, bottom, left, right } = g.padding;
  if (top + bottom + left + right === 0) return plane;
  const width = plane.width + left + right;
  const height = plane.height + top + bottom;
  const data = new Float32Array(width * height);
  if (fill !== 0) data.fill(fill);
  for (let r = 0; r < plane.height; r++)
    data.set(plane.data.subarray(r * plane.width, (r + 1) * plane.width), (r + top) * width + left);
  return { width, height, data };
}

/** PyTorch's conv2d of one plane with one kh×kw kernel (row-major weights). */
export function convPlane(
  plane: Plane,
  weights: ArrayLike<number>,
  kernelSize: [number, number],
  opts: PlaneConvOptions = {},
): Plane & { geometry: Geometry } {
  const g = makeGeometry(plane.height, plane.width, { kernelSize, ...opts });
  if (weights.length !== g.kernelHeight * g.kernelWidth)
    throw new Error(`Expected ${g.kernelHeight * g.kernelWidth} weights, got ${weights.length}.`);
  const padded = padPlane(plane, g, 0);
  const out = new Float64Array(g.outHeight * g.outWidth);
  convRows({ ...g, src: padded.data, srcWidth: padded.width, weights }, out, 0, g.outHeight);
  return { width: g.outWidth, height: g.outHeight, data: out, geometry: g };
}

/** PyTorch's max_pool2d / avg_pool2d (no padding) of one plane. */
export function poolPlane(
  plane: Plane,
  kind: 'max' | 'avg',
  kernelSize: [number, number],
  stride: [number, number] = kernelSize,
): Plane & { geometry: Geometry } {
  const g = makeGeometry(plane.height, plane.width, { kernelSize, stride });
  const { outHeight, outWidth, kernelHeight: kh, kernelWidth: kw } = g;
  const src = plane.data;
  const out = new Float64Array(outHeight * outWidth);
  const count = kh * kw;
  for (let oy = 0; oy < outHeight; oy++) {
    for (let ox = 0; ox < outWidth; ox++) {
      const base = oy * g.strideRow * plane.width + ox * g.strideCol;
      let acc = kind === 'max' ? -Infinity : 0;
      for (let u = 0; u < kh; u++) {
        const row = base + u * plane.width;
        for (let v = 0; v < kw; v++) {
          const x = src[row + v]!;
          if (kind === 'max') {
            if (x > acc) acc = x;
          } else acc += x;
        }
      }
      out[oy * outWidth + ox] = kind === 'max' ? acc : acc / count;
    }
  }
  return { width: outWidth, height: outHeight, data: out, geometry: g };
}
