/**
 * Our conv2d against tfjs-core's CPU backend, like for like: our API takes and returns nested arrays,
 * so tfjs is timed from the same nested arrays to nested arrays (tensor creation, NCHW↔NHWC
 * transposes, conv, arraySync). tfjs's conv2d alone, on tensors built beforehand, is printed too.
 * A depthwise case (groups = C_in, MobileNet's first separable layer) is timed against tfjs's
 * depthwiseConv2d. Medians of several runs after a warm-up. Nothing here passes or fails on time.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, test } from 'vitest';
import {
  conv2d,
  convSteps,
  convTranspose2d,
  convTransposeOutputSize,
  convTransposeStepCount,
  convTransposeSteps,
  mulberry32,
  planConvTranspose,
  runningSumsFor,
  type Tensor3,
  type Tensor4,
} from '../src/compute';
import {
  fromNHWC,
  readyTf,
  tfConv2d,
  tfConv2dTensors,
  tfDepthwiseConv2d,
  tfDepthwiseConv2dTensors,
  toDepthwiseFilter,
  toHWIO,
  toNHWC,
  type TfConvOptions,
} from '../src/compute/testing/tfjsReference';

interface Case {
  name: string;
  input: Tensor3;
  weight: Tensor4;
  padding: number;
  runs: number;
  steps?: boolean;
  /** Only groups = C_in (depthwise), which tfjs has as depthwiseConv2d. */
  groups?: number;
}

/** Floats in [-10, 10) from a fixed seed, so every run times the same numbers. */
function tensor3(seed: number, channels: number, height: number, width: number): Tensor3 {
  const next = mulberry32(seed);
  return Array.from({ length: channels }, () =>
    Array.from({ length: height }, () => Array.from({ length: width }, () => next() * 20 - 10)),
  );
}

