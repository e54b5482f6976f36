/** Module-level selectors that several components share: each returns a primitive. */
import { operationFor } from './derived';
import type { Store } from './store';

export const selectStepCount = (s: Store): number => operationFor(s.config).stepCount;
