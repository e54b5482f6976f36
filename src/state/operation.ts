/**
 * The operation a configuration describes, derived once per configuration: the input and kernel
 * values, the validated geometry, the full output, and a memoized lookup of any step.
 * Views read this; they never run the arithmetic themselves.
 */
import {
  avgPoolStepAt,
  conv2d,
  convStepAt,
  convStepCount,
  planConv,
  planPool,
  poolStepAt,
  poolStepCount,
  randomTensor3,
  randomTensor4,
  type AvgPoolStep,
  type ConvOptions,
  type ConvPlan,
  type ConvStep,
  type Geometry,
  type PoolPlan,
  type PoolStep,
  type Tensor3,
  type Tensor4,
} from '../compute';
import { avgPool2d, maxPool2d, relu3 } from '../compute';
import { effectiveStride, PIPELINE_CONV_KERNEL, type Config } from './config';

export type AnyStep =
  ({ kind: 'conv' } & ConvStep) | ({ kind: 'max' } & PoolStep) | ({ kind: 'avg' } & AvgPoolStep);

export interface Operation {
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
  /** The classic pipeline: the image and the 3×3 conv that made `input`. */
  pipeline: { image: Tensor3; kernel: Tensor4; featureMap: Tensor3 } | null;
}

/** Keeps edited values where they still fit; new cells come from the seeded generator. */
export function fitTensor3(edited: Tensor3 | null, generated: Tensor3): Tensor3 {
  if (!edited) return generated;
  return generated.map((plane, c) => plane.map((row, r) => row.map((v, col) => edited[c]?.[r]?.[col] ?? v)));
}

export function fitTensor4(edited: Tensor4 | null, generated: Tensor4): Tensor4 {
  if (!edited) return generated;
  return generated.map((filter, o) =>
    filter.map((plane, c) => fitTensor3(edited[o]?.[c] ? [edited[o]![c]!] : null, [plane])[0]!),
  );
}

export function inputShape(config: Config): { channels: number; height: number; width: number } {
  const channels =
    config.mode === 'maxpool' && config.pipeline ? 1 : config.mode === 'dilated' ? 1 : config.cin;
  return { channels, height: config.size[0], width: config.size[1] };
}

/** [out][in][h][w] of the kernel the user edits; null where the view has no weights. */
export function kernelShape(config: Config): [number, number, number, number] | null {
  if (config.mode === 'maxpool')
    return config.pipeline ? [1, 1, PIPELINE_CONV_KERNEL, PIPELINE_CONV_KERNEL] : null;
  const outChannels = config.mode === 'dilated' ? 1 : config.cout;
  const [kh, kw] = config.mode === 'pointwise' ? [1, 1] : config.k;
  return [outChannels, inputShape(config).channels, kh, kw];
}

export function inputValues(config: Config): Tensor3 {
  const { channels, height, width } = inputShape(config);
  return fitTensor3(config.input, randomTensor3(config.seed, channels, height, width));
}

export function kernelValues(config: Config): Tensor4 | null {
  const shape = kernelShape(config);
  return shape ? fitTensor4(config.kernel, randomTensor4(config.seed, ...shape)) : null;
}

function convOptions(config: Config): ConvOptions {
  const pad = config.pad;
  return {
    stride: config.mode === 'pointwise' ? 1 : effectiveStride(config),
    padding: config.mode === 'pointwise' ? 0 : pad,
    dilation: config.mode === 'pointwise' ? 1 : config.dilation,
  };
}

/** Per-index cache: playback and hover ask for the same few steps again and again. */
function cachedSteps(count: number, build: (i: number) => AnyStep): (index: number) => AnyStep {
  const cache = new Map<number, AnyStep>();
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

/** Throws the compute module's message when the configuration has no valid output. */
export function deriveOperation(config: Config): Operation {
  if (config.mode === 'maxpool') return derivePool(config);
  const input = inputValues(config);
  const kernel = kernelValues(config)!;
  const opts = convOptions(config);
  const plan: ConvPlan = planConv(input, kernel, opts);
  const output = conv2d(input, kernel, opts);
  const count = convStepCount(plan);
  return {
    kind: 'conv',
    input,
    kernel,
    geometry: plan.geometry,
    stepCount: count,
    output,
    shownOutput: config.mode === 'pointwise' && config.relu ? relu3(output) : output,
    stepAt: cachedSteps(count, (i) => ({ kind: 'conv', ...convStepAt(input, kernel, plan, i) })),
    pipeline: null,
  };
}

function derivePool(config: Config): Operation {
  let input = inputValues(config);
  let pipeline: Operation['pipeline'] = null;
  if (config.pipeline) {
    const kernel = kernelValues(config)!;
    const featureMap = conv2d(input, kernel);
    pipeline = { image: input, kernel, featureMap };
    input = featureMap;
  }
  const opts = { kernelSize: config.k, stride: effectiveStride(config), padding: config.pad };
  const kind = config.pool;
  const plan: PoolPlan = planPool(input, opts, kind);
  const count = poolStepCount(plan);
  const output = kind === 'max' ? maxPool2d(input, opts) : avgPool2d(input, opts);
  const stepAt =
    kind === 'max'
      ? cachedSteps(count, (i) => ({ kind: 'max', ...poolStepAt(input, plan, i) }))
      : cachedSteps(count, (i) => ({ kind: 'avg', ...avgPoolStepAt(input, plan, i) }));
  return {
    kind,
    input,
    kernel: null,
    geometry: plan.geometry,
    stepCount: count,
    output,
    shownOutput: output,
    stepAt,
    pipeline,
  };
}
