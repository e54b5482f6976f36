/** Applying a kernel preset the current view offers; separate from edits.ts so presets load with the settings. */
import { loadedModeView } from '../modes/viewCache';
import { currentKernel } from './edits';
import { deliberately } from './history';
import { useStore } from './store';

/**
 * Fills the kernel as the preset says; false when the view has no such preset or no kernel, or the
 * result has no output. A history entry of its own, so Back restores the weights it replaced; a
 * refused preset changes nothing, the history included.
 */
export function applyPreset(id: string): boolean {
  const { config, change } = useStore.getState();
  const kernel = currentKernel();
  const preset = loadedModeView(config.mode)
    ?.kernelPresets(config)
    .find((p) => p.id === id);
  if (!kernel || !preset) return false;
  return deliberately(() => change(preset.apply(config, kernel)));
}
