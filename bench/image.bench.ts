/**
 * The image view's worker against tfjs-core's CPU backend on the same data, in the same run: a
 * 512×512 RGB image through one 7×7 kernel on each channel (PyTorch: groups = 3; tfjs: a depthwise
 * convolution), zero padding 3. "Worker, whole request" is what the worker does for a new picture:
 * bytes → planes, the convolution, the colour scale; "weight edit" is a request on the picture the
 * worker already holds (no pixels sent, planes kept), what typing a weight costs. Wall and CPU time are both printed (a loaded machine
 * stretches wall time). Nothing here passes or fails on time.
 */
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, expect, test } from 'vitest';
import { mulberry32 } from '../src/compute';
import { convPlane } from '../src/compute/planes';
import { readyTf } from '../src/compute/testing/tfjsReference';
import { handleRequest } from '../src/modes/image/handler';
import type { ImageRequest } from '../src/modes/image/protocol';
import { toPlanes } from '../src/modes/image/tensor';

const SIDE = 512;
const K = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

let sink: unknown;
function timeMs(run: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) sink = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median CPU milliseconds of this process: on a shared, loaded machine, closer to the code's own cost than wall time. */
function cpuMs(run: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    sink = run();
    times.push(process.cpuUsage(start).user / 1000);
  }
  return median(times);
}

beforeAll(readyTf);

test('image view: 512×512 RGB through a 7×7 kernel, worker vs tfjs-core CPU (median ms)', () => {
  const next = mulberry32(42);
  const rgba = new Uint8ClampedArray(SIDE * SIDE * 4).map((_, i) =>
    i % 4 === 3 ? 255 : Math.floor(next() * 256),
  );
  const weights = Float64Array.from({ length: K * K }, () => next() * 2 - 1);
  const request = (held = false): ImageRequest => ({
    id: 1,
    pictureId: 1,
    width: SIDE,
    height: SIDE,
    rgba: held ? null : rgba,
    color: 'rgb',
    op: 'conv',
    kernelSize: [K, K],
    weights,
    stride: [1, 1],
    padding: 3,
    dilation: [1, 1],
  });
  const planes = toPlanes({ width: SIDE, height: SIDE, rgba }, 'rgb');

  // tfjs: NHWC input, a [7, 7, 3, 1] depthwise filter (the same kernel on each channel).
  const nhwc = new Float32Array(SIDE * SIDE * 3);
  for (let i = 0; i < SIDE * SIDE; i++) for (let c = 0; c < 3; c++) nhwc[i * 3 + c] = planes[c]![i]!;
  const filterData = new Float32Array(K * K * 3);
  for (let i = 0; i < K * K; i++) for (let c = 0; c < 3; c++) filterData[i * 3 + c] = weights[i]!;
  const x = tf.tensor4d(nhwc, [1, SIDE, SIDE, 3]);
  const filter = tf.tensor4d(filterData, [K, K, 3, 1]);
  // A 7×7 kernel at stride 1: 'same' is 3 zeros on every side, as padding 3 is for ours.
  const pad = 'same' as const;
  const tfAlone = () => {
    const y = tf.depthwiseConv2d(x, filter, 1, pad);
    y.dispose();
    return y;
  };
  const tfTyped = () =>
    tf.tidy(() => tf.depthwiseConv2d(tf.tensor4d(nhwc, [1, SIDE, SIDE, 3]), filter, 1, pad).dataSync());

  // The same numbers before anything is timed (tfjs computes in float32).
  const ours = handleRequest(request()).response;
  if (!ours.ok) throw new Error(ours.message);
  const theirs = tfTyped();
  let worst = 0;
  for (let i = 0; i < SIDE * SIDE; i++)
    for (let c = 0; c < 3; c++) worst = Math.max(worst, Math.abs(ours.planes[c]![i]! - theirs[i * 3 + c]!));
  expect(worst).toBeLessThan(1e-2);

  const runs = 15;
  const wholeMs = timeMs(() => handleRequest(request()), runs);
  const editMs = timeMs(() => handleRequest(request(true)), runs);
  const convMs = timeMs(
    () =>
      planes.map((data) => convPlane({ width: SIDE, height: SIDE, data }, weights, [K, K], { padding: 3 })),
    runs,
  );
  const tfTypedMs = timeMs(tfTyped, 5, 1);
  const tfAloneMs = timeMs(tfAlone, runs);
  const wholeCpu = cpuMs(() => handleRequest(request()), runs);
  const editCpu = cpuMs(() => handleRequest(request(true)), runs);
  const tfAloneCpu = cpuMs(tfAlone, runs);
  x.dispose();
  filter.dispose();
  const r = (a: number, b: number) => Number((a / b).toFixed(2));
  const ms = (v: number) => Number(v.toPrecision(3));
  console.log(
    `\nKernelwise image worker, 512×512 RGB, 7×7 on each channel, padding 3 — median ms (Node ${process.version}, tfjs-core ${tf.version_core}, backend ${tf.getBackend()})`,
  );
  // One measure a line: eleven columns side by side do not fit a terminal.
  console.table({
    'worker, whole request (bytes → planes → conv → colours)': ms(wholeMs),
    'worker, weight edit (picture held: conv → colours)': ms(editMs),
    'worker convolution alone (3 planes)': ms(convMs),
    'tfjs depthwiseConv2d, typed arrays in+out': ms(tfTypedMs),
    'tfjs depthwiseConv2d alone (tensors pre-built)': ms(tfAloneMs),
    'ratio whole/tfjs-typed': r(wholeMs, tfTypedMs),
    'ratio conv/tfjs-alone': r(convMs, tfAloneMs),
    'ratio edit/tfjs-alone': r(editMs, tfAloneMs),
    'CPU ms: worker whole request': ms(wholeCpu),
    'CPU ms: worker weight edit': ms(editCpu),
    'CPU ms: tfjs alone': ms(tfAloneCpu),
  });
  expect(sink).toBeDefined();
});
