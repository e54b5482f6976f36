/** Applying a named kernel preset; separate from edits.ts so the presets load with the settings panel. */
import { kernelPreset, type PresetId, type Tensor4 } from '../compute';
import { currentKernel } from './edits';
import { useStore } from './store';

/** Fills every filter and channel with the preset; fixed 3×3 presets also set the kernel to 3×3. */
export function applyPreset(id: PresetId): void {
  const { config, change } = useStore.getState();
  const kernel = currentKernel();
  if (!kernel) return;
  const [kh, kw] = [kernel[0]![0]!.length, kernel[0]![0]![0]!.length];
  const plane = kernelPreset(id, kh, kw);
  const resized = plane.length !== kh || plane[0]!.length !== kw;
  const next: Tensor4 = kernel.map((filter) => filter.map(() => plane.map((r) => [...r])));
  change({
    kernel: next,
    ...(resized && !config.pipeline && { k: [plane.length, plane[0]!.length] as [number, number] }),
  });
}
