/** Module-level selectors: each returns a primitive or a stable reference, never a fresh object. */
import { operationFor } from './derived';
import type { Operation } from './operation';
import type { Store } from './store';

export const selectOperation = (s: Store): Operation => operationFor(s.config);
export const selectStepCount = (s: Store): number => operationFor(s.config).stepCount;
export const selectMode = (s: Store) => s.config.mode;
export const selectStep = (s: Store) => s.step;
export const selectPlaying = (s: Store) => s.playing;
