/**
 * The image view: the current operation over a whole picture. The picture's pixels never enter the
 * configuration (a user's own image cannot live in a URL); the worker convolves them, and the view
 * draws the result. What the store derives here is the kernel and a check that the settings fit
 * the smallest image the view accepts, so the shell's one "step" is the whole image at once.
 */
import { planConv, planPool, type Tensor3, type Tensor4 } from '../../compute';
import type { Config, ModeDefinition, Size2 } from '../types';
import { BASE_CONFIG } from '../types';
import { fitTensor4 } from '../values';
import type { OperationBase } from '../operation';
import { spatialPresets } from '../window/model';
import { MIN_SIDE } from './limits';

export interface ImageOperation extends OperationBase {
  family: 'image';
}

const defaults: Config = { ...BASE_CONFIG, mode: 'image', pad: 'same' };
const presets = spatialPresets(true);
const SOBEL_X = [
  [-1, 0, 1],
  [-2, 0, 2],
  [-1, 0, 1],
];

/** Sobel x centred in a k×k kernel (cropped when k is smaller): an edge detector at any size. */
function edgeKernel([kh, kw]: Size2): Tensor4 {
  const [top, left] = [Math.floor((kh - 3) / 2), Math.floor((kw - 3) / 2)];
  const plane = Array.from({ length: kh }, (_, r) =>
    Array.from({ length: kw }, (_, c) => SOBEL_X[r - top]?.[c - left] ?? 0),
  );
  return [[plane]];
}

const poolStride = (c: Config): Size2 => c.stride ?? c.k;
const smallest = (): Tensor3 => [Array.from({ length: MIN_SIDE }, () => new Array<number>(MIN_SIDE).fill(0))];

export const image: ModeDefinition = {
  label: 'Image',
  tabHint: ' (a real picture)',
  defaults,
  params: ['image', 'op', 'color', 'k', 'stride', 'pad', 'dilation'],
  defaultsFor: () => defaults,
  defaultStride: (c) => (c.op === 'conv' ? [1, 1] : poolStride(c)),
  paramOverrides: (c) =>
    c.op === 'conv'
      ? {}
      : {
          k: { label: 'Window' },
          pad: { hidden: true },
          dilation: { hidden: true },
          stride: {
            choices: [
              { value: 'window', label: 'Window size' },
              ...[1, 2, 3, 4].map((s) => ({ value: String(s), label: String(s) })),
            ],
          },
        },
  // No values of its own to edit: the picture is not part of the configuration.
  inputShape: () => ({ channels: 0, height: 0, width: 0 }),
  kernelShape: (c) => (c.op === 'conv' ? [1, 1, c.k[0], c.k[1]] : null),
  baseKernel: (c) => edgeKernel(c.k),
  derive: (c): ImageOperation => {
    // The settings must fit every image the view accepts; the smallest is MIN_SIDE square.
    const kernel = c.op === 'conv' ? fitTensor4(c.kernel, edgeKernel(c.k)) : null;
    if (kernel) planConv(smallest(), kernel, { stride: c.stride ?? 1, padding: c.pad, dilation: c.dilation });
    else
      planPool(
        smallest(),
        { kernelSize: c.k, stride: poolStride(c), padding: 0 },
        c.op === 'avg' ? 'avg' : 'max',
      );
    return { family: 'image', stepCount: 1, input: [], kernel, output: [] };
  },
  describeStep: () => 'the whole image at once; point at the feature map to read its numbers',
  kernelPresets: (c) => (c.op === 'conv' ? presets : []),
  loadView: () => import('./view'),
};
