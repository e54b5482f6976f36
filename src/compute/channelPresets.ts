/**
 * Presets for 1×1 (pointwise) kernels. A 1×1 filter only mixes channels, so its presets are ways of
 * mixing them: an average, one channel picked out, the difference of two, RGB → luminance. (The
 * spatial presets of presets.ts cut to one weight are meaningless there: Sharpen's centre-less corner
 * is 0, Sobel's is −1.) Which list a view offers is the caller's choice.
 */
import type { Tensor4 } from './types';

export interface ChannelPreset {
  id: string;
  label: string;
  /** What it does, in a phrase. */
  effect: string;
  /** The weights of filter `filter` (counted from 0), one per input channel. */
  weights: (filter: number) => number[];
}

/** ITU-R BT.601 luma, the weights of the classic colour → grey conversion. */
export const LUMINANCE_WEIGHTS = [0.299, 0.587, 0.114] as const;

const oneHot = (channels: number, at: number): number[] =>
  Array.from({ length: channels }, (_, c) => (c === at ? 1 : 0));

/** The presets that mean something for `channels` input channels and `filters` filters. */
export function channelPresets(channels: number, filters: number): ChannelPreset[] {
  const presets: ChannelPreset[] = [];
  if (channels > 1) {
    presets.push(
      {
        id: 'average',
        label: 'Average of the channels',
        effect: 'each output is the mean of the pixel’s channels',
        weights: () => Array.from({ length: channels }, () => 1 / channels),
      },
      {
        id: 'difference-1-2',
        label: 'Channel 1 − channel 2',
        effect: 'bright where channel 1 exceeds channel 2, dark where it falls short',
        weights: () => Array.from({ length: channels }, (_, c) => (c === 0 ? 1 : c === 1 ? -1 : 0)),
      },
    );
  }
  if (channels === 3) {
    presets.push({
      id: 'luminance',
      label: 'RGB → luminance',
      effect: 'turns red, green and blue into grey as the eye weighs them (0.299, 0.587, 0.114)',
      weights: () => [...LUMINANCE_WEIGHTS],
    });
  }
  if (filters > 1) {
    presets.push({
      id: 'each-filter-own-channel',
      label: 'Each filter keeps its own channel',
      effect: 'filter 1 copies channel 1, filter 2 channel 2, and so on',
      weights: (filter) => oneHot(channels, filter % channels),
    });
  }
  for (let c = 0; c < channels; c++) {
    presets.push({
      id: `channel-${c + 1}`,
      label: `Channel ${c + 1} only`,
      effect: `copies channel ${c + 1} and ignores the others`,
      weights: () => oneHot(channels, c),
    });
  }
  return presets;
}

/** The preset as a [filter][channel][1][1] kernel. */
export function channelPresetKernel(preset: ChannelPreset, filters: number): Tensor4 {
  return Array.from({ length: filters }, (_, f) => preset.weights(f).map((w) => [[w]]));
}
