/**
 * The scatter view's steps and running sums. Each step is checked against the definition written
 * out here: input x[c][i][j] with tap (u, v) of output slice o writes output
 * [group·C_out/groups + o][i·sH − pH + u·dH][j·sW − pW + v·dW]; steps by input channel, row, column;
 * targets by output channel, kernel row, kernel column.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convTransposeStepAt,
  convTransposeStepCount,
  convTransposeSteps,
  planConvTranspose,
  runningSumsFor,
  type ScatterStep,
} from './index';
import { expectSubset, PROPERTY_TIMEOUT } from './testing/arbitraries';
import {
  expectedTransposeShape,
  transposeCaseArb,
  transposeOpts,
  type TransposeCase,
} from './testing/transposeArbitraries';

function expectedSteps(c: TransposeCase): ScatterStep[] {
  const [, outHeight, outWidth] = expectedTransposeShape(c);
  const inPer = c.inChannels / c.groups;
  const outPer = c.outChannels / c.groups;
  const steps: ScatterStep[] = [];
  for (let ch = 0; ch < c.inChannels; ch++) {
    for (let i = 0; i < c.height; i++) {
      for (let j = 0; j < c.width; j++) {
        const value = c.input[ch]![i]![j]!;
        const group = Math.floor(ch / inPer);
        const targets = [];
        for (let o = 0; o < outPer; o++) {
          for (let u = 0; u < c.kernel[0]; u++) {
            for (let v = 0; v < c.kernel[1]; v++) {
              const row = i * c.stride[0] - c.padding[0] + u * c.dilation[0];
              const col = j * c.stride[1] - c.padding[1] + v * c.dilation[1];
              const weight = c.weight[ch]![o]![u]![v]!;
              targets.push({
                channel: group * outPer + o,
                row,
                col,
                kernelRow: u,
                kernelCol: v,
                weight,
                product: value * weight,
                cropped: row < 0 || row >= outHeight || col < 0 || col >= outWidth,
              });
            }
          }
        }
        steps.push({ index: steps.length, in: { channel: ch, row: i, col: j, value }, targets });
      }
    }
  }
  return steps;
}

describe('convTransposeSteps', PROPERTY_TIMEOUT, () => {
  test('one step per input cell, targets as the definition says, and stepAt(i) is steps[i]', () => {
    fc.assert(
      fc.property(transposeCaseArb(), (c) => {
        const opts = transposeOpts(c);
        const steps = convTransposeSteps(c.input, c.weight, opts);
        expectSubset(steps, expectedSteps(c));
        const plan = planConvTranspose(c.input, c.weight, opts);
        expect(convTransposeStepCount(plan)).toBe(c.inChannels * c.height * c.width);
        for (const i of [0, steps.length >> 1, steps.length - 1]) {
          expect(convTransposeStepAt(c.input, c.weight, plan, i)).toEqual(steps[i]);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a step or running-sum index that does not exist is refused, naming the range', () => {
    const plan = planConvTranspose([[[1, 2]]], [[[[1]]]]);
    expect(() => convTransposeStepAt([[[1, 2]]], [[[[1]]]], plan, 2)).toThrow(
      /Step 2 does not exist: there are 2 steps, numbered 0 to 1/,
    );
    expect(() => convTransposeStepAt([[[1, 2]]], [[[[1]]]], plan, 0.5)).toThrow(/Step 0.5 does not exist/);
    const sumsAt = runningSumsFor([[[1, 2]]], [[[[1]]]], plan);
    expect(() => sumsAt(-2)).toThrow(/Step -2 does not exist.*−1 for none yet/);
    expect(() => sumsAt(2)).toThrow(/Step 2 does not exist/);
  });
});
