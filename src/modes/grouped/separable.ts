/**
 * The depthwise-separable block as one operation: a k×k depthwise convolution (groups = C_in, one
 * filter per channel, carrying the stride, padding and dilation), then a 1×1 pointwise convolution
 * C_in → C_out on its result. Its steps are the two stages' steps one after the other, so one step
 * counter runs through both. As in PyTorch's usual block and Keras's SeparableConv2D, only the
 * pointwise stage has a bias (a depthwise bias would be absorbed by it).
 */
import { randomTensor4, type ConvOptions, type Tensor3, type Tensor4 } from '../../compute';
import { narrowOperation, type OperationBase } from '../operation';
import { deriveConv, type AnyStep, type WindowOperation } from '../window/operation';

export type SeparableStage = 'depthwise' | 'pointwise';

export interface SeparableOperation extends OperationBase {
  family: 'separable';
  depthwise: WindowOperation;
  /** Reads the depthwise stage's output. */
  pointwise: WindowOperation;
  /** The depthwise weights [C_in][1][kh][kw], which the user edits. */
  kernel: Tensor4;
  /** Which stage the step at `index` (0 … both stages' steps − 1) belongs to, and that stage's own step. */
  stageAt: (index: number) => { stage: SeparableStage; local: number; step: AnyStep };
}

export const asSeparable = (op: OperationBase): SeparableOperation =>
  narrowOperation<SeparableOperation>(op, 'separable');

/** The 1×1 weights come from their own stream of the seed, apart from the input's and the depthwise kernel's. */
const POINTWISE_STREAM = 0x27d4eb2f;

export function pointwiseWeights(seed: number, inChannels: number, outChannels: number): Tensor4 {
  return randomTensor4((seed ^ POINTWISE_STREAM) >>> 0, outChannels, inChannels, 1, 1);
}

export function deriveSeparable(
  input: Tensor3,
  depthwiseKernel: Tensor4,
  pointwiseKernel: Tensor4,
  opts: Pick<ConvOptions, 'stride' | 'padding' | 'dilation' | 'bias'>,
): SeparableOperation {
  const { bias, ...spatial } = opts;
  const depthwise = deriveConv(input, depthwiseKernel, { ...spatial, groups: input.length });
  const pointwise = deriveConv(depthwise.output, pointwiseKernel, {
    stride: 1,
    padding: 0,
    dilation: 1,
    ...(bias && { bias }),
  });
  const first = depthwise.stepCount;
  return {
    family: 'separable',
    stepCount: first + pointwise.stepCount,
    input,
    kernel: depthwiseKernel,
    output: pointwise.output,
    depthwise,
    pointwise,
    stageAt: (index) => {
      const i = Math.min(Math.max(0, Math.trunc(index)), first + pointwise.stepCount - 1);
      return i < first
        ? { stage: 'depthwise', local: i, step: depthwise.stepAt(i) }
        : { stage: 'pointwise', local: i - first, step: pointwise.stepAt(i - first) };
    },
  };
}
