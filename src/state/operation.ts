/**
 * The operation a configuration describes, as its mode derives it: the input and kernel values, the
 * validated geometry, the full output, and a memoized lookup of any step. Views read this; they
 * never run the arithmetic themselves.
 */
import type { Tensor3, Tensor4 } from '../compute';
import { MODE_REGISTRY } from '../modes/registry';
import type { Config, TensorShape } from '../modes/types';
import type { Operation } from '../modes/operation';
import { asWindow, type WindowOperation } from '../modes/window/operation';
import { fitTensor4, seededBias, seededInput, seededKernel } from '../modes/values';

export type { Operation } from '../modes/operation';
export type { AnyStep, WindowOperation } from '../modes/window/operation';
export { fitTensor3, fitTensor4 } from '../modes/values';

export function inputShape(config: Config): TensorShape {
  return MODE_REGISTRY[config.mode].inputShape(config);
}

/** [out][in][h][w] of the kernel the user edits; null where the view has no weights. */
export function kernelShape(config: Config): [number, number, number, number] | null {
  return MODE_REGISTRY[config.mode].kernelShape(config);
}

export function inputValues(config: Config): Tensor3 {
  return seededInput(config, inputShape(config));
}

export function kernelValues(config: Config): Tensor4 | null {
  const shape = kernelShape(config);
  if (!shape) return null;
  const base = MODE_REGISTRY[config.mode].baseKernel?.(config);
  return base ? fitTensor4(config.kernel, base) : seededKernel(config, shape);
}

/** The biases the user edits, one per filter; null where the view has none or shows none. */
export function biasValues(config: Config): number[] | null {
  const count = MODE_REGISTRY[config.mode].biasCount;
  return config.bias && count ? seededBias(config, count(config)) : null;
}

/** Throws the compute module's message when the configuration has no valid output. */
export function deriveOperation(config: Config): Operation {
  return MODE_REGISTRY[config.mode].derive(config);
}

/** For the window-family views (convolution and pooling), which read windows and geometry. */
export function deriveWindowOperation(config: Config): WindowOperation {
  return asWindow(deriveOperation(config));
}
