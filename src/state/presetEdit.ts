/** Applying a named kernel preset; separate from edits.ts so the presets load with the settings panel. */
import {
  channelPresetKernel,
  channelPresets,
  KERNEL_PRESETS,
  kernelPreset,
  type PresetId,
  type Tensor4,
} from '../compute';
import type { Config } from './config';
import { currentKernel } from './edits';
import { deliberately } from './history';
import { useStore } from './store';

export interface PresetChoice {
  id: string;
  label: string;
}

/**
 * The presets a view offers: channel mixes for the pointwise view's 1×1 filters, spatial kernels
 * elsewhere. (One place that decides by mode, until the views' registry says it.)
 */
export function presetChoices(config: Pick<Config, 'mode' | 'cin' | 'cout'>): readonly PresetChoice[] {
  return config.mode === 'pointwise' ? channelPresets(config.cin, config.cout) : KERNEL_PRESETS;
}

/**
 * Applies a preset from presetChoices(). A history entry of its own, so Back restores the weights it
 * replaced; a refused preset (its kernel does not fit) changes nothing, the history included.
 */
export function applyPresetChoice(id: string): boolean {
  const { config } = useStore.getState();
  if (config.mode === 'pointwise') {
    const preset = channelPresets(config.cin, config.cout).find((p) => p.id === id);
    return preset
      ? deliberately(() => useStore.getState().change({ kernel: channelPresetKernel(preset, config.cout) }))
      : false;
  }
  return applyPreset(id as PresetId);
}

/** Fills every filter and channel with the preset; fixed 3×3 presets also set the kernel to 3×3. */
export function applyPreset(id: PresetId): boolean {
  const { config, change } = useStore.getState();
  const kernel = currentKernel();
  if (!kernel) return false;
  const [kh, kw] = [kernel[0]![0]!.length, kernel[0]![0]![0]!.length];
  const plane = kernelPreset(id, kh, kw);
  const resized = plane.length !== kh || plane[0]!.length !== kw;
  const next: Tensor4 = kernel.map((filter) => filter.map(() => plane.map((r) => [...r])));
  return deliberately(() =>
    change({
      kernel: next,
      ...(resized && !config.pipeline && { k: [plane.length, plane[0]!.length] as [number, number] }),
    }),
  );
}
