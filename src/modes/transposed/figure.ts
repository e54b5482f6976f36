/**
 * The transposed view's figure of one step. Scatter: the input cell being spread, the kernel slices
 * it scales, and the output's running sums with the cells this step writes marked. Gather: the
 * stretched, padded input under the window of the equal convolution, the rotated kernel, and the
 * output filled up to this step.
 */
import {
  channelLabel,
  narrowFamily,
  panel,
  type FormatValue,
  type FigureColumn,
  type ModeFigure,
} from '../../figure/panels';
import { outputPanels, valuePanel } from '../window/figure';
import type { TransposedOperation } from './operation';

const key = (channel: number, row: number, col: number) => `${channel}:${row}:${col}`;

function scatterColumns(op: TransposedOperation, index: number, formatValue: FormatValue): FigureColumn[] {
  const step = op.scatterAt(index);
  const { sums, reached } = op.sumsAt(index);
  const written = new Set(step.targets.filter((t) => !t.cropped).map((t) => key(t.channel, t.row, t.col)));
  const outChannels = [...new Set(step.targets.map((t) => t.channel))];
  const from = step.in.channel;
  const several = op.kernel.length * op.kernel[0]!.length > 1;
  return [
    {
      heading: 'Input',
      role: 'input',
      panels: op.input.map((plane, c) =>
        panel(channelLabel(c, op.input.length), plane.length, plane[0]!.length, (r, col) => ({
          text: formatValue(plane[r]![col]!),
          state: c === from && r === step.in.row && col === step.in.col ? 'window' : 'plain',
        })),
      ),
    },
    {
      heading: 'Kernel',
      role: 'kernel',
      // kernel[in][out]: the slices that carry this input channel to each output channel it reaches.
      panels: outChannels.map((o) =>
        valuePanel(
          several ? `filter ${o + 1}, channel ${from + 1}` : '',
          op.kernel[from]![o % op.kernel[from]!.length]!,
          'kernel',
          formatValue,
        ),
      ),
    },
    {
      heading: 'Output',
      role: 'output',
      panels: sums.map((plane, c) =>
        panel(channelLabel(c, sums.length), plane.length, plane[0]!.length, (r, col) => {
          if (written.has(key(c, r, col))) return { text: formatValue(plane[r]![col]!), state: 'current' };
          if (!reached[c]![r]![col]) return { text: '', state: 'pending' };
          return { text: formatValue(plane[r]![col]!), state: 'done' };
        }),
      ),
    },
  ];
}

function gatherColumns(op: TransposedOperation, index: number, formatValue: FormatValue): FigureColumn[] {
  const step = op.gatherAt(index);
  const read = new Set(step.window.map((cell) => key(cell.channel, cell.row, cell.col)));
  const { input, weight, kinds } = op.gather;
  const filter = step.out.channel;
  return [
    {
      heading: 'Stretched input',
      role: 'input',
      panels: input.map((plane, c) =>
        panel(channelLabel(c, input.length), plane.length, plane[0]!.length, (r, col) => {
          const real = kinds[r]![col] === 'input';
          const state = read.has(key(c, r, col)) ? 'window' : real ? 'plain' : 'padding';
          return { text: real ? formatValue(plane[r]![col]!) : '', state };
        }),
      ),
    },
    {
      heading: 'Kernel, rotated',
      role: 'kernel',
      panels: weight[filter]!.map((plane, c) =>
        valuePanel(
          weight.length * weight[filter]!.length > 1 ? `filter ${filter + 1}, channel ${c + 1}` : '',
          plane,
          'kernel',
          formatValue,
        ),
      ),
    },
    { heading: 'Output', role: 'output', panels: outputPanels(op.output, index, formatValue) },
  ];
}

export const columns: ModeFigure['columns'] = (_config, operation, step, format) => {
  const op = narrowFamily<TransposedOperation>(operation, 'transposed');
  return op.view === 'scatter' ? scatterColumns(op, step, format) : gatherColumns(op, step, format);
};
