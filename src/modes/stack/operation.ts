/**
 * The stack view's operation: no arithmetic to play, only cells to select. Step i is one cell of
 * one feature map, counted layer by layer (the first layer's output first), row then column; the
 * selected cell is the step, so playback walks every cell, the slider scrubs them, and a link's
 * `step` reopens the same selection.
 */
import { stackLayerName, stackSizes, type LayerStack } from '../../compute/stackGeometry';
import { narrowOperation, type OperationBase } from '../operation';

export interface StackCell {
  /** 1 = the first layer's output. */
  layer: number;
  row: number;
  col: number;
}

export interface StackOperation extends OperationBase {
  family: 'stack';
  stack: LayerStack;
  /** Feature-map sides, the input's first. */
  sizes: number[];
  cellAt: (step: number) => StackCell;
  stepOf: (cell: StackCell) => number;
}

export const asStack = (op: OperationBase): StackOperation => narrowOperation<StackOperation>(op, 'stack');

export function deriveStack(stack: LayerStack): StackOperation {
  const sizes = stackSizes(stack);
  // first[l]: the step of layer l's cell (0, 0).
  const first = [0, 0];
  for (let l = 1; l < sizes.length; l++) first.push(first[l]! + sizes[l]! ** 2);
  const last = sizes.length - 1;
  return {
    family: 'stack',
    stepCount: first[last + 1]!,
    // No values: the view draws positions, not numbers.
    input: [[[0]]],
    kernel: null,
    output: [[[0]]],
    stack,
    sizes,
    cellAt: (step) => {
      let layer = 1;
      while (layer < last && step >= first[layer + 1]!) layer++;
      const i = step - first[layer]!;
      return { layer, row: Math.floor(i / sizes[layer]!), col: i % sizes[layer]! };
    },
    stepOf: ({ layer, row, col }) => first[layer]! + row * sizes[layer]! + col,
  };
}

export function describeStackStep(op: OperationBase, step: number): string {
  const s = asStack(op);
  const { layer, row, col } = s.cellAt(step);
  const n = s.sizes[layer]!;
  return `layer ${layer} (${stackLayerName(s.stack.layers[layer - 1]!)}), row ${row}, column ${col} of its ${n}×${n} map`;
}
