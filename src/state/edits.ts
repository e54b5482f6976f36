/**
 * Edits to values, applied as configuration changes so the URL follows them. What a user edits is
 * the mode's own input and kernel (in the pipeline, the image and its 3×3 convolution), not
 * necessarily what the steps read.
 */
import type { Tensor4 } from '../compute';
import { biasValues, inputValues, kernelValues } from './operation';
import { useStore } from './store';
import { deliberately } from './history';

export function editInputValue(channel: number, row: number, col: number, value: number): void {
  const { config, change } = useStore.getState();
  const input = inputValues(config).map((plane, c) =>
    c === channel ? plane.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)) : plane,
  );
  change({ input });
}

export function editKernelValue(out: number, channel: number, row: number, col: number, value: number): void {
  const kernel = currentKernel();
  if (!kernel) return;
  const next: Tensor4 = kernel.map((filter, o) =>
    o !== out
      ? filter
      : filter.map((plane, c) =>
          c !== channel
            ? plane
            : plane.map((r, i) => (i === row ? r.map((v, j) => (j === col ? value : v)) : r)),
        ),
  );
  useStore.getState().change({ kernel: next });
}

export function editBiasValue(out: number, value: number): void {
  const { config, change } = useStore.getState();
  const biases = biasValues(config);
  if (biases) change({ biases: biases.map((b, o) => (o === out ? value : b)) });
}

export function currentKernel(): Tensor4 | null {
  return kernelValues(useStore.getState().config);
}

/**
 * New generated values from a seed; edits are dropped so the seed alone describes the view. A history
 * entry of its own, so Back brings back the values it replaced.
 */
export function randomize(seed: number): boolean {
  return deliberately(() => useStore.getState().change({ seed, input: null, kernel: null, biases: null }));
}

/**
 * A seed typed into the Seed field. It commits on every keystroke, so only the change that wipes
 * edits gets a history entry (typing "123" after edits is one entry, not three).
 */
export function changeSeed(seed: number): boolean {
  const { config, change } = useStore.getState();
  const apply = () => change({ seed, input: null, kernel: null, biases: null });
  return config.input || config.kernel || config.biases ? deliberately(apply) : apply();
}

/** Back to the generated values of the current seed; Back restores the edits. */
export function resetValues(): boolean {
  return deliberately(() => useStore.getState().change({ input: null, kernel: null, biases: null }));
}
