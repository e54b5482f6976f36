/** The image-processing kernels the window views offer; loaded with a view. */
import { KERNEL_PRESETS, kernelPreset, type Tensor4 } from '../../compute';
import type { Config, KernelPresetChoice } from '../types';

/** The image-processing kernels; a fixed 3×3 preset also makes the kernel 3×3 where `resize` allows. */
export function spatialPresets(resize: boolean): readonly KernelPresetChoice[] {
  return KERNEL_PRESETS.map((preset) => ({
    id: preset.id,
    label: preset.label,
    apply: (_config: Config, kernel: Tensor4) => {
      const [kh, kw] = [kernel[0]![0]!.length, kernel[0]![0]![0]!.length];
      const plane = kernelPreset(preset.id, kh, kw);
      const resized = plane.length !== kh || plane[0]!.length !== kw;
      return {
        kernel: kernel.map((filter) => filter.map(() => plane.map((r) => [...r]))),
        ...(resized && resize && { k: [plane.length, plane[0]!.length] as [number, number] }),
      };
    },
  }));
}
