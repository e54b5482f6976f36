/**
 * Seeded values: the same seed gives the same numbers on every machine, because mulberry32 uses only
 * 32-bit integer arithmetic (Math.imul, shifts), which JavaScript defines exactly.
 */
import type { Tensor3, Tensor4 } from './types';

/** A generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface IntRange {
  min: number;
  max: number;
}

/** Small whole numbers read at a glance and multiply in one's head: the default for inputs. */
export const INPUT_RANGE: IntRange = { min: 0, max: 9 };
export const KERNEL_RANGE: IntRange = { min: -2, max: 2 };

function intFrom(next: () => number, range: IntRange): number {
  return range.min + Math.floor(next() * (range.max - range.min + 1));
}

export function randomTensor3(
  seed: number,
  channels: number,
  height: number,
  width: number,
  range = INPUT_RANGE,
): Tensor3 {
  const next = mulberry32(seed);
  return Array.from({ length: channels }, () =>
    Array.from({ length: height }, () => Array.from({ length: width }, () => intFrom(next, range))),
  );
}

/** Kernels use a different stream from inputs of the same seed (seed + a fixed odd offset). */
export function randomTensor4(
  seed: number,
  outChannels: number,
  inChannels: number,
  height: number,
  width: number,
  range = KERNEL_RANGE,
): Tensor4 {
  const next = mulberry32((seed ^ 0x9e3779b9) >>> 0);
  return Array.from({ length: outChannels }, () =>
    Array.from({ length: inChannels }, () =>
      Array.from({ length: height }, () => Array.from({ length: width }, () => intFrom(next, range))),
    ),
  );
}
