/**
 * Max (or average) pooling, and the classic image → conv 3×3 → pool pipeline. In the pipeline `size`
 * is the image's, `kernel` holds the fixed 3×3 convolution's weights, `k` stays the pooling window,
 * and the pool reads the convolution's output.
 */
import { conv2d } from '../../compute';
import type { Config, ModeDefinition, Size2 } from '../types';
import { BASE_CONFIG } from '../types';
import { seededInput, seededKernel } from '../values';
import { derivePool } from '../window/operation';
import { describeWindowStep } from '../window/model';

const defaults: Config = { ...BASE_CONFIG, mode: 'maxpool', size: [6, 6], k: [2, 2] };

export const PIPELINE_IMAGE_SIZE = 11;
export const PIPELINE_CONV_KERNEL = 3;
/** The classic pipeline preset: an 11×11 image, a 3×3 convolution (→ 9×9), a 3×3 max pool (→ 3×3). */
export const PIPELINE_PRESET: Partial<Config> = {
  pipeline: true,
  size: [PIPELINE_IMAGE_SIZE, PIPELINE_IMAGE_SIZE],
  k: [3, 3],
  stride: null,
  pad: [0, 0],
  dilation: [1, 1],
  cin: 1,
  pool: 'max',
  input: null,
  kernel: null,
};
const pipelineDefaults: Config = { ...defaults, ...PIPELINE_PRESET };
const windowStride = (c: Config): Size2 => c.stride ?? c.k;

export const maxpool: ModeDefinition = {
  label: 'Max pooling',
  tabHint: '',
  defaults,
  params: ['pipeline', 'size', 'k', 'stride', 'pad', 'seed', 'pool'],
  defaultsFor: (c) => (c.pipeline ? pipelineDefaults : defaults),
  defaultStride: windowStride,
  paramOverrides: (c) => ({
    size: { label: c.pipeline ? 'Image' : 'Input' },
    k: { label: 'Window' },
    stride: {
      choices: [
        { value: 'window', label: 'Window size' },
        ...[1, 2, 3, 4].map((s) => ({ value: String(s), label: String(s) })),
      ],
    },
  }),
  inputShape: (c) => ({ channels: c.pipeline ? 1 : c.cin, height: c.size[0], width: c.size[1] }),
  kernelShape: (c) => (c.pipeline ? [1, 1, PIPELINE_CONV_KERNEL, PIPELINE_CONV_KERNEL] : null),
  derive: (c) => {
    const image = seededInput(c, maxpool.inputShape(c));
    const settings = { kernelSize: c.k, stride: windowStride(c), padding: c.pad };
    if (!c.pipeline) return derivePool(image, settings, c.pool);
    const kernel = seededKernel(c, maxpool.kernelShape(c)!);
    const featureMap = conv2d(image, kernel);
    return { ...derivePool(featureMap, settings, c.pool), pipeline: { image, kernel, featureMap } };
  },
  describeStep: describeWindowStep,
  loadView: () => import('./view'),
};
