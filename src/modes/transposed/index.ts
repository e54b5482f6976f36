/**
 * Transposed convolution (PyTorch's ConvTranspose2d): each input cell stamps the kernel, scaled by
 * its value, onto a larger output; where stamps overlap they add. Explained two ways: scatter (one
 * step per input cell) and gather (the equal ordinary convolution, one step per output cell).
 */
import type { Config, ModeDefinition, Size2 } from '../types';
import { BASE_CONFIG } from '../types';
import { seededInput, seededKernel } from '../values';
import { formatValue } from '../../state/cellEntry';
import { asTransposed, DEFAULT_STRIDE, deriveTransposed } from './operation';

const defaults: Config = { ...BASE_CONFIG, mode: 'transposed', size: [3, 3], k: [3, 3] };
const defaultStride = (): Size2 => DEFAULT_STRIDE;

export const transposed: ModeDefinition = {
  label: 'Transposed',
  tabHint: '',
  defaults,
  params: ['size', 'k', 'stride', 'pad', 'dilation', 'outpad', 'cin', 'cout', 'seed', 'view'],
  defaultsFor: () => defaults,
  defaultStride,
  paramOverrides: () => ({
    size: { label: 'Input (small)' },
    // Padding crops the output by whole cells: there is no "same" or "valid" here.
    pad: { choices: [0, 1, 2, 3].map((p) => ({ value: String(p), label: String(p) })), help: '0–3' },
  }),
  inputShape: (c) => ({ channels: c.cin, height: c.size[0], width: c.size[1] }),
  // PyTorch's layout for a transposed kernel: [inChannel][outChannel][row][col].
  kernelShape: (c) => [c.cin, c.cout, c.k[0], c.k[1]],
  derive: (c) =>
    deriveTransposed(
      c,
      c.stride ?? defaultStride(),
      seededInput(c, transposed.inputShape(c)),
      seededKernel(c, transposed.kernelShape(c)!),
    ),
  describeStep: (op, index) => {
    const t = asTransposed(op);
    if (t.view === 'gather') {
      const { out, result } = t.gatherAt(index);
      const channel = t.output.length > 1 ? ` channel ${out.channel + 1}` : '';
      return `output${channel} (${out.row}, ${out.col}) = ${formatValue(result)}`;
    }
    const step = t.scatterAt(index);
    const kept = step.targets.filter((x) => !x.cropped).length;
    const channel = t.input.length > 1 ? ` channel ${step.in.channel + 1}` : '';
    return `input${channel} (${step.in.row}, ${step.in.col}) = ${formatValue(step.in.value)} stamped onto ${kept} output cell${kept === 1 ? '' : 's'}`;
  },
  loadView: () => import('./view'),
};
