/**
 * Pooling as in PyTorch's max_pool2d and avg_pool2d. Each channel is pooled on its own.
 *   max: out[c][i][j] = max over taps (u, v) of input[c][i·s − p + u·d][j·s − p + v·d], padding never wins
 *   avg: the window's sum divided by kH·kW, padding counted as zeros (count_include_pad=True)
 */
import { isInside, makeGeometry, tapCol, tapRow } from './geometry';
import type { AvgPoolStep, Geometry, PoolOptions, PoolStep, Tensor3, WindowCell } from './types';
import { checkTensor3 } from './validate';

export interface PoolPlan {
  geometry: Geometry;
  channels: number;
}

/** PyTorch refuses padding over half the window (it could make a window of padding alone). */
function checkPoolPadding(g: Geometry, named: boolean): void {
  const maxRow = Math.floor(g.kernelHeight / 2);
  const maxCol = Math.floor(g.kernelWidth / 2);
  const { top, bottom, left, right } = g.padding;
  if (Math.max(top, bottom) > maxRow || Math.max(left, right) > maxCol) {
    const fix = named
      ? "Use 'valid' or a padding number instead of 'same' here"
      : 'Use less padding or a larger window';
    throw new Error(
      `Pooling padding may be at most half the window (${maxRow}×${maxCol} for a ${g.kernelHeight}×${g.kernelWidth} window)${named ? `, and 'same' would need ${Math.max(top, bottom)}×${Math.max(left, right)}` : ''}. ${fix}.`,
    );
  }
  // A dilated window can still straddle the input and read padding alone: its maximum would be −∞.
  const empty = (n: number, out: number, k: number, s: number, before: number, d: number) => {
    for (let o = 0; o < out; o++) {
      let inside = false;
      for (let t = 0; t < k && !inside; t++) {
        const x = o * s - before + t * d;
        inside = x >= 0 && x < n;
      }
      if (!inside) return true;
    }
    return false;
  };
  if (
    empty(g.inputHeight, g.outHeight, g.kernelHeight, g.strideRow, top, g.dilationRow) ||
    empty(g.inputWidth, g.outWidth, g.kernelWidth, g.strideCol, left, g.dilationCol)
  ) {
    throw new Error(
      'Some pooling windows would read only padding, with nothing to keep. Use less padding or a smaller dilation.',
    );
  }
}

export function planPool(input: Tensor3, opts: PoolOptions, kind: 'max' | 'avg' = 'max'): PoolPlan {
  const shape = checkTensor3(input);
  if (opts === undefined || opts.kernelSize === undefined) {
    throw new Error('Pooling needs a kernelSize (the window), such as 2 or [2, 2].');
  }
  if (kind === 'avg' && opts.dilation !== undefined && opts.dilation !== 1) {
    const d = opts.dilation;
    if (!(Array.isArray(d) && d[0] === 1 && d[1] === 1)) {
      throw new Error('Average pooling has no dilation in PyTorch. Leave dilation at 1.');
    }
  }
  const geometry = makeGeometry(shape.height, shape.width, {
    kernelSize: opts.kernelSize,
    stride: opts.stride ?? opts.kernelSize,
    ...(opts.padding !== undefined && { padding: opts.padding }),
    ...(opts.dilation !== undefined && { dilation: opts.dilation }),
  });
  checkPoolPadding(geometry, typeof opts.padding === 'string');
  return { geometry, channels: shape.channels };
}

export function poolStepCount(plan: PoolPlan): number {
  return plan.channels * plan.geometry.outHeight * plan.geometry.outWidth;
}

function locate(plan: PoolPlan, index: number): { channel: number; row: number; col: number } {
  const total = poolStepCount(plan);
  if (!Number.isInteger(index) || index < 0 || index >= total) {
    throw new Error(
      `Step ${String(index)} does not exist: there are ${total} steps, numbered 0 to ${total - 1}.`,
    );
  }
  const { outHeight, outWidth } = plan.geometry;
  const perChannel = outHeight * outWidth;
  return {
    channel: Math.floor(index / perChannel),
    row: Math.floor((index % perChannel) / outWidth),
    col: index % outWidth,
  };
}

function windowAt(
  input: Tensor3,
  g: Geometry,
  out: { channel: number; row: number; col: number },
  padValue: number,
): WindowCell[] {
  const window: WindowCell[] = [];
  for (let kernelRow = 0; kernelRow < g.kernelHeight; kernelRow++) {
    const row = tapRow(g, out.row, kernelRow);
    for (let kernelCol = 0; kernelCol < g.kernelWidth; kernelCol++) {
      const col = tapCol(g, out.col, kernelCol);
      const padded = !isInside(g, row, col);
      const value = padded ? padValue : input[out.channel]![row]![col]!;
      window.push({ channel: out.channel, row, col, kernelRow, kernelCol, padded, value });
    }
  }
  return window;
}

export function poolStepAt(input: Tensor3, plan: PoolPlan, index: number): PoolStep {
  const out = locate(plan, index);
  const window = windowAt(input, plan.geometry, out, -Infinity);
  let best = window[0]!;
  for (const cell of window) if (cell.value > best.value) best = cell;
  return {
    index,
    out,
    window,
    result: best.value,
    argmax: { channel: best.channel, row: best.row, col: best.col },
  };
}

export function avgPoolStepAt(input: Tensor3, plan: PoolPlan, index: number): AvgPoolStep {
  const out = locate(plan, index);
  const window = windowAt(input, plan.geometry, out, 0);
  let sum = 0;
  for (const cell of window) sum += cell.value;
  if (!Number.isFinite(sum)) {
    throw new Error(
      `The window of output row ${out.row}, column ${out.col} sums past the largest number. Use smaller values.`,
    );
  }
  const divisor = window.length;
  return { index, out, window, result: sum / divisor, sum, divisor };
}

export function poolSteps(input: Tensor3, opts: PoolOptions): PoolStep[] {
  const plan = planPool(input, opts, 'max');
  return Array.from({ length: poolStepCount(plan) }, (_, i) => poolStepAt(input, plan, i));
}

export function avgPoolSteps(input: Tensor3, opts: PoolOptions): AvgPoolStep[] {
  const plan = planPool(input, opts, 'avg');
  return Array.from({ length: poolStepCount(plan) }, (_, i) => avgPoolStepAt(input, plan, i));
}

/** Reshapes one result per step back into [channel][row][col]. */
function gather(plan: PoolPlan, resultAt: (index: number) => number): Tensor3 {
  const { outHeight, outWidth } = plan.geometry;
  let index = 0;
  return Array.from({ length: plan.channels }, () =>
    Array.from({ length: outHeight }, () => Array.from({ length: outWidth }, () => resultAt(index++))),
  );
}

export function maxPool2d(input: Tensor3, opts: PoolOptions): Tensor3 {
  const plan = planPool(input, opts, 'max');
  return gather(plan, (i) => poolStepAt(input, plan, i).result);
}

export function avgPool2d(input: Tensor3, opts: PoolOptions): Tensor3 {
  const plan = planPool(input, opts, 'avg');
  return gather(plan, (i) => avgPoolStepAt(input, plan, i).result);
}
