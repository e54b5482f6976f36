/**
 * Transposed convolution as PyTorch's conv_transpose2d defines it (contract §1.2). Each input value
 * x[c][i][j] stamps x · w[c][o][u][v] onto output [g·C_out/groups + o][i·s − p + u·d][j·s − p + v·d],
 * overlapping stamps add, padding crops p off every side, and the bias is added last:
 *     out[o][r][q] = bias[o] + Σ x[c][i][j] · w[c][o − g·C_out/groups][u][v]   over r = i·s − p + u·d, q = j·s − p + v·d
 * with g the group of both c and o. The weight is [inChannel][outChannel / groups][row][col].
 */
import { checkGroups, makeTransposeGeometry } from './transposeGeometry';
import type {
  ConvTransposeOptions,
  ConvTransposePlan,
  ScatterStep,
  ScatterTarget,
  TransposeGeometry,
} from './transposeTypes';
import type { Tensor3, Tensor4 } from './types';
import { checkTensor3 } from './validate';

/** Weight must be [inChannel][outChannel / groups][row][col] of finite numbers, all kernels one size. */
function checkTransposeWeight(weight: Tensor4): {
  inChannels: number;
  outPerGroup: number;
  height: number;
  width: number;
} {
  const inChannels = weight.length;
  const outPerGroup = weight[0]?.length ?? 0;
  const height = weight[0]?.[0]?.length ?? 0;
  const width = weight[0]?.[0]?.[0]?.length ?? 0;
  if (inChannels === 0 || outPerGroup === 0 || height === 0 || width === 0) {
    throw new Error(
      'Kernel is empty. Give, for each input channel, at least one output slice with a kernel of at least 1×1.',
    );
  }
  weight.forEach((slices, c) => {
    if (slices.length !== outPerGroup) {
      throw new Error(
        `Kernel for input channel ${c} has ${slices.length} output slice(s) but the first has ${outPerGroup}. Give every input channel the same number (the layout is [inChannel][outChannel / groups][row][col]).`,
      );
    }
    slices.forEach((plane, o) => {
      const name = `Kernel for input channel ${c}, output slice ${o}`;
      if (plane.length !== height)
        throw new Error(
          `${name} has ${plane.length} rows, expected ${height}. Every kernel must be the same size.`,
        );
      plane.forEach((row, r) => {
        if (row.length !== width) {
          throw new Error(
            `${name}, row ${r} has ${row.length} columns, expected ${width}. Rows must all be the same length.`,
          );
        }
        row.forEach((v, q) => {
          if (typeof v !== 'number' || !Number.isFinite(v)) {
            throw new Error(
              `${name} holds ${String(v)} at row ${r}, column ${q}. Every value must be a finite number.`,
            );
          }
        });
      });
    });
  });
  return { inChannels, outPerGroup, height, width };
}

/** Validates input, weight and options together; every transposed-convolution function starts here. */
export function planConvTranspose(
  input: Tensor3,
  weight: Tensor4,
  opts: ConvTransposeOptions = {},
): ConvTransposePlan {
  const shape = checkTensor3(input);
  const kernel = checkTransposeWeight(weight);
  if (kernel.inChannels !== shape.channels) {
    throw new Error(
      `The input has ${shape.channels} channel(s) but the kernel has slices for ${kernel.inChannels} input channel(s) (a transposed kernel is [inChannel][outChannel / groups][row][col]). Give the kernel one slice per input channel.`,
    );
  }
  const groups = opts.groups ?? 1;
  // Groups first: the output channel count is derived from it.
  checkGroups(groups, shape.channels, kernel.outPerGroup * groups);
  const outChannels = kernel.outPerGroup * groups;
  const geometry = makeTransposeGeometry({
    inChannels: shape.channels,
    outChannels,
    groups,
    inputSize: [shape.height, shape.width],
    kernelSize: [kernel.height, kernel.width],
    ...(opts.stride !== undefined && { stride: opts.stride }),
    ...(opts.padding !== undefined && { padding: opts.padding }),
    ...(opts.outputPadding !== undefined && { outputPadding: opts.outputPadding }),
    ...(opts.dilation !== undefined && { dilation: opts.dilation }),
  });
  const bias = opts.bias ?? new Array<number>(outChannels).fill(0);
  if (bias.length !== outChannels) {
    throw new Error(
      `Bias has ${bias.length} values but there are ${outChannels} output channels. Give one per output channel.`,
    );
  }
  bias.forEach((b, o) => {
    if (!Number.isFinite(b))
      throw new Error(`Bias ${o} is ${String(b)}. Every bias must be a finite number.`);
  });
  return { geometry, bias };
}

/** Finite inputs can still overflow (1e308 + 1e308): say so rather than show Infinity or NaN. */
export function checkFiniteOutput(value: number, channel: number, row: number, col: number): number {
  if (!Number.isFinite(value)) {
    throw new Error(
      `Output channel ${channel}, row ${row}, column ${col} overflows (${String(value)}). Use smaller input or kernel values.`,
    );
  }
  return value;
}

