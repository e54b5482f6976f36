/**
 * 2-D convolution as deep-learning libraries define it (PyTorch's conv2d): cross-correlation, so the
 * kernel is not flipped, with zero padding. For output channel o at (i, j), with G = groups and
 * o's group g = ⌊o / (C_out/G)⌋ reading input channels c = g·(C_in/G) + q, q < C_in/G:
 *     out[o][i][j] = bias[o] + Σ_q Σ_u Σ_v input[c][i·s − p + u·d][j·s − p + v·d] · weight[o][q][u][v]
 */
import { isInside, makeGeometry, tapCol, tapRow } from './geometry';
import { checkGroups, type GroupShape } from './groups';
import type { ConvOptions, ConvStep, Geometry, Tensor3, Tensor4, WindowCell } from './types';
import { checkTensor3, checkTensor4 } from './validate';

export interface ConvPlan extends GroupShape {
  geometry: Geometry;
  inChannels: number;
  outChannels: number;
  bias: number[];
}

/** The weight's second dimension must be C_in / groups; say what it should be, and how to get there. */
function channelMismatch(inChannels: number, slices: number, outChannels: number, groups: number): Error {
  if (groups === 1) {
    // A weight shaped for a grouped convolution is a common slip: name the groups that would fit it.
    const fitting = inChannels % slices === 0 && outChannels % (inChannels / slices) === 0;
    const hint = fitting ? `, or set groups to ${inChannels / slices} for a grouped convolution` : '';
    return new Error(
      `The input has ${inChannels} channel(s) but each kernel expects ${slices}. Give the kernel one slice per input channel${hint}.`,
    );
  }
  const perGroup = inChannels / groups;
  return new Error(
    `With groups = ${groups} each filter reads ${perGroup} of the ${inChannels} input channels (${inChannels} / ${groups}), but the kernel has ${slices} slice(s) per filter. Give each filter ${perGroup} slice(s): weight [${outChannels}][${perGroup}][kh][kw].`,
  );
}

/** Validates input, weight and options together; every conv function starts here. */
export function planConv(input: Tensor3, weight: Tensor4, opts: ConvOptions = {}): ConvPlan {
  const shape = checkTensor3(input);
  const kernel = checkTensor4(weight);
  const groups = checkGroups(opts.groups, shape.channels, kernel.outChannels);
  if (kernel.inChannels * groups !== shape.channels) {
    throw channelMismatch(shape.channels, kernel.inChannels, kernel.outChannels, groups);
  }
  const bias = opts.bias ?? new Array<number>(kernel.outChannels).fill(0);
  if (bias.length !== kernel.outChannels) {
    throw new Error(
      `Bias has ${bias.length} values but there are ${kernel.outChannels} output channels. Give one per output channel.`,
    );
  }
  bias.forEach((b, o) => {
    if (!Number.isFinite(b))
      throw new Error(`Bias ${o} is ${String(b)}. Every bias must be a finite number.`);
  });
  const geometry = makeGeometry(shape.height, shape.width, {
    kernelSize: [kernel.height, kernel.width],
    ...(opts.stride !== undefined && { stride: opts.stride }),
    ...(opts.padding !== undefined && { padding: opts.padding }),
    ...(opts.dilation !== undefined && { dilation: opts.dilation }),
  });
  return {
    geometry,
    inChannels: shape.channels,
    outChannels: kernel.outChannels,
    bias,
    groups,
    inChannelsPerGroup: kernel.inChannels,
    outChannelsPerGroup: kernel.outChannels / groups,
  };
}

/**
 * The full output. Works on one zero-padded typed copy, and for each output pixel takes one dot
 * product over a table of tap offsets (input channel, kernel row, kernel column — the order a step
 * lists its window in), so the sum rounds exactly as the step's does and the inner loop has no
 * bounds checks. Taps with weight 0 are left out: they add nothing.
 */
