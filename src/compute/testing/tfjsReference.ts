/**
 * TensorFlow.js (CPU backend) as a second, independent oracle for tests and the benchmark. Our layout
 * is PyTorch's channel-first [C][H][W] input and [O][C][kH][kW] weight; tfjs wants NHWC input and
 * HWIO filters, so everything is transposed in and out inside tfjs itself.
 *
 * What tfjs cannot stand in for, checked by probing tfjs-core 4.22 (see the tests' notes):
 *  - conv2d with a stride > 1 and a dilation > 1 together (tfjs throws): use the naive reference.
 *  - avgPool with padding: tfjs divides by the cells inside the input (count_include_pad=False),
 *    PyTorch by the whole window: use the naive reference.
 *  - dilated pooling: tf.pool ignores explicit padding when dilation > 1: use the naive reference.
 * depthwiseConv2d (groups = C_in) takes our weight once rearranged by toDepthwiseFilter; it has
 * conv2d's stride-and-dilation limit.
 * maxPool with explicit padding matches PyTorch (padding never wins; a window of padding alone is −∞).
 * tfjs computes in float32; compare with a tolerance scaled to the size of the terms summed.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { Tensor3, Tensor4 } from '../types';

type Pair2 = [number, number];

/** Per-side padding, or one of TensorFlow's names (tfjs's `same` is TensorFlow's own rule). */
export type TfPadding = 'same' | 'valid' | { top: number; bottom: number; left: number; right: number };

export interface TfConvOptions {
  stride: Pair2;
  padding: TfPadding;
  dilation: Pair2;
  bias?: number[];
}

export interface TfPoolOptions {
  kernelSize: Pair2;
  stride: Pair2;
  padding: TfPadding;
}

/** Call once (in a beforeAll) before any other function here. Silences tfjs's Node.js banner. */
export async function readyTf(): Promise<void> {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
  await tf.ready();
}

/** True when tfjs will run a conv with this stride and dilation (it wants one of them all ones). */
export function tfSupportsConv(stride: Pair2, dilation: Pair2): boolean {
  return (stride[0] === 1 && stride[1] === 1) || (dilation[0] === 1 && dilation[1] === 1);
}

function tfPad(
  padding: TfPadding,
): 'same' | 'valid' | [[number, number], [number, number], [number, number], [number, number]] {
  if (typeof padding === 'string') return padding;
  return [
    [0, 0],
    [padding.top, padding.bottom],
    [padding.left, padding.right],
    [0, 0],
  ];
}

/** [C][H][W] nested arrays → a [1, H, W, C] tensor. */
export function toNHWC(input: Tensor3): tf.Tensor4D {
  return tf.tidy(() => tf.transpose(tf.tensor4d([input]), [0, 2, 3, 1]));
}

/** [O][C][kH][kW] nested arrays → a [kH, kW, C, O] tensor. */
export function toHWIO(weight: Tensor4): tf.Tensor4D {
  return tf.tidy(() => tf.transpose(tf.tensor4d(weight), [2, 3, 1, 0]));
}

/** A [1, H, W, C] tensor → [C][H][W] nested arrays (disposes nothing it did not create). */
export function fromNHWC(output: tf.Tensor4D): Tensor3 {
  const channelFirst = tf.tidy(() => tf.squeeze<tf.Tensor3D>(tf.transpose(output, [0, 3, 1, 2]), [0]));
  const nested = channelFirst.arraySync();
  channelFirst.dispose();
  return nested;
}

/** The conv alone, on tensors already built (the benchmark's "kernel only" figure). */
export function tfConv2dTensors(x: tf.Tensor4D, filter: tf.Tensor4D, opts: TfConvOptions): tf.Tensor4D {
  return tf.conv2d(x, filter, opts.stride, tfPad(opts.padding), 'NHWC', opts.dilation);
}

