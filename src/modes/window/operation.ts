/**
 * The window family (standard, dilated, pointwise convolution and pooling): a window slides over the
 * input and each step fills one output cell. Derived once per configuration: the values, the
 * validated geometry, the whole output, and a memoized lookup of any step.
 */
import {
  avgPool2d,
  avgPoolStepAt,
  conv2d,
  convStepAt,
  convStepCount,
  maxPool2d,
  planConv,
  planPool,
  poolStepAt,
  poolStepCount,
  type AvgPoolStep,
  type ConvOptions,
  type ConvStep,
  type Geometry,
  type PoolStep,
  type Tensor3,
  type Tensor4,
} from '../../compute';
import { narrowOperation, type OperationBase } from '../operation';
import type { PoolKind } from '../types';

export type AnyStep =
  ({ kind: 'conv' } & ConvStep) | ({ kind: 'max' } & PoolStep) | ({ kind: 'avg' } & AvgPoolStep);

export interface WindowOperation extends OperationBase {
  family: 'window';
  kind: 'conv' | 'max' | 'avg';
  /** What the step windows read (for the pipeline: the convolution's feature map). */
  input: Tensor3;
  /** Conv weights [out][in][row][col]; for pooling, null (the pipeline's conv weights are in `pipeline`). */
  kernel: Tensor4 | null;
  geometry: Geometry;
  stepCount: number;
  output: Tensor3;
  /** Output after ReLU where the view applies it, else the same array. */
  shownOutput: Tensor3;
  stepAt: (index: number) => AnyStep;
  /** What a padding cell holds: 0 for convolution, −∞ for max pooling (padding never wins). */
  padValue: number;
  /** Convolution windows read every input channel of their group at once; a pooling window only its own. */
  windowSpansChannels: boolean;
  /** PyTorch's groups: filter o reads only the input channels of its group (1 for standard and pooling). */
  groups: number;
  /** One bias per filter, added last; null where the view has none. */
  bias: number[] | null;
  /** The classic pipeline: the image and the 3×3 conv that made `input`. */
  pipeline: { image: Tensor3; kernel: Tensor4; featureMap: Tensor3 } | null;
}

export const asWindow = (op: OperationBase): WindowOperation =>
  narrowOperation<WindowOperation>(op, 'window');

/** Per-index cache: playback and hover ask for the same few steps again and again. */
export function cachedSteps<S>(count: number, build: (i: number) => S): (index: number) => S {
  const cache = new Map<number, S>();
  return (index) => {
    const i = Math.min(Math.max(0, Math.trunc(index)), count - 1);
    let step = cache.get(i);
    if (!step) {
      if (cache.size > 512) cache.clear();
      step = build(i);
      cache.set(i, step);
    }
    return step;
  };
}

/** A convolution over `input`; `shown` maps the output to what the view draws (ReLU, say). */
export function deriveConv(
  input: Tensor3,
  kernel: Tensor4,
  opts: ConvOptions,
  shown: (output: Tensor3) => Tensor3 = (o) => o,
): WindowOperation {
  const plan = planConv(input, kernel, opts);
  const output = conv2d(input, kernel, opts);
  const count = convStepCount(plan);
  return {
    family: 'window',
    kind: 'conv',
    input,
    kernel,
    geometry: plan.geometry,
    stepCount: count,
    output,
    shownOutput: shown(output),
    stepAt: cachedSteps(count, (i) => ({ kind: 'conv', ...convStepAt(input, kernel, plan, i) })),
    padValue: 0,
    windowSpansChannels: true,
    groups: plan.groups,
    bias: opts.bias ?? null,
    pipeline: null,
  };
}

export interface PoolSettings {
  kernelSize: [number, number];
  stride: [number, number];
  padding: ConvOptions['padding'];
}

export function derivePool(input: Tensor3, opts: PoolSettings, kind: PoolKind): WindowOperation {
  const poolOpts = { kernelSize: opts.kernelSize, stride: opts.stride, padding: opts.padding ?? 0 };
  const plan = planPool(input, poolOpts, kind);
  const count = poolStepCount(plan);
  const output = kind === 'max' ? maxPool2d(input, poolOpts) : avgPool2d(input, poolOpts);
  const stepAt: (index: number) => AnyStep =
    kind === 'max'
      ? cachedSteps(count, (i) => ({ kind: 'max', ...poolStepAt(input, plan, i) }))
      : cachedSteps(count, (i) => ({ kind: 'avg', ...avgPoolStepAt(input, plan, i) }));
  return {
    family: 'window',
    kind,
    input,
    kernel: null,
    geometry: plan.geometry,
    stepCount: count,
    output,
    shownOutput: output,
    stepAt,
    padValue: kind === 'max' ? -Infinity : 0,
    windowSpansChannels: false,
    groups: 1,
    bias: null,
    pipeline: null,
  };
}
