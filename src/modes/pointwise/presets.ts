import { channelPresetKernel, channelPresets } from '../../compute';
import type { Config, KernelPresetChoice } from '../types';

/** A 1×1 filter only mixes channels, so its presets are channel mixes, not image kernels cut to one weight. */
export const kernelPresets = (c: Config): KernelPresetChoice[] =>
  channelPresets(c.cin, c.cout).map((preset) => ({
    id: preset.id,
    label: preset.label,
    apply: (config) => ({ kernel: channelPresetKernel(preset, config.cout) }),
  }));
