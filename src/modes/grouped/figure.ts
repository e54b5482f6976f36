/**
 * The grouped view's figure: a grouped convolution is a window operation (its filters' slices are
 * named by their own input channels); the separable block shows both stages, the one not playing
 * complete or empty as on the page.
 */
import { narrowFamily, type FigureColumn, type FormatValue, type ModeFigure } from '../../figure/panels';
import { columns as windowFigureColumns, outputPanels, windowColumns } from '../window/figure';
import type { SeparableOperation } from './separable';

function separableColumns(op: SeparableOperation, index: number, format: FormatValue): FigureColumn[] {
  const { stage, local } = op.stageAt(index);
  if (stage === 'depthwise') {
    const columns = windowColumns(
      op.depthwise,
      local,
      {
        input: 'Input',
        kernel: 'Depthwise kernel',
        output: 'Depthwise output',
      },
      format,
    );
    const empty = outputPanels(op.pointwise.output, -1, format);
    return [...columns, { heading: 'Output', role: 'output', panels: empty }];
  }
  // The input as the whole depthwise stage read it: no window on it any more.
  const [input] = windowColumns(
    op.depthwise,
    op.depthwise.stepCount - 1,
    {
      input: 'Input',
      kernel: '',
      output: '',
    },
    format,
  );
  const settled = input!.panels.map((p) => ({
    ...p,
    cells: p.cells.map((c) => ({ ...c, state: c.state === 'padding' ? c.state : ('plain' as const) })),
  }));
  const pointwise = windowColumns(
    op.pointwise,
    local,
    {
      input: 'Depthwise output',
      kernel: 'Pointwise kernel',
      output: 'Output',
    },
    format,
  );
  return [{ ...input!, panels: settled }, ...pointwise];
}

export const columns: ModeFigure['columns'] = (config, op, step, format) =>
  op.family === 'separable'
    ? separableColumns(narrowFamily<SeparableOperation>(op, 'separable'), step, format)
    : windowFigureColumns(config, op, step, format);
