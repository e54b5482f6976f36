/**
 * convSteps: what the views animate. Every step is checked against the definition, written out here:
 * tap (c, u, v) of output (o, i, j) reads input (c, i·sH − top + u·dH, j·sW − left + v·dW).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { conv2d, convStepAt, convStepCount, convSteps, planConv } from './index';
import type { ConvStep, WindowCell } from './types';
import {
  convCaseArb,
  convMagnitude,
  convOpts,
  expectedOutShape,
  expectSubset,
  fits,
  pairOf,
  sidesOf,
  type ConvCase,
  PROPERTY_TIMEOUT,
} from './testing/arbitraries';

function checkSteps(c: ConvCase): void {
  const opts = convOpts(c);
  const steps = convSteps(c.input, c.weight, opts);
  const output = conv2d(c.input, c.weight, opts);
  const scale = convMagnitude(c);
  const [outHeight, outWidth] = expectedOutShape(c);
  const [kh, kw] = c.kernel;
  const [sh, sw] = pairOf(c.stride);
  const [dh, dw] = pairOf(c.dilation);
  const pad = sidesOf(c);

  // Built from the definition: one step per output element, ordered by output channel, row, column;
  // each window in the order input channel, kernel row, kernel column.
  const expected: Omit<ConvStep, 'result' | 'sum'>[] = [];
  const sums: number[] = [];
  for (let o = 0; o < c.weight.length; o++) {
    for (let i = 0; i < outHeight; i++) {
      for (let j = 0; j < outWidth; j++) {
        const window: WindowCell[] = [];
        let products = 0;
        for (let ch = 0; ch < c.input.length; ch++) {
          for (let u = 0; u < kh; u++) {
            for (let v = 0; v < kw; v++) {
              const row = i * sh - pad.top + u * dh;
              const col = j * sw - pad.left + v * dw;
              const padded = row < 0 || row >= c.height || col < 0 || col >= c.width;
              const weight = c.weight[o]![ch]![u]![v]!;
              const value = padded ? 0 : c.input[ch]![row]![col]!;
              window.push({
                channel: ch,
                row,
                col,
                kernelRow: u,
                kernelCol: v,
                padded,
                value,
                weight,
                product: value * weight,
              });
              products += value * weight;
            }
          }
        }
        const bias = c.bias ? c.bias[o]! : 0;
        expected.push({ index: expected.length, out: { channel: o, row: i, col: j }, window, bias });
        sums.push(products + bias);
      }
    }
  }
  // Extra fields (the module may grow some) are fine, missing or wrong ones are not.
  expectSubset(steps, expected);

  // Products plus bias make the result, and the result is conv2d's output for that cell.
  steps.forEach((step, index) => {
    const { channel, row, col } = step.out;
    const want = sums[index]!;
    const allowed = c.kind === 'int' ? 0 : 1e-12 * scale[channel]![row]![col]!;
    if (!(Math.abs(step.result - want) <= allowed))
      expect.fail(`step ${index}: result ${step.result}, products + bias ${want}`);
    const partial = (step as { sum?: unknown }).sum;
    if (partial !== undefined && step.result !== (partial as number) + step.bias) {
      expect.fail(
        `step ${index}: result ${step.result} is not its sum ${String(partial)} + bias ${step.bias}`,
      );
    }
    if (step.result !== output[channel]![row]![col]!) {
      expect.fail(`step ${index}: result ${step.result} but conv2d gives ${output[channel]![row]![col]!}`);
    }
  });
}

describe('convSteps', PROPERTY_TIMEOUT, () => {
  test('match the definition on random configurations: coordinates, padding, order, sums, results', () => {
    fc.assert(
      fc.property(convCaseArb({ maxChannels: 3, maxSide: 8 }), (c) => {
        fc.pre(fits(c));
        checkSteps(c);
      }),
      { numRuns: 300 },
    );
  });

  test('convStepAt builds the same step on demand, and refuses indices that do not exist', () => {
    fc.assert(
      fc.property(convCaseArb({ maxChannels: 2, maxSide: 7 }), fc.nat(), (c, pick) => {
        fc.pre(fits(c));
        const opts = convOpts(c);
        const plan = planConv(c.input, c.weight, opts);
        const count = convStepCount(plan);
        const steps = convSteps(c.input, c.weight, opts);
        expect(count).toBe(steps.length);
        const index = pick % count;
        expect(convStepAt(c.input, c.weight, plan, index)).toEqual(steps[index]);
        expect(() => convStepAt(c.input, c.weight, plan, count)).toThrow(/step .* does not exist/i);
        expect(() => convStepAt(c.input, c.weight, plan, -1)).toThrow(/does not exist/i);
        expect(() => convStepAt(c.input, c.weight, plan, 0.5)).toThrow(/does not exist/i);
      }),
      { numRuns: 100 },
    );
  });

  test('a hand-worked step: padding cells read 0 and still count as taps', () => {
    const input = [
      [
        [1, 2],
        [3, 4],
      ],
    ];
    const weight = [
      [
        [
          [1, 10],
          [100, 1000],
        ],
      ],
    ];
    const steps = convSteps(input, weight, { padding: 1, bias: [0.5] });
    expect(steps).toHaveLength(9);
    const first = steps[0]!;
    expect(first.window.map((cell) => [cell.row, cell.col, cell.padded, cell.value])).toEqual([
      [-1, -1, true, 0],
      [-1, 0, true, 0],
      [0, -1, true, 0],
      [0, 0, false, 1],
    ]);
    expect(first.result).toBe(1000.5);
    const last = steps[8]!;
    expect(last.out).toEqual({ channel: 0, row: 2, col: 2 });
    expect(last.result).toBe(4 + 0.5);
  });
});
