/**
 * Each mode's React side (stage, arithmetic, explainers) is its own chunk. This keeps the loaded
 * ones, so a view already fetched renders at once, and shares one request per mode while loading.
 */
import { MODE_REGISTRY, type Mode } from './registry';
import type { ModeViewModule } from './types';

const loaded = new Map<Mode, ModeViewModule>();
const loading = new Map<Mode, Promise<ModeViewModule>>();

export function loadModeView(mode: Mode): Promise<ModeViewModule> {
  let promise = loading.get(mode);
  if (!promise) {
    promise = MODE_REGISTRY[mode].loadView().then((view) => {
      loaded.set(mode, view);
      return view;
    });
    // A failed fetch (a flaky network) may be tried again on the next visit to the tab.
    promise.catch(() => loading.delete(mode));
    loading.set(mode, promise);
  }
  return promise;
}

export const loadedModeView = (mode: Mode): ModeViewModule | undefined => loaded.get(mode);
