/** What the window-family modes share: how a step reads in the status line, and the presets. */
import { KERNEL_PRESETS, kernelPreset, type Tensor4 } from '../../compute';
import { formatValue } from '../../state/cellEntry';
import type { OperationBase } from '../operation';
import type { Config, KernelPresetChoice } from '../types';
import { asWindow } from './operation';

/** "output channel 2 (1, 3) = 4": what the step at `index` wrote, as the view shows it. */
export function describeWindowStep(op: OperationBase, index: number): string {
  const w = asWindow(op);
  const { out, result } = w.stepAt(index);
  const channel = w.output.length > 1 ? ` channel ${out.channel + 1}` : '';
  const value = w.shownOutput[out.channel]?.[out.row]?.[out.col] ?? 0;
  // Where ReLU applies (shownOutput is then its own array), say what it clipped, so a 0 makes sense.
  const clipped = w.shownOutput !== w.output && result < 0 ? ` (ReLU of ${formatValue(result)})` : '';
  return `output${channel} (${out.row}, ${out.col}) = ${formatValue(value)}${clipped}`;
}

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