/** Nested arrays in, nested arrays out: tensor creation, transposes, conv, bias and arraySync. */
export function tfConv2d(input: Tensor3, weight: Tensor4, opts: TfConvOptions): Tensor3 {
  if (!tfSupportsConv(opts.stride, opts.dilation)) {
    throw new Error('tfjs cannot combine a stride > 1 with a dilation > 1; use the naive reference');
  }
  const y = tf.tidy(() => {
    const conv = tfConv2dTensors(toNHWC(input), toHWIO(weight), opts);
    return opts.bias ? tf.add<tf.Tensor4D>(conv, tf.tensor1d(opts.bias)) : conv;
  });
  const nested = fromNHWC(y);
  y.dispose();
  return nested;
}

/**
 * PyTorch's depthwise weight [C_in·m][1][kH][kW] (groups = C_in, depth multiplier m) → tfjs's
 * depthwise filter [kH][kW][C_in][m]. Both order the outputs channel by channel, each input
 * channel's m filters together: output o = c·m + k is filter k of input channel c.
 */
export function toDepthwiseFilter(weight: Tensor4, inChannels: number): number[][][][] {
  const multiplier = weight.length / inChannels;
  const [height, width] = [weight[0]![0]!.length, weight[0]![0]![0]!.length];
  return Array.from({ length: height }, (_, u) =>
    Array.from({ length: width }, (__, v) =>
      Array.from({ length: inChannels }, (___, c) =>
        Array.from({ length: multiplier }, (____, k) => weight[c * multiplier + k]![0]![u]![v]!),
      ),
    ),
  );
}

/** tfjs's depthwise conv alone, on tensors already built (the benchmark's "kernel only" figure). */
export function tfDepthwiseConv2dTensors(
  x: tf.Tensor4D,
  filter: tf.Tensor4D,
  opts: TfConvOptions,
): tf.Tensor4D {
  return tf.depthwiseConv2d(x, filter, opts.stride, tfPad(opts.padding), 'NHWC', opts.dilation);
}

/** tfjs's depthwiseConv2d: our grouped convolution with groups = C_in, nested arrays in and out. */
export function tfDepthwiseConv2d(input: Tensor3, weight: Tensor4, opts: TfConvOptions): Tensor3 {
  if (!tfSupportsConv(opts.stride, opts.dilation)) {
    throw new Error('tfjs cannot combine a stride > 1 with a dilation > 1; use the naive reference');
  }
  const y = tf.tidy(() => {
    const filter = tf.tensor4d(toDepthwiseFilter(weight, input.length));
    const conv = tfDepthwiseConv2dTensors(toNHWC(input), filter, opts);
    return opts.bias ? tf.add<tf.Tensor4D>(conv, tf.tensor1d(opts.bias)) : conv;
  });
  const nested = fromNHWC(y);
  y.dispose();
  return nested;
}

function pool(input: Tensor3, opts: TfPoolOptions, kind: 'max' | 'avg'): Tensor3 {
  const y = tf.tidy(() => {
    const x = toNHWC(input);
    const pad = tfPad(opts.padding);
    return kind === 'max'
      ? tf.maxPool(x, opts.kernelSize, opts.stride, pad)
      : tf.avgPool(x, opts.kernelSize, opts.stride, pad);
  });
  const nested = fromNHWC(y);
  y.dispose();
  return nested;
}

/** Max pooling without dilation; padding never wins, as in PyTorch. */
export function tfMaxPool(input: Tensor3, opts: TfPoolOptions): Tensor3 {
  return pool(input, opts, 'max');
}

/** Average pooling. Only comparable with PyTorch's count_include_pad=True when there is no padding. */
export function tfAvgPool(input: Tensor3, opts: TfPoolOptions): Tensor3 {
  const p = opts.padding;
  if (p === 'same' || (typeof p === 'object' && p.top + p.bottom + p.left + p.right > 0)) {
    throw new Error(
      'tfjs avgPool leaves padding out of the mean (count_include_pad=False); use the naive reference',
    );
  }
  return pool(input, opts, 'avg');
}

/** Live tensors, for a leak check in tests. */
export function tfTensorCount(): number {
  return tf.memory().numTensors;
}
