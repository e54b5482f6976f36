/** Module-level selectors that several components share: each returns a primitive. */
import { operationFor } from './derived';
import type { Store } from './store';
import type { Config } from './config';

export const selectStepCount = (s: Store): number => operationFor(s.config).stepCount;

/** True where the view applies ReLU after the convolution: shownOutput is then a new array. */
export const reluApplies = (config: Config): boolean => {
  const op = operationFor(config);
  return op.shownOutput !== op.output;
};
