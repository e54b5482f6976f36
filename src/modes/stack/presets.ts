/**
 * The stack view's presets, written in the URL's own codec so each is also a link. The pipeline
 * takes its figures from the max-pooling view's preset (11×11 image, 3×3 convolution); the dilated
 * stack is Yu & Koltun's 1, 2, 4 (padding = dilation keeps the size).
 */
import type { LayerStack } from '../../compute';
import { PIPELINE_CONV_KERNEL, PIPELINE_IMAGE_SIZE } from '../maxpool';
import { readStack } from './codec';

export interface StackPreset {
  id: string;
  label: string;
  text: string;
}

export const STACK_PRESETS: readonly StackPreset[] = [
  {
    id: 'pipeline',
    label: 'Image → conv 3×3 → max pool 3×3',
    text: `i${PIPELINE_IMAGE_SIZE}_c${PIPELINE_CONV_KERNEL}_m3`,
  },
  { id: 'dilated', label: 'Three 3×3 convs, dilation 1, 2, 4', text: 'i32_c3p1_c3p2d2_c3p4d4' },
  { id: 'undilated', label: 'Three 3×3 convs, no dilation', text: 'i32_c3p1_c3p1_c3p1' },
  { id: 'vgg', label: 'VGG-like start', text: 'i32n3_c3p1n64_c3p1_m2_c3p1n128_c3p1_m2' },
  { id: 'encoder-decoder', label: 'Encoder–decoder', text: 'i16_c3p1n8_m2_c3p1n16_m2_t2s2n8_t2s2n1' },
];

export function presetStack(preset: StackPreset): LayerStack {
  const read = readStack(preset.text);
  if (!read.ok) throw new Error(`Preset ${preset.id} does not read: ${read.why}`);
  return read.value;
}