export function conv2d(input: Tensor3, weight: Tensor4, opts: ConvOptions = {}): Tensor3 {
  const plan = planConv(input, weight, opts);
  const { geometry: g, inChannels, outChannels, bias, inChannelsPerGroup, outChannelsPerGroup } = plan;
  const paddedWidth = g.inputWidth + g.padding.left + g.padding.right;
  const planeSize = (g.inputHeight + g.padding.top + g.padding.bottom) * paddedWidth;
  const padded = new Float64Array(inChannels * planeSize);
  for (let c = 0; c < inChannels; c++) {
    const plane = input[c]!;
    for (let r = 0; r < g.inputHeight; r++) {
      const row = plane[r]!;
      const base = c * planeSize + (r + g.padding.top) * paddedWidth + g.padding.left;
      for (let col = 0; col < g.inputWidth; col++) padded[base + col] = row[col]!;
    }
  }
  const { outHeight, outWidth, strideRow, strideCol } = g;
  const taps = inChannelsPerGroup * g.kernelHeight * g.kernelWidth;
  const offsets = new Int32Array(taps);
  const weights = new Float64Array(taps);
  const result: Tensor3 = [];
  for (let o = 0; o < outChannels; o++) {
    let used = 0;
    // Filter o reads only its group's input channels: slice q of the weight is input channel first + q.
    const first = Math.floor(o / outChannelsPerGroup) * inChannelsPerGroup;
    for (let q = 0; q < inChannelsPerGroup; q++) {
      const c = first + q;
      for (let u = 0; u < g.kernelHeight; u++) {
        for (let v = 0; v < g.kernelWidth; v++) {
          const w = weight[o]![q]![u]![v]!;
          if (w === 0) continue;
          offsets[used] = c * planeSize + u * g.dilationRow * paddedWidth + v * g.dilationCol;
          weights[used++] = w;
        }
      }
    }
    const b = bias[o]!;
    const channel: number[][] = new Array<number[]>(outHeight);
    for (let i = 0; i < outHeight; i++) {
      const row = new Array<number>(outWidth);
      let base = i * strideRow * paddedWidth;
      for (let j = 0; j < outWidth; j++, base += strideCol) {
        let sum = 0;
        for (let t = 0; t < used; t++) sum += weights[t]! * padded[base + offsets[t]!]!;
        // Bias last, as in a step's "products, then + bias", so both paths round identically.
        row[j] = checkFinite(sum + b, o, i, j);
      }
      channel[i] = row;
    }
    result.push(channel);
  }
  return result;
}

/** Finite inputs can still overflow (1e308 + 1e308): say so rather than show Infinity or NaN. */
function checkFinite(value: number, channel: number, row: number, col: number): number {
  if (!Number.isFinite(value)) {
    throw new Error(
      `Output channel ${channel}, row ${row}, column ${col} overflows (${String(value)}). Use smaller input or kernel values.`,
    );
  }
  return value;
}

/** Number of steps (one per output element). */
export function convStepCount(plan: ConvPlan): number {
  return plan.outChannels * plan.geometry.outHeight * plan.geometry.outWidth;
}

/** One step, built on demand: the views only ever need the current one and the one under the pointer. */
export function convStepAt(input: Tensor3, weight: Tensor4, plan: ConvPlan, index: number): ConvStep {
  const g = plan.geometry;
  const total = convStepCount(plan);
  if (!Number.isInteger(index) || index < 0 || index >= total) {
    throw new Error(
      `Step ${String(index)} does not exist: there are ${total} steps, numbered 0 to ${total - 1}.`,
    );
  }
  const perChannel = g.outHeight * g.outWidth;
  const channel = Math.floor(index / perChannel);
  const row = Math.floor((index % perChannel) / g.outWidth);
  const col = index % g.outWidth;
  const window: WindowCell[] = [];
  const bias = plan.bias[channel]!;
  const first = Math.floor(channel / plan.outChannelsPerGroup) * plan.inChannelsPerGroup;
  let sum = 0;
  for (let c = first; c < first + plan.inChannelsPerGroup; c++) {
    for (let kernelRow = 0; kernelRow < g.kernelHeight; kernelRow++) {
      const inRow = tapRow(g, row, kernelRow);
      for (let kernelCol = 0; kernelCol < g.kernelWidth; kernelCol++) {
        const inCol = tapCol(g, col, kernelCol);
        const padded = !isInside(g, inRow, inCol);
        const value = padded ? 0 : input[c]![inRow]![inCol]!;
        const w = weight[channel]![c - first]![kernelRow]![kernelCol]!;
        const product = value * w;
        sum += product;
        window.push({
          channel: c,
          row: inRow,
          col: inCol,
          kernelRow,
          kernelCol,
          padded,
          value,
          weight: w,
          product,
        });
      }
    }
  }
  return {
    index,
    out: { channel, row, col },
    window,
    result: checkFinite(sum + bias, channel, row, col),
    sum,
    bias,
  };
}

/** Every step, in output order (channel, row, column). */
export function convSteps(input: Tensor3, weight: Tensor4, opts: ConvOptions = {}): ConvStep[] {
  const plan = planConv(input, weight, opts);
  const count = convStepCount(plan);
  const steps: ConvStep[] = new Array<ConvStep>(count);
  for (let i = 0; i < count; i++) steps[i] = convStepAt(input, weight, plan, i);
  return steps;
}
