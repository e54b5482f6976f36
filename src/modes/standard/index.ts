/** Standard convolution: the kernel's dot product with the patch under it, step by step. */
import type { Config, ModeDefinition } from '../types';
import { BASE_CONFIG } from '../types';
import { biasOption, seededInput, seededKernel } from '../values';
import { deriveConv } from '../window/operation';
import { describeWindowStep } from '../window/model';

const defaults: Config = { ...BASE_CONFIG, mode: 'standard', size: [5, 5], pad: [1, 1] };

export const standard: ModeDefinition = {
  label: 'Standard',
  tabHint: '',
  defaults,
  params: ['size', 'k', 'stride', 'pad', 'dilation', 'cin', 'cout', 'seed', 'bias'],
  defaultsFor: () => defaults,
  inputShape: (c) => ({ channels: c.cin, height: c.size[0], width: c.size[1] }),
  kernelShape: (c) => [c.cout, c.cin, c.k[0], c.k[1]],
  derive: (c) =>
    deriveConv(seededInput(c, standard.inputShape(c)), seededKernel(c, standard.kernelShape(c)!), {
      stride: c.stride ?? 1,
      padding: c.pad,
      dilation: c.dilation,
      ...biasOption(c, c.cout),
    }),
  biasCount: (c) => c.cout,
  describeStep: describeWindowStep,
  loadView: () => import('./view'),
};
