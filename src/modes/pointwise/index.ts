/** 1×1 (pointwise) convolution: mixes channels at each pixel, optionally followed by ReLU. */
import { relu3 } from '../../compute';
import type { Config, ModeDefinition } from '../types';
import { BASE_CONFIG } from '../types';
import { biasOption, seededInput, seededKernel } from '../values';
import { deriveConv } from '../window/operation';
import { describeWindowStep } from '../window/model';

const defaults: Config = { ...BASE_CONFIG, mode: 'pointwise', size: [4, 4], k: [1, 1], cin: 6, cout: 2 };

export const pointwise: ModeDefinition = {
  label: 'Pointwise',
  tabHint: ' (1×1)',
  defaults,
  params: ['size', 'cin', 'cout', 'seed', 'relu', 'bias'],
  defaultsFor: () => defaults,
  inputShape: (c) => ({ channels: c.cin, height: c.size[0], width: c.size[1] }),
  // Always 1×1, whatever k says: stride, padding and dilation do not apply either.
  kernelShape: (c) => [c.cout, c.cin, 1, 1],
  biasCount: (c) => c.cout,
  derive: (c) =>
    deriveConv(
      seededInput(c, pointwise.inputShape(c)),
      seededKernel(c, pointwise.kernelShape(c)!),
      { stride: 1, padding: 0, dilation: 1, ...biasOption(c, c.cout) },
      c.relu ? relu3 : undefined,
    ),
  describeStep: describeWindowStep,
  loadView: () => import('./view'),
};
