/** Checks that turn a bad configuration into an Error that names the problem and the fix. */
import type { Pair, Tensor3, Tensor4 } from './types';

export function toPair(value: Pair, name: string): [number, number] {
  if (Array.isArray(value)) {
    if (value.length !== 2) {
      throw new Error(`${name} must be one number or a [height, width] pair (got ${value.length} numbers).`);
    }
    return [value[0], value[1]];
  }
  return [value, value];
}

/** A stride, kernel size or dilation: a whole number of at least 1. */
export function positiveIntPair(value: Pair, name: string): [number, number] {
  const pair = toPair(value, name);
  for (const v of pair) {
    if (!Number.isInteger(v) || v < 1) {
      throw new Error(`${name} must be a positive whole number (got ${String(v)}). Use 1 or more.`);
    }
  }
  return pair;
}

export function nonNegativeIntPair(value: Pair, name: string): [number, number] {
  const pair = toPair(value, name);
  for (const v of pair) {
    if (!Number.isInteger(v) || v < 0) {
      throw new Error(
        `${name} must be a whole number of 0 or more (got ${String(v)}). Use 0 for no padding.`,
      );
    }
  }
  return pair;
}

/** Input must be a non-empty [channel][row][col] block of finite numbers; returns its shape. */
export function checkTensor3(
  input: Tensor3,
  name = 'Input',
): { channels: number; height: number; width: number } {
  const channels = input.length;
  const height = input[0]?.length ?? 0;
  const width = input[0]?.[0]?.length ?? 0;
  if (channels === 0 || height === 0 || width === 0) {
    throw new Error(`${name} is empty. Give at least one channel with one row and one column.`);
  }
  input.forEach((plane, c) => checkPlane(plane, height, width, `${name} channel ${c}`));
  return { channels, height, width };
}

/** Weight must be [outChannel][inChannel][row][col] with every kernel the same shape. */
export function checkTensor4(weight: Tensor4): {
  outChannels: number;
  inChannels: number;
  height: number;
  width: number;
} {
  const outChannels = weight.length;
  const inChannels = weight[0]?.length ?? 0;
  const height = weight[0]?.[0]?.length ?? 0;
  const width = weight[0]?.[0]?.[0]?.length ?? 0;
  if (outChannels === 0 || inChannels === 0 || height === 0 || width === 0) {
    throw new Error('Kernel is empty. Give at least one output channel with a kernel of at least 1×1.');
  }
  weight.forEach((filter, o) => {
    if (filter.length !== inChannels) {
      throw new Error(
        `Kernel for output channel ${o} has ${filter.length} input channels but the first has ${inChannels}. Give every filter the same number.`,
      );
    }
    filter.forEach((plane, i) => checkPlane(plane, height, width, `Kernel ${o}, input channel ${i}`));
  });
  return { outChannels, inChannels, height, width };
}

function checkPlane(plane: number[][], height: number, width: number, name: string): void {
  if (plane.length !== height) {
    throw new Error(
      `${name} has ${plane.length} rows, expected ${height}. Every channel must be the same size.`,
    );
  }
  plane.forEach((row, r) => {
    if (row.length !== width) {
      throw new Error(
        `${name}, row ${r} has ${row.length} columns, expected ${width}. Rows must all be the same length.`,
      );
    }
    row.forEach((v, c) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new Error(
          `${name} holds ${String(v)} at row ${r}, column ${c}. Every value must be a finite number.`,
        );
      }
    });
  });
}
