/** The values a view reads: generated from the seed, with the user's edits kept where they still fit. */
import { KERNEL_RANGE, randomTensor3, randomTensor4, type Tensor3, type Tensor4 } from '../compute';
import type { Config, TensorShape } from './types';

/** Keeps edited values where they still fit; new cells come from the seeded generator. */
export function fitTensor3(edited: Tensor3 | null, generated: Tensor3): Tensor3 {
  if (!edited) return generated;
  return generated.map((plane, c) => plane.map((row, r) => row.map((v, col) => edited[c]?.[r]?.[col] ?? v)));
}

export function fitTensor4(edited: Tensor4 | null, generated: Tensor4): Tensor4 {
  if (!edited) return generated;
  return generated.map((filter, o) =>
    filter.map((plane, c) => fitTensor3(edited[o]?.[c] ? [edited[o]![c]!] : null, [plane])[0]!),
  );
}

export function seededInput(config: Config, shape: TensorShape): Tensor3 {
  return fitTensor3(config.input, randomTensor3(config.seed, shape.channels, shape.height, shape.width));
}

/** Biases: a third stream of the seed (neither the input's nor the kernel's), small like weights. */
const BIAS_STREAM = 0x85ebca6b;

export function seededBias(config: Config, count: number): number[] {
  const generated = randomTensor3((config.seed ^ BIAS_STREAM) >>> 0, 1, 1, count, KERNEL_RANGE)[0]![0]!;
  return generated.map((v, o) => config.biases?.[o] ?? v);
}

export function seededKernel(config: Config, shape: [number, number, number, number]): Tensor4 {
  return fitTensor4(config.kernel, randomTensor4(config.seed, ...shape));
}

/** The `bias` of a convolution's options: the view's biases when it shows them, else nothing (no bias). */
export function biasOption(config: Config, count: number): { bias?: number[] } {
  return config.bias ? { bias: seededBias(config, count) } : {};
}
