/**
 * Scatter = the output: the products of every step's uncropped targets, added in step order, plus the
 * bias, are exactly convTranspose2d; and the running sums the scatter view shows after step t are
 * the sums of steps 0…t (recomputed here from the steps, whose own shape convTransposeSteps.test.ts
 * checks against the definition).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convTranspose2d,
  convTransposeSteps,
  planConvTranspose,
  runningSumsFor,
  scatterRunningSums,
  type ScatterStep,
  type Tensor3,
} from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';
import {
  expectedTransposeShape,
  transposeCaseArb,
  transposeOpts,
  type TransposeCase,
} from './testing/transposeArbitraries';

/** Bias plus the products of steps 0…t, in step order, on the output (and whether any landed). */
function sumsThrough(c: TransposeCase, steps: ScatterStep[], t: number, pad: [number, number]) {
  const [channels, height, width] = expectedTransposeShape(c);
  const fullHeight = height + 2 * pad[0];
  const fullWidth = width + 2 * pad[1];
  const zeros = (h: number, w: number): Tensor3 =>
    Array.from({ length: channels }, () => Array.from({ length: h }, () => new Array<number>(w).fill(0)));
  const full = zeros(fullHeight, fullWidth);
  const hit = zeros(fullHeight, fullWidth);
  for (const step of steps.slice(0, t + 1)) {
    for (const target of step.targets) {
      full[target.channel]![target.row + pad[0]]![target.col + pad[1]]! += target.product;
      hit[target.channel]![target.row + pad[0]]![target.col + pad[1]] = 1;
    }
  }
  const bias = (o: number) => c.bias?.[o] ?? 0;
  const fullSums = full.map((p, o) => p.map((r) => r.map((x) => x + bias(o))));
  const fullReached = hit.map((p) => p.map((r) => r.map((x) => x === 1)));
  const crop = <T>(t3: T[][][]) =>
    t3.map((p) => p.slice(pad[0], pad[0] + height).map((r) => r.slice(pad[1], pad[1] + width)));
  return { sums: crop(fullSums), reached: crop(fullReached), fullSums, fullReached };
}

describe('scatter sums', PROPERTY_TIMEOUT, () => {
  test('scatter: the uncropped products of all steps, summed in step order, plus the bias, are exactly the output', () => {
    fc.assert(
      fc.property(transposeCaseArb(), (c) => {
        const opts = transposeOpts(c);
        const steps = convTransposeSteps(c.input, c.weight, opts);
        const [channels, height, width] = expectedTransposeShape(c);
        const out: Tensor3 = Array.from({ length: channels }, () =>
          Array.from({ length: height }, () => new Array<number>(width).fill(0)),
        );
        for (const step of steps)
          for (const t of step.targets) if (!t.cropped) out[t.channel]![t.row]![t.col]! += t.product;
        const withBias = out.map((p, o) => p.map((r) => r.map((x) => x + (c.bias?.[o] ?? 0))));
        expect(convTranspose2d(c.input, c.weight, opts)).toEqual(withBias);
      }),
      { numRuns: 1000 },
    );
  });

  test('running sums after any step are the sums of the steps so far; after the last, the output', () => {
    fc.assert(
      fc.property(transposeCaseArb(), fc.nat(), (c, pick) => {
        const opts = transposeOpts(c);
        const plan = planConvTranspose(c.input, c.weight, opts);
        const steps = convTransposeSteps(c.input, c.weight, opts);
        const sumsAt = runningSumsFor(c.input, c.weight, plan);
        const last = steps.length - 1;
        const t = (pick % (steps.length + 1)) - 1; // −1 … last
        expect(sumsAt(t)).toEqual(sumsThrough(c, steps, t, c.padding));
        const final = sumsAt(last);
        expect(final.sums).toEqual(convTranspose2d(c.input, c.weight, opts));
        expect(scatterRunningSums(c.input, c.weight, plan, last)).toEqual(final);
        const none = sumsAt(-1);
        expect(none.reached.flat(2).some(Boolean)).toBe(false);
        expect(none.sums.map((p, o) => p.flat().every((x) => x === (c.bias?.[o] ?? 0)))).not.toContain(false);
      }),
      { numRuns: 400 },
    );
  });
});
