/**
 * Where a kernel lands. For one axis with input n, kernel k, stride s, padding p (before + after)
 * and dilation d, PyTorch's output size is
 *     out = floor((n + p_before + p_after − d(k−1) − 1) / s) + 1
 * and output index o reads input index  o·s − p_before + t·d  with tap t (0 ≤ t < k).
 */
import type { Geometry, Padding4, PaddingOption, Pair } from './types';
import { nonNegativeIntPair, positiveIntPair } from './validate';

/** Output length along one axis, with symmetric padding (contract §1). Throws when no window fits. */
export function outputSize(n: number, k: number, stride: number, padding: number, dilation: number): number {
  const [s] = positiveIntPair(stride, 'Stride');
  const [d] = positiveIntPair(dilation, 'Dilation');
  const [kk] = positiveIntPair(k, 'Kernel size');
  const [nn] = positiveIntPair(n, 'Input size');
  const [p] = nonNegativeIntPair(padding, 'Padding');
  return axisOutput(nn, kk, s, p, p, d, 'axis');
}

/** The effective extent of a dilated kernel: d(k−1) + 1 cells. */
export function effectiveKernelSize(k: number, dilation: number): number {
  return dilation * (k - 1) + 1;
}

function axisOutput(
  n: number,
  k: number,
  s: number,
  before: number,
  after: number,
  d: number,
  axis: string,
): number {
  const span = effectiveKernelSize(k, d);
  const padded = n + before + after;
  if (span > padded) {
    const what =
      d > 1 ? `The dilated kernel spans ${span} cells (${d}×(${k}−1)+1)` : `The kernel is ${k} cells`;
    throw new Error(
      `${what} along the ${axis} but the padded input is only ${padded}. Use a smaller kernel or dilation, or more padding.`,
    );
  }
  return Math.floor((padded - span) / s) + 1;
}

/** TensorFlow's `same`: enough total padding that out = ceil(n / s); the odd cell goes after. */
function samePadding(n: number, k: number, s: number, d: number): [number, number] {
  const out = Math.ceil(n / s);
  const total = Math.max((out - 1) * s + effectiveKernelSize(k, d) - n, 0);
  const before = Math.floor(total / 2);
  return [before, total - before];
}

export function resolvePadding(
  padding: PaddingOption | undefined,
  inputSize: [number, number],
  kernelSize: [number, number],
  stride: [number, number],
  dilation: [number, number],
): Padding4 {
  if (padding === 'valid' || padding === undefined) return { top: 0, bottom: 0, left: 0, right: 0 };
  if (padding === 'same') {
    const [top, bottom] = samePadding(inputSize[0], kernelSize[0], stride[0], dilation[0]);
    const [left, right] = samePadding(inputSize[1], kernelSize[1], stride[1], dilation[1]);
    return { top, bottom, left, right };
  }
  if (typeof padding === 'string') {
    throw new Error(
      `Padding "${String(padding)}" is not known. Use a number, [height, width], "valid" or "same".`,
    );
  }
  const [ph, pw] = nonNegativeIntPair(padding, 'Padding');
  return { top: ph, bottom: ph, left: pw, right: pw };
}

export interface GeometryOptions {
  kernelSize: Pair;
  stride?: Pair;
  padding?: PaddingOption;
  dilation?: Pair;
}

/** Validates a spatial configuration and derives everything the windows need. */
export function makeGeometry(inputHeight: number, inputWidth: number, opts: GeometryOptions): Geometry {
  const [kernelHeight, kernelWidth] = positiveIntPair(opts.kernelSize, 'Kernel size');
  const [strideRow, strideCol] = positiveIntPair(opts.stride ?? 1, 'Stride');
  const [dilationRow, dilationCol] = positiveIntPair(opts.dilation ?? 1, 'Dilation');
  const padding = resolvePadding(
    opts.padding,
    [inputHeight, inputWidth],
    [kernelHeight, kernelWidth],
    [strideRow, strideCol],
    [dilationRow, dilationCol],
  );
  const outHeight = axisOutput(
    inputHeight,
    kernelHeight,
    strideRow,
    padding.top,
    padding.bottom,
    dilationRow,
    'height',
  );
  const outWidth = axisOutput(
    inputWidth,
    kernelWidth,
    strideCol,
    padding.left,
    padding.right,
    dilationCol,
    'width',
  );
  return {
    inputHeight,
    inputWidth,
    kernelHeight,
    kernelWidth,
    strideRow,
    strideCol,
    dilationRow,
    dilationCol,
    padding,
    outHeight,
    outWidth,
  };
}

/** Input row read by tap `kernelRow` of output row `outRow` (may be a padding row). */
export function tapRow(g: Geometry, outRow: number, kernelRow: number): number {
  return outRow * g.strideRow - g.padding.top + kernelRow * g.dilationRow;
}

export function tapCol(g: Geometry, outCol: number, kernelCol: number): number {
  return outCol * g.strideCol - g.padding.left + kernelCol * g.dilationCol;
}

export function isInside(g: Geometry, row: number, col: number): boolean {
  return row >= 0 && row < g.inputHeight && col >= 0 && col < g.inputWidth;
}
