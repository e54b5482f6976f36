/**
 * The separable block's questions judged against the naive reference: a depthwise convolution
 * (groups = C_in) of the seeded input, then a 1×1 convolution of its result with the bias. Each step
 * asks the cell its stage writes; the answer as shown is right, a value that shows differently is not.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { naiveConv2d } from '../../compute/testing/naiveReference';
import { formatValue } from '../../state/cellEntry';
import { configProblem } from '../../state/derived';
import type { Config } from '../types';
import { seededBias, seededInput, seededKernel } from '../values';
import { grouped } from './index';
import { groupedQuiz } from './quiz';
import { asSeparable, pointwiseWeights } from './separable';

const sep = grouped.defaultsFor({ pipeline: false, separable: true });

const configArb = fc
  .record({
    size: fc.integer({ min: 3, max: 6 }),
    k: fc.integer({ min: 1, max: 3 }),
    pad: fc.integer({ min: 0, max: 1 }),
    cin: fc.integer({ min: 1, max: 3 }),
    cout: fc.integer({ min: 1, max: 4 }),
    seed: fc.nat(1000),
    bias: fc.boolean(),
  })
  .map((r): Config => ({
    ...sep,
    ...r,
    size: [r.size, r.size],
    k: [r.k, r.k],
    pad: [r.pad, r.pad],
    groups: r.cin,
  }))
  .filter((c) => configProblem(c) === null);

describe('separable questions', () => {
  test('the block asks the next value at every step', () => {
    expect(groupedQuiz.kinds(grouped.derive(sep))).toEqual(['value']);
  });

  test('value: the reference depthwise, then pointwise, output as shown is right; another is wrong', () => {
    fc.assert(
      fc.property(configArb, fc.nat(), fc.double({ min: 0.01, max: 5, noNaN: true }), (c, n, off) => {
        const op = asSeparable(grouped.derive(c));
        const index = n % op.stepCount;
        const depthwise = naiveConv2d(
          seededInput(c, grouped.inputShape(c)),
          seededKernel(c, [c.cin, 1, ...c.k]),
          {
            padding: c.pad as [number, number],
            groups: c.cin,
          },
        );
        const pointwise = naiveConv2d(depthwise, pointwiseWeights(c.seed, c.cin, c.cout), {
          ...(c.bias && { bias: seededBias(c, c.cout) }),
        });
        // Step order: every depthwise channel's cells row by row, then every output channel's.
        const [h, w] = [depthwise[0]!.length, depthwise[0]![0]!.length];
        const first = c.cin * h * w;
        const stage = index < first ? depthwise : pointwise;
        const local = index < first ? index : index - first;
        const [channel, row, col] = [
          Math.floor(local / (h * w)),
          Math.floor((local % (h * w)) / w),
          local % w,
        ];
        const expected = stage[channel]![row]![col]!;

        const q = groupedQuiz.question('value', op, index);
        expect(q.prompt).toContain(
          `${index < first ? 'depthwise output' : 'output'} channel ${channel + 1} (${row}, ${col})`,
        );
        expect(q.check({ kind: 'number', text: formatValue(expected) }).correct).toBe(true);
        // Typed as a student would (no exponent); wrong when it shows differently.
        const wrong = (expected + off).toFixed(6);
        if (formatValue(Number(wrong)) !== formatValue(expected))
          expect(q.check({ kind: 'number', text: wrong }).correct).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
