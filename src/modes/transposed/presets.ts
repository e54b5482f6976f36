/** Kernel presets that mean something for upsampling: copy (nearest), bilinear, and the spatial ones. */
import { KERNEL_PRESETS, kernelPreset, type Tensor4 } from '../../compute';
import type { Config, KernelPresetChoice } from '../types';
import { DEFAULT_STRIDE } from './operation';

const fillAll = (kernel: Tensor4, plane: number[][]): Tensor4 =>
  kernel.map((slices) => slices.map(() => plane.map((r) => [...r])));

/** Every weight 1 on an s×s kernel with stride s copies each input cell into an s×s block. */
const nearest: KernelPresetChoice = {
  id: 'nearest',
  label: 'Nearest (copy into blocks)',
  apply: (c: Config, kernel: Tensor4) => {
    const [sh, sw] = c.stride ?? DEFAULT_STRIDE;
    const ones = Array.from({ length: sh }, () => new Array<number>(sw).fill(1));
    return { k: [sh, sw], pad: [0, 0], kernel: fillAll(kernel, ones) };
  },
};

/**
 * The triangle filter of bilinear upsampling, weights 1 − |offset|/s over 2s − 1 taps; padding s − 1
 * keeps the corners on the input's own cells, so the output interpolates between them.
 */
const bilinear: KernelPresetChoice = {
  id: 'bilinear',
  label: 'Bilinear (corners aligned)',
  apply: (c: Config, kernel: Tensor4) => {
    const [sh, sw] = c.stride ?? DEFAULT_STRIDE;
    const axis = (s: number) => Array.from({ length: 2 * s - 1 }, (_, i) => 1 - Math.abs(i - (s - 1)) / s);
    const rows = axis(sh);
    const cols = axis(sw);
    const plane = rows.map((r) => cols.map((v) => r * v));
    return { k: [rows.length, cols.length], pad: [sh - 1, sw - 1], kernel: fillAll(kernel, plane) };
  },
};

export function transposedPresets(): readonly KernelPresetChoice[] {
  return [
    nearest,
    bilinear,
    ...KERNEL_PRESETS.filter((p) => p.sizes === 'any').map((p) => ({
      id: p.id,
      label: p.label,
      apply: (_c: Config, kernel: Tensor4) => {
        const [kh, kw] = [kernel[0]![0]!.length, kernel[0]![0]![0]!.length];
        return { kernel: fillAll(kernel, kernelPreset(p.id, kh, kw)) };
      },
    })),
  ];
}
