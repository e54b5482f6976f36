/**
 * Grouped and depthwise convolution (PyTorch's `groups`): the input channels and the filters are
 * split into equal groups, and each filter reads only its own group's channels. groups = 1 is the
 * standard convolution, groups = C_in depthwise. The separable preset plays a depthwise k×k then a
 * pointwise 1×1 convolution as one sequence of steps.
 */
import { formatValue } from '../../state/cellEntry';
import type { Config, ModeDefinition, Size2 } from '../types';
import { BASE_CONFIG } from '../types';
import { biasOption, seededInput, seededKernel } from '../values';
import { deriveConv } from '../window/operation';
import { describeWindowStep } from '../window/model';
import { asSeparable, deriveSeparable, pointwiseWeights } from './separable';
import { groupChoices, groupsNote } from './groupShape';

/** Four channels in two groups of two: each filter visibly reads half the input. */
const defaults: Config = { ...BASE_CONFIG, mode: 'grouped', size: [6, 6], cin: 4, cout: 4, groups: 2 };
/** Small enough that both stages fit on one screen: 3 × 9 depthwise and 4 × 9 pointwise steps. */
const separableDefaults: Config = { ...defaults, separable: true, size: [5, 5], cin: 3, cout: 4 };

const stride = (c: Config): Size2 | 1 => c.stride ?? 1;

export const grouped: ModeDefinition = {
  label: 'Grouped',
  tabHint: ' / depthwise',
  defaults,
  params: ['separable', 'size', 'k', 'stride', 'pad', 'dilation', 'cin', 'cout', 'groups', 'seed', 'bias'],
  defaultsFor: (c) => (c.separable ? separableDefaults : defaults),
  paramOverrides: (c) => ({
    k: { label: c.separable ? 'Depthwise kernel' : 'Kernel' },
    groups: c.separable ? { hidden: true } : { choices: groupChoices(c.cin, c.cout), help: groupsNote(c) },
  }),
  inputShape: (c) => ({ channels: c.cin, height: c.size[0], width: c.size[1] }),
  // A grouped filter holds one slice per channel of its group; the separable block's editable
  // weights are its depthwise ones. (Groups that do not divide C_in are refused by derive.)
  kernelShape: (c) =>
    c.separable
      ? [c.cin, 1, c.k[0], c.k[1]]
      : [c.cout, Math.max(1, Math.floor(c.cin / c.groups)), c.k[0], c.k[1]],
  biasCount: (c) => c.cout,
  derive: (c) => {
    const input = seededInput(c, grouped.inputShape(c));
    const kernel = seededKernel(c, grouped.kernelShape(c)!);
    const spatial = { stride: stride(c), padding: c.pad, dilation: c.dilation, ...biasOption(c, c.cout) };
    if (c.separable) return deriveSeparable(input, kernel, pointwiseWeights(c.seed, c.cin, c.cout), spatial);
    return deriveConv(input, kernel, { ...spatial, groups: c.groups });
  },
  describeStep: (op, index) => {
    if (op.family !== 'separable') return describeWindowStep(op, index);
    const { stage, step } = asSeparable(op).stageAt(index);
    const { channel, row, col } = step.out;
    const name = stage === 'depthwise' ? `channel ${channel + 1}` : `output channel ${channel + 1}`;
    return `${stage} stage: ${name} (${row}, ${col}) = ${formatValue(step.result)}`;
  },
  loadView: () => import('./view'),
};
