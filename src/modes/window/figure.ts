/**
 * The window family's figure of one step: the input with its padding and the window's cells, the
 * current filter's kernel slices, and the output filled up to this step (for the classic pipeline,
 * the image and its 3×3 convolution first). Read straight from the operation's step and output.
 */
import {
  channelLabel,
  narrowFamily,
  panel,
  type FigureColumn,
  type FigurePanel,
  type FormatValue,
  type ModeFigure,
} from '../../figure/panels';
import type { Tensor3 } from '../../compute';
import type { WindowOperation } from './operation';

const key = (channel: number, row: number, col: number) => `${channel}:${row}:${col}`;

export const valuePanel = (
  label: string,
  plane: number[][],
  state: 'plain' | 'kernel',
  format: FormatValue,
): FigurePanel =>
  panel(label, plane.length, plane[0]!.length, (r, c) => ({ text: format(plane[r]![c]!), state }));

/** Output cells in step order: channel, row, column (contract §1); those after `step` show no number. */
export function outputPanels(output: Tensor3, step: number, format: FormatValue): FigurePanel[] {
  return output.map((plane, c) => {
    const cols = plane[0]!.length;
    return panel(channelLabel(c, output.length), plane.length, cols, (r, col) => {
      const index = (c * plane.length + r) * cols + col;
      if (index > step) return { text: '', state: 'pending' };
      return { text: format(plane[r]![col]!), state: index === step ? 'current' : 'done' };
    });
  });
}

/** Input, kernel and output columns of one window operation at its own step `step`. */
export function windowColumns(
  op: WindowOperation,
  step: number,
  headings: { input: string; kernel: string; output: string },
  format: FormatValue,
): FigureColumn[] {
  const current = op.stepAt(step);
  const read = new Set(current.window.map((cell) => key(cell.channel, cell.row, cell.col)));
  const winner =
    current.kind === 'max' ? key(current.argmax.channel, current.argmax.row, current.argmax.col) : null;
  const { padding: pad, inputHeight, inputWidth } = op.geometry;
  const inputs = op.input.map((plane, c) =>
    panel(
      channelLabel(c, op.input.length),
      inputHeight + pad.top + pad.bottom,
      inputWidth + pad.left + pad.right,
      (r, col) => {
        const [row, column] = [r - pad.top, col - pad.left];
        const k = key(c, row, column);
        const padded = row < 0 || column < 0 || row >= inputHeight || column >= inputWidth;
        const state = k === winner ? 'argmax' : read.has(k) ? 'window' : padded ? 'padding' : 'plain';
        return { text: padded ? '' : format(plane[row]![column]!), state };
      },
    ),
  );
  const columns: FigureColumn[] = [{ heading: headings.input, role: 'input', panels: inputs }];
  if (op.kernel) {
    // Only the filter this step applies: the slices it multiplies, named by their input channel.
    const filter = current.out.channel;
    const slices = op.kernel[filter]!;
    const firstChannel = Math.floor(filter / (op.output.length / op.groups)) * slices.length;
    const several = op.kernel.length * slices.length > 1;
    columns.push({
      heading: headings.kernel,
      role: 'kernel',
      panels: slices.map((plane, i) =>
        valuePanel(
          several ? `filter ${filter + 1}, channel ${firstChannel + i + 1}` : '',
          plane,
          'kernel',
          format,
        ),
      ),
    });
  }
  columns.push({
    heading: headings.output,
    role: 'output',
    panels: outputPanels(op.shownOutput, step, format),
  });
  return columns;
}

export const columns: ModeFigure['columns'] = (_config, operation, step, format) => {
  const op = narrowFamily<WindowOperation>(operation, 'window');
  const names = op.pipeline
    ? { input: 'Feature map', kernel: 'Kernel', output: 'Pooled' }
    : { input: 'Input', kernel: 'Kernel', output: 'Output' };
  const window = windowColumns(op, step, names, format);
  if (!op.pipeline) return window;
  return [
    {
      heading: 'Image',
      role: 'input',
      panels: op.pipeline.image.map((p) => valuePanel('', p, 'plain', format)),
    },
    {
      heading: 'Conv 3×3',
      role: 'kernel',
      panels: [valuePanel('', op.pipeline.kernel[0]![0]!, 'kernel', format)],
    },
    ...window,
  ];
};
