/**
 * Convolution and pooling of whole image planes held in flat typed arrays (row-major), for the image
 * view's worker. Same semantics as conv2d / maxPool2d / avgPool2d (cross-correlation, zero padding,
 * the geometry of makeGeometry), arranged for speed: a zero-padded copy, so the inner loops
 * (planeConvLoops.ts) have no bounds checks. Each output still sums its taps in kernel-row, kernel-column order.
 */
import { makeGeometry } from './geometry';
import { convRows, type LoopShape } from './planeConvLoops';
import type { Geometry, Padding4, PaddingOption, Pair } from './types';

export interface Plane {
  width: number;
  height: number;
  /** Row-major values, width × height of them. */
  data: Float32Array | Float64Array;
}

/** What an operation gives: a plane of doubles, and where each output's window lay. */
export interface PlaneOutput {
  width: number;
  height: number;
  data: Float64Array;
  geometry: Geometry;
}

export interface PlaneConvOptions {
  stride?: Pair;
  padding?: PaddingOption;
  dilation?: Pair;
}

/** The plane with `padding` rows/columns of zeros around it (the plane itself when there are none). */
function padPlane(plane: Plane, padding: Padding4): Plane {
  const { top, bottom, left, right } = padding;
  if (top + bottom + left + right === 0) return plane;
  const width = plane.width + left + right;
  const height = plane.height + top + bottom;
  const data = new Float32Array(width * height);
  const from = plane.data;
  // A plain loop, not set(subarray()) a row: in Chromium each subarray costs microseconds, ~4 ms a plane.
  for (let r = 0, i = 0; r < plane.height; r++) {
    let j = (r + top) * width + left;
    for (let c = 0; c < plane.width; c++, i++, j++) data[j] = from[i]!;
  }
  return { width, height, data };
}

/**
 * Zero-padded copies of planes, kept for the next convolution of the same plane at the same padding
 * (editing a weight pads nothing again). One copy a plane (its data array, never changed in place),
 * for the last padding and shape asked; a plane no longer used takes its copy with it.
 */
export class PaddedPlanes {
  private kept = new WeakMap<Plane['data'], { key: string; padded: Plane }>();

  of(plane: Plane, padding: Padding4): Plane {
    const key = [plane.width, plane.height, padding.top, padding.bottom, padding.left, padding.right].join();
    const held = this.kept.get(plane.data);
    if (held?.key === key) return held.padded;
    const padded = padPlane(plane, padding);
    this.kept.set(plane.data, { key, padded });
    return padded;
  }
}

/** Memory a convolution may fill instead of allocating its own. */
export interface PlaneBuffers {
  /** Keeps the zero-padded copy of each plane for the next convolution at the same padding. */
  padded?: PaddedPlanes;
  /** Where the output goes when it is exactly outHeight × outWidth long (every value is overwritten). */
  out?: Float64Array;
}

/** PyTorch's conv2d of one plane with one kh×kw kernel (row-major weights), and the largest |value| of the output. */
export function convPlane(
  plane: Plane,
  weights: ArrayLike<number>,
  kernelSize: [number, number],
  opts: PlaneConvOptions = {},
  buffers: PlaneBuffers = {},
): PlaneOutput & { maxAbs: number } {
  const g = makeGeometry(plane.height, plane.width, { kernelSize, ...opts });
  if (weights.length !== g.kernelHeight * g.kernelWidth)
    throw new Error(`Expected ${g.kernelHeight * g.kernelWidth} weights, got ${weights.length}.`);
  if (plane.data.length !== plane.width * plane.height)
    throw new Error(`Expected ${plane.width * plane.height} values, got ${plane.data.length}.`);
  const source = buffers.padded ? buffers.padded.of(plane, g.padding) : padPlane(plane, g.padding);
  const size = g.outHeight * g.outWidth;
  const out = buffers.out?.length === size ? buffers.out : new Float64Array(size);
  // Always the same object shape and array types, so the loops see one kind of input (monomorphic).
  const shape: LoopShape = {
    src: source.data,
    srcWidth: source.width,
    weights: weights instanceof Float64Array ? weights : Float64Array.from(weights),
    kernelHeight: g.kernelHeight,
    kernelWidth: g.kernelWidth,
    outHeight: g.outHeight,
    outWidth: g.outWidth,
    strideRow: g.strideRow,
    strideCol: g.strideCol,
    dilationRow: g.dilationRow,
    dilationCol: g.dilationCol,
  };
  const maxAbs = convRows(shape, out, 0, g.outHeight);
  return { width: g.outWidth, height: g.outHeight, data: out, geometry: g, maxAbs };
}

/** PyTorch's max_pool2d / avg_pool2d (no padding) of one plane. */
export function poolPlane(
  plane: Plane,
  kind: 'max' | 'avg',
  kernelSize: [number, number],
  stride: [number, number] = kernelSize,
): PlaneOutput {
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
