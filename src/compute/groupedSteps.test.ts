/**
 * The steps of a grouped convolution: each window lists exactly its filter's group of input channels,
 * in order, under their own channel numbers, and the bias is the last term of the result.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  channelGroup,
  conv2d,
  convStepAt,
  convStepCount,
  convSteps,
  groupOfInputChannel,
  groupOfOutputChannel,
  planConv,
} from './index';
import { expectedOutShape, fits, pairOf, PROPERTY_TIMEOUT, sidesOf } from './testing/arbitraries';
import { groupedCaseArb, groupedOpts, type GroupedCase } from './testing/groupedArbitraries';

function checkGroupedSteps(c: GroupedCase): void {
  const steps = convSteps(c.input, c.weight, groupedOpts(c));
  const output = conv2d(c.input, c.weight, groupedOpts(c));
  const [outHeight, outWidth] = expectedOutShape(c);
  const [kh, kw] = c.kernel;
  const [sh, sw] = pairOf(c.stride);
  const [dh, dw] = pairOf(c.dilation);
  const pad = sidesOf(c);
  expect(steps).toHaveLength(c.groups * c.outPerGroup * outHeight * outWidth);
  steps.forEach((step, index) => {
    const { channel: o, row: i, col: j } = step.out;
    // Filter o's group: the band of C_out / groups filters it sits in.
    const group = Math.floor(o / c.outPerGroup);
    const channels = Array.from({ length: c.inPerGroup }, (_, q) => group * c.inPerGroup + q);
    const expected = channels.flatMap((ch, q) =>
      Array.from({ length: kh * kw }, (_, t) => {
        const [u, v] = [Math.floor(t / kw), t % kw];
        const row = i * sh - pad.top + u * dh;
        const col = j * sw - pad.left + v * dw;
        const padded = row < 0 || row >= c.height || col < 0 || col >= c.width;
        return { ch, row, col, u, v, padded, weight: c.weight[o]![q]![u]![v]! };
      }),
    );
    if (step.window.length !== expected.length)
      expect.fail(`step ${index}: ${step.window.length} taps, expected ${expected.length}`);
    let sum = 0;
    step.window.forEach((cell, t) => {
      const want = expected[t]!;
      const value = want.padded ? 0 : c.input[want.ch]![want.row]![want.col]!;
      const same =
        cell.channel === want.ch &&
        cell.row === want.row &&
        cell.col === want.col &&
        cell.kernelRow === want.u &&
        cell.kernelCol === want.v &&
        cell.padded === want.padded &&
        cell.value === value &&
        cell.weight === want.weight &&
        cell.product === value * want.weight;
      if (!same) expect.fail(`step ${index}, tap ${t}: ${JSON.stringify(cell)} vs ${JSON.stringify(want)}`);
      sum += value * want.weight;
    });
    const bias = c.bias ? c.bias[o]! : 0;
    // The bias is the last term: the products summed in window order, then + bias.
    if (step.sum !== sum || step.bias !== bias || step.result !== sum + bias)
      expect.fail(
        `step ${index}: sum ${step.sum} + bias ${step.bias} = ${step.result}, want ${sum} + ${bias}`,
      );
    if (step.result !== output[o]![i]![j]!)
      expect.fail(`step ${index}: result ${step.result} but conv2d gives ${output[o]![i]![j]!}`);
  });
}

describe('grouped convSteps', PROPERTY_TIMEOUT, () => {
  test('each window holds exactly its group’s channels, in order, and result = sum + bias', () => {
    fc.assert(
      fc.property(groupedCaseArb({ maxSide: 6 }), (c) => {
        fc.pre(fits(c));
        checkGroupedSteps(c);
      }),
      { numRuns: 300 },
    );
  });

  test('convStepAt builds the same step on demand', () => {
    fc.assert(
      fc.property(groupedCaseArb({ maxSide: 6 }), fc.nat(), (c, pick) => {
        fc.pre(fits(c));
        const plan = planConv(c.input, c.weight, groupedOpts(c));
        const steps = convSteps(c.input, c.weight, groupedOpts(c));
        expect(convStepCount(plan)).toBe(steps.length);
        const index = pick % steps.length;
        expect(convStepAt(c.input, c.weight, plan, index)).toEqual(steps[index]);
      }),
      { numRuns: 200 },
    );
  });

  test('channelGroup and the group look-ups agree with the windows', () => {
    fc.assert(
      fc.property(groupedCaseArb({ maxSide: 4, maxKernel: 2 }), (c) => {
        fc.pre(fits(c));
        const plan = planConv(c.input, c.weight, groupedOpts(c));
        const steps = convSteps(c.input, c.weight, groupedOpts(c));
        for (const step of steps) {
          const group = channelGroup(plan, groupOfOutputChannel(plan, step.out.channel));
          expect(group.outChannels).toContain(step.out.channel);
          expect([...new Set(step.window.map((cell) => cell.channel))]).toEqual(group.inChannels);
          for (const ch of group.inChannels) expect(groupOfInputChannel(plan, ch)).toBe(group.group);
        }
        // The groups partition both channel ranges, in order.
        const all = Array.from({ length: plan.groups }, (_, g) => channelGroup(plan, g));
        expect(all.flatMap((g) => g.inChannels)).toEqual([...c.input.keys()]);
        expect(all.flatMap((g) => g.outChannels)).toEqual([...c.weight.keys()]);
      }),
      { numRuns: 100 },
    );
  });

  test('the group look-ups refuse channels and groups that do not exist', () => {
    const plan = planConv(
      [[[1]], [[2]], [[3]], [[4]]],
      [
        [[[1]], [[1]]],
        [[[1]], [[1]]],
      ],
      { groups: 2 },
    );
    expect(channelGroup(plan, 1)).toEqual({ group: 1, inChannels: [2, 3], outChannels: [1] });
    expect(() => channelGroup(plan, 2)).toThrow(/group 2 does not exist.*0 to 1/i);
    expect(() => groupOfOutputChannel(plan, 2)).toThrow(/output channel 2 does not exist/i);
    expect(() => groupOfInputChannel(plan, -1)).toThrow(/input channel -1 does not exist/i);
    expect(() => groupOfInputChannel(plan, 0.5)).toThrow(/does not exist/i);
  });
});
