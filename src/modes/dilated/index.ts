/** Dilated (atrous) convolution: taps spread apart by the rate, one channel in and out. */
import type { Config, ModeDefinition } from '../types';
import { BASE_CONFIG } from '../types';
import { biasOption, seededInput, seededKernel } from '../values';
import { deriveConv } from '../window/operation';
import { describeWindowStep } from '../window/model';

const defaults: Config = { ...BASE_CONFIG, mode: 'dilated', size: [7, 7], dilation: [2, 2] };

export const dilated: ModeDefinition = {
  label: 'Dilated',
  tabHint: ' (atrous)',
  defaults,
  params: ['size', 'k', 'stride', 'pad', 'dilation', 'seed', 'bias'],
  defaultsFor: () => defaults,
  inputShape: (c) => ({ channels: 1, height: c.size[0], width: c.size[1] }),
  kernelShape: (c) => [1, 1, c.k[0], c.k[1]],
  derive: (c) =>
    deriveConv(seededInput(c, dilated.inputShape(c)), seededKernel(c, dilated.kernelShape(c)!), {
      stride: c.stride ?? 1,
      padding: c.pad,
      dilation: c.dilation,
      ...biasOption(c, 1),
    }),
  biasCount: () => 1,
  describeStep: describeWindowStep,
  loadView: () => import('./view'),
};
