/**
 * The image view: the current operation over a whole picture. The picture's pixels never enter the
 * configuration (a user's own image cannot live in a URL); the worker convolves them, and the view
 * draws the result. What the store derives here is the kernel and a check that the settings fit
 * the smallest image the view accepts, so the shell's one "step" is the whole image at once.
 */
import { makeGeometry, type Tensor4 } from '../../compute';
import type { Config, ModeDefinition, Size2 } from '../types';
import { BASE_CONFIG } from '../types';
import type { OperationBase } from '../operation';
import { WINDOW_STRIDE_CHOICES } from '../maxpool';

/** Smallest image accepted: the widest window (7 taps at dilation 4 spans 25 cells) always fits. */
export const MIN_SIDE = 32;

export interface ImageOperation extends OperationBase {
  family: 'image';
}

const defaults: Config = { ...BASE_CONFIG, mode: 'image', pad: 'same' };

// Written out here: the preset table loads with the view, not with the registry.
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

export const image: ModeDefinition = {
  label: 'Image',
  tabHint: '',
  defaults,
  params: ['image', 'op', 'color', 'k', 'stride', 'pad', 'dilation'],
  defaultsFor: () => defaults,
  defaultStride: (c) => (c.op === 'conv' ? [1, 1] : c.k),
  paramOverrides: (c) =>
    c.op === 'conv'
      ? {}
      : {
          k: { label: 'Window' },
          pad: { hidden: true },
          dilation: { hidden: true },
          stride: { choices: WINDOW_STRIDE_CHOICES },
        },
  // No values of its own to edit: the picture is not part of the configuration.
  inputShape: () => ({ channels: 0, height: 0, width: 0 }),
  kernelShape: (c) => (c.op === 'conv' ? [1, 1, c.k[0], c.k[1]] : null),
  baseKernel: (c) => edgeKernel(c.k),
  derive: (c): ImageOperation => {
    // The settings must fit every image the view accepts; the smallest is MIN_SIDE square.
    const conv = c.op === 'conv';
    makeGeometry(MIN_SIDE, MIN_SIDE, {
      kernelSize: c.k,
      stride: c.stride ?? (conv ? 1 : c.k),
      padding: conv ? c.pad : 0,
      dilation: conv ? c.dilation : 1,
    });
    return { family: 'image', stepCount: 1, input: [], kernel: null, output: [] };
  },
  describeStep: () => 'the whole image at once',
  loadView: () => import('./view'),
  loadFigure: () => import('./figure'),
};