function tensor4(
  seed: number,
  outChannels: number,
  inChannels: number,
  height: number,
  width: number,
): Tensor4 {
  return Array.from({ length: outChannels }, (_, o) => tensor3(seed * 1000 + o, inChannels, height, width));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

let sink: unknown;

/** Median milliseconds of `runs` timed calls, after `warmup` untimed ones. */
function timeMs(run: () => unknown, runs: number, warmup = Math.max(3, Math.ceil(runs / 5))): number {
  for (let i = 0; i < warmup; i++) sink = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const cases: Case[] = [
  {
    name: 'conv2d 32×32×8 → 3×3 → 16, padding 1',
    input: tensor3(1, 8, 32, 32),
    weight: tensor4(2, 16, 8, 3, 3),
    padding: 1,
    runs: 41,
    steps: true,
  },
  {
    name: 'conv2d 512×512×1 → 3×3 → 1, padding 1',
    input: tensor3(3, 1, 512, 512),
    weight: tensor4(4, 1, 1, 3, 3),
    padding: 1,
    runs: 15,
  },
  {
    name: 'conv2d 512×512×1 → 7×7 → 1, padding 3',
    input: tensor3(5, 1, 512, 512),
    weight: tensor4(6, 1, 1, 7, 7),
    padding: 3,
    runs: 11,
  },
  {
    name: 'depthwise 112×112×32 → 3×3, groups 32, padding 1',
    input: tensor3(7, 32, 112, 112),
    weight: tensor4(8, 32, 1, 3, 3),
    padding: 1,
    runs: 11,
    groups: 32,
  },
];

const ms = (x: number) => Number(x.toPrecision(3));
const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

beforeAll(readyTf);

test('compute benchmark: medians in ms (ours vs tfjs-core CPU backend)', () => {
  const rows: Record<string, number | string>[] = [];
  const stepRows: Record<string, number | string>[] = [];
  for (const c of cases) {
    const p = c.padding;
    const tfOpts: TfConvOptions = {
      stride: [1, 1],
      dilation: [1, 1],
      padding: { top: p, bottom: p, left: p, right: p },
    };
    const opts = { padding: p, ...(c.groups !== undefined && { groups: c.groups }) };
    const depthwise = c.groups !== undefined;
    const tfNested = depthwise ? tfDepthwiseConv2d : tfConv2d;
    // Same numbers out of both before anything is timed (float32 vs float64, so loosely).
    const ours = conv2d(c.input, c.weight, opts);
    const theirs = tfNested(c.input, c.weight, tfOpts);
    const theirsFlat = theirs.flat(2);
    let worst = 0;
    ours.flat(2).forEach((v, i) => (worst = Math.max(worst, Math.abs(v - theirsFlat[i]!))));
    expect(worst).toBeLessThan(1e-2);

    const oursMs = timeMs(() => conv2d(c.input, c.weight, opts), c.runs);
    const tfNestedMs = timeMs(() => tfNested(c.input, c.weight, tfOpts), c.runs);
    const x = toNHWC(c.input);
    const filter = depthwise ? tf.tensor4d(toDepthwiseFilter(c.weight, c.input.length)) : toHWIO(c.weight);
    const tfAloneMs = timeMs(() => {
      // the CPU backend computes eagerly
      const y = depthwise ? tfDepthwiseConv2dTensors(x, filter, tfOpts) : tfConv2dTensors(x, filter, tfOpts);
      y.dispose();
      return y;
    }, c.runs);
    x.dispose();
    filter.dispose();
    rows.push({
      case: c.name,
      'ours conv2d': ms(oursMs),
      'tfjs, nested arrays in+out (tensor creation + arraySync)': ms(tfNestedMs),
      'ratio ours/tfjs': ratio(oursMs, tfNestedMs),
      'tfjs conv2d alone (tensors pre-built)': ms(tfAloneMs),
      'ratio ours/tfjs-alone': ratio(oursMs, tfAloneMs),
    });
    if (c.steps) {
      const stepsMs = timeMs(() => convSteps(c.input, c.weight, { padding: p }), Math.ceil(c.runs / 2));
      stepRows.push({
        case: c.name.replace('conv2d', 'convSteps'),
        'ours convSteps': ms(stepsMs),
        steps: 16 * 32 * 32,
        'µs per step': Number(((stepsMs * 1000) / (16 * 32 * 32)).toFixed(2)),
      });
    }
  }
  console.log(
    `\nKernelwise compute benchmark — median ms (Node ${process.version}, tfjs-core ${tf.version_core}, backend ${tf.getBackend()})`,
  );
  console.table(rows);
  console.table(stepRows);
  expect(sink).toBeDefined();
});

/**
 * Transposed convolution against tfjs's conv2dTranspose (weight [in][out][kH][kW] → tfjs's
 * [kH, kW, out, in]), and the scatter view's per-step cost: running sums for an 8×8×4 input,
 * 7×7 kernels, 4 output channels, as playback asks for them.
 */
test('transposed convolution benchmark: medians in ms (ours vs tfjs-core CPU backend)', () => {
  const input = tensor3(11, 8, 32, 32);
  const weight = tensor4(12, 8, 8, 3, 3); // [in][out][kH][kW]
  const opts = { stride: 2 };
  const outSize = convTransposeOutputSize(32, 3, 2, 0, 1, 0);
  const filter = tf.tidy(() => tf.transpose(tf.tensor4d(weight), [2, 3, 1, 0]) as tf.Tensor4D);
  const outShape: [number, number, number, number] = [1, outSize, outSize, 8];
  const tfNested = () => {
    const y = tf.tidy(() => tf.conv2dTranspose(toNHWC(input), filter, outShape, 2, 'valid'));
    const nested = fromNHWC(y);
    y.dispose();
    return nested;
  };
  const ours = convTranspose2d(input, weight, opts);
  const theirs = tfNested().flat(2);
  let worst = 0;
  ours.flat(2).forEach((v, i) => (worst = Math.max(worst, Math.abs(v - theirs[i]!))));
  expect(worst).toBeLessThan(1e-2);

  const oursMs = timeMs(() => convTranspose2d(input, weight, opts), 41);
  const tfNestedMs = timeMs(tfNested, 41);
  const x = toNHWC(input);
  const tfAloneMs = timeMs(() => {
    const y = tf.conv2dTranspose(x, filter, outShape, 2, 'valid');
    y.dispose();
    return y;
  }, 41);
  x.dispose();
  filter.dispose();
  const stepsMs = timeMs(() => convTransposeSteps(input, weight, opts), 11);

  const small = tensor3(13, 4, 8, 8);
  const smallWeight = tensor4(14, 4, 4, 7, 7);
  const plan = planConvTranspose(small, smallWeight, { stride: 2, padding: 3, outputPadding: 1 });
  const setupMs = timeMs(() => runningSumsFor(small, smallWeight, plan), 41);
  const sumsAt = runningSumsFor(small, smallWeight, plan);
  const lastStep = convTransposeStepCount(plan) - 1;
  const lastMs = timeMs(() => sumsAt(lastStep), 101);
  const midMs = timeMs(() => sumsAt(lastStep >> 1), 101);

  console.log(
    `\nKernelwise transposed convolution — median ms (Node ${process.version}, tfjs-core ${tf.version_core})`,
  );
  console.table([
    {
      case: 'convTranspose2d 32×32×8 → 3×3 stride 2 → 8 (65×65)',
      'ours convTranspose2d': ms(oursMs),
      'tfjs, nested arrays in+out': ms(tfNestedMs),
      'ratio ours/tfjs': ratio(oursMs, tfNestedMs),
      'tfjs conv2dTranspose alone': ms(tfAloneMs),
      'ratio ours/tfjs-alone': ratio(oursMs, tfAloneMs),
      'ours convTransposeSteps (8192 steps)': ms(stepsMs),
    },
  ]);
  console.table([
    {
      case: 'running sums 8×8×4 → 7×7 → 4, stride 2 (256 steps)',
      'runningSumsFor setup': ms(setupMs),
      'sums at the last step': ms(lastMs),
      'sums at the middle step': ms(midMs),
    },
  ]);
});