/** Output channels `c`'s group writes: [first, first + count). */
export function outputsOfInput(g: TransposeGeometry, c: number): { first: number; count: number } {
  const count = g.outChannels / g.groups;
  return { first: Math.floor(c / (g.inChannels / g.groups)) * count, count };
}

/**
 * The full output. Stamps onto one typed, uncropped canvas per output channel, then crops and adds
 * the bias. The loops run kernel taps from last to first so that every output cell receives its
 * products in step order (input channel, row, column: a later input row meets an earlier tap), and
 * so rounds exactly as the running sums of the steps do.
 */
export function convTranspose2d(input: Tensor3, weight: Tensor4, opts: ConvTransposeOptions = {}): Tensor3 {
  const { geometry: g, bias } = planConvTranspose(input, weight, opts);
  const { fullHeight, fullWidth, strideRow, strideCol, dilationRow, dilationCol } = g;
  const plane = fullHeight * fullWidth;
  const canvas = new Float64Array(g.outChannels * plane);
  const rowStep = strideRow * fullWidth;
  for (let c = 0; c < g.inChannels; c++) {
    const x = input[c]!;
    const { first, count } = outputsOfInput(g, c);
    for (let oo = 0; oo < count; oo++) {
      const kernel = weight[c]![oo]!;
      const channelBase = (first + oo) * plane;
      for (let u = g.kernelHeight - 1; u >= 0; u--) {
        for (let v = g.kernelWidth - 1; v >= 0; v--) {
          const w = kernel[u]![v]!;
          if (w === 0) continue; // adds ±0: changes no sum
          let base = channelBase + u * dilationRow * fullWidth + v * dilationCol;
          for (let i = 0; i < g.inputHeight; i++, base += rowStep) {
            const row = x[i]!;
            for (let j = 0, at = base; j < g.inputWidth; j++, at += strideCol)
              canvas[at] = canvas[at]! + row[j]! * w;
          }
        }
      }
    }
  }
  const result: Tensor3 = [];
  for (let o = 0; o < g.outChannels; o++) {
    const b = bias[o]!;
    const channel: number[][] = new Array<number[]>(g.outHeight);
    for (let r = 0; r < g.outHeight; r++) {
      const base = o * plane + (r + g.padRow) * fullWidth + g.padCol;
      const row = new Array<number>(g.outWidth);
      for (let q = 0; q < g.outWidth; q++) row[q] = checkFiniteOutput(canvas[base + q]! + b, o, r, q);
      channel[r] = row;
    }
    result.push(channel);
  }
  return result;
}

/** Number of steps (one per input element). */
export function convTransposeStepCount(plan: ConvTransposePlan): number {
  const g = plan.geometry;
  return g.inChannels * g.inputHeight * g.inputWidth;
}

/** One step, built on demand: the views only need the current one and the one under the pointer. */
export function convTransposeStepAt(
  input: Tensor3,
  weight: Tensor4,
  plan: ConvTransposePlan,
  index: number,
): ScatterStep {
  const g = plan.geometry;
  const total = convTransposeStepCount(plan);
  if (!Number.isInteger(index) || index < 0 || index >= total) {
    throw new Error(
      `Step ${String(index)} does not exist: there are ${total} steps, numbered 0 to ${total - 1}.`,
    );
  }
  const perChannel = g.inputHeight * g.inputWidth;
  const channel = Math.floor(index / perChannel);
  const row = Math.floor((index % perChannel) / g.inputWidth);
  const col = index % g.inputWidth;
  const value = input[channel]![row]![col]!;
  const { first, count } = outputsOfInput(g, channel);
  const targets: ScatterTarget[] = [];
  for (let oo = 0; oo < count; oo++) {
    for (let kernelRow = 0; kernelRow < g.kernelHeight; kernelRow++) {
      const outRow = row * g.strideRow - g.padRow + kernelRow * g.dilationRow;
      for (let kernelCol = 0; kernelCol < g.kernelWidth; kernelCol++) {
        const outCol = col * g.strideCol - g.padCol + kernelCol * g.dilationCol;
        const w = weight[channel]![oo]![kernelRow]![kernelCol]!;
        targets.push({
          channel: first + oo,
          row: outRow,
          col: outCol,
          kernelRow,
          kernelCol,
          weight: w,
          product: value * w,
          cropped: outRow < 0 || outRow >= g.outHeight || outCol < 0 || outCol >= g.outWidth,
        });
      }
    }
  }
  return { index, in: { channel, row, col, value }, targets };
}

/** Every step, in input order (channel, row, column). */
export function convTransposeSteps(
  input: Tensor3,
  weight: Tensor4,
  opts: ConvTransposeOptions = {},
): ScatterStep[] {
  const plan = planConvTranspose(input, weight, opts);
  const count = convTransposeStepCount(plan);
  const steps = new Array<ScatterStep>(count);
  for (let i = 0; i < count; i++) steps[i] = convTransposeStepAt(input, weight, plan, i);
  return steps;
}
