/**
 * A transposed convolution, derived once per configuration: the values, the validated geometry,
 * the output, and both ways of stepping through it — scatter (one step per input cell, stamping the
 * kernel onto the output) and gather (the equal ordinary convolution, one step per output cell).
 */
import {
  convStepAt,
  convStepCount,
  convTranspose2d,
  convTransposeStepAt,
  convTransposeStepCount,
  gatherEquivalent,
  planConv,
  planConvTranspose,
  runningSumsFor,
  type ConvStep,
  type GatherEquivalent,
  type ScatterRunningSums,
  type ScatterStep,
  type Tensor3,
  type Tensor4,
  type TransposeGeometry,
} from '../../compute';
import { narrowOperation, type OperationBase } from '../operation';
import type { Config, TransposeView } from '../types';
import { cachedSteps } from '../window/operation';

/** Upsampling is what a transposed convolution is for: it opens doubling the input. */
export const DEFAULT_STRIDE: [number, number] = [2, 2];

/** The largest output the stage draws legibly, per side: bounds the work before it is done. */
export const MAX_OUTPUT_SIDE = 32;

export interface TransposedOperation extends OperationBase {
  family: 'transposed';
  view: TransposeView;
  /** [inChannel][outChannel][row][col]: PyTorch's layout, as the user edits it. */
  kernel: Tensor4;
  geometry: TransposeGeometry;
  /** Scatter: the step spreading input cell `index`. */
  scatterAt: (index: number) => ScatterStep;
  scatterCount: number;
  /** Scatter: every output cell's sum after steps 0…index. */
  sumsAt: (index: number) => ScatterRunningSums;
  /** Gather: the equal convolution of the stretched, padded input with the rotated kernel. */
  gather: GatherEquivalent;
  gatherAt: (index: number) => ConvStep;
  gatherCount: number;
}

export const asTransposed = (op: OperationBase): TransposedOperation =>
  narrowOperation<TransposedOperation>(op, 'transposed');

/** Every cell of a grid asks for the same step's sums: keep the last answer. */
function lastOnly<T>(compute: (index: number) => T): (index: number) => T {
  let last: { index: number; value: T } | null = null;
  return (index) => {
    if (last?.index !== index) last = { index, value: compute(index) };
    return last.value;
  };
}

function checkSize(g: TransposeGeometry): void {
  if (g.outHeight > MAX_OUTPUT_SIDE || g.outWidth > MAX_OUTPUT_SIDE)
    throw new Error(
      `The output would be ${g.outHeight}×${g.outWidth}; Kernelwise draws outputs up to ${MAX_OUTPUT_SIDE}×${MAX_OUTPUT_SIDE}. Use a smaller input, stride, kernel or dilation.`,
    );
}

export function deriveTransposed(
  config: Config,
  stride: [number, number],
  input: Tensor3,
  kernel: Tensor4,
): TransposedOperation {
  if (typeof config.pad === 'string')
    throw new Error(
      `A transposed convolution takes its padding as a number of cells (0–3), not "${config.pad}": padding crops that many cells off each side of the output.`,
    );
  const opts = {
    stride,
    padding: config.pad,
    outputPadding: config.outpad,
    dilation: config.dilation,
  };
  const plan = planConvTranspose(input, kernel, opts);
  checkSize(plan.geometry);
  const output = convTranspose2d(input, kernel, opts);
  const scatterCount = convTransposeStepCount(plan);
  const sums = runningSumsFor(input, kernel, plan);
  const gather = gatherEquivalent(input, kernel, opts);
  const gatherOpts = { dilation: gather.dilation, bias: gather.bias };
  const gatherPlan = planConv(gather.input, gather.weight, gatherOpts);
  const gatherCount = convStepCount(gatherPlan);
  return {
    family: 'transposed',
    view: config.view,
    stepCount: config.view === 'scatter' ? scatterCount : gatherCount,
    input,
    kernel,
    output,
    geometry: plan.geometry,
    scatterAt: cachedSteps(scatterCount, (i) => convTransposeStepAt(input, kernel, plan, i)),
    scatterCount,
    sumsAt: lastOnly(sums),
    gather,
    gatherAt: cachedSteps(gatherCount, (i) => convStepAt(gather.input, gather.weight, gatherPlan, i)),
    gatherCount,
  };
}
