/**
 * The image worker's fast plane convolution against the naive reference (nested arrays, explicit
 * padding, bounds-checked reads): random sizes from 1 cell up (rows narrower than the four-output
 * blocks, and widths that leave 1–3 outputs over), kernels up to 9×9, strides, dilations and
 * paddings (symmetric, per axis, 'same' with its odd cell, 'valid'), weights that are 0, whole or
 * fractional. Every output, border and interior alike, must equal the reference's.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convPlane } from './planes';
import { naiveConv2d } from './testing/naiveReference';
import { PROPERTY_TIMEOUT, pairArb, type Pair } from './testing/arbitraries';
import type { PaddingOption } from './types';

const caseArb = fc
  .record({
    height: fc.integer({ min: 1, max: 24 }),
    width: fc.integer({ min: 1, max: 24 }),
    kh: fc.integer({ min: 1, max: 9 }),
    kw: fc.integer({ min: 1, max: 9 }),
    stride: pairArb(1, 3),
    dilation: pairArb(1, 3),
    padding: fc.oneof(
      { arbitrary: pairArb(0, 5), weight: 3 },
      { arbitrary: fc.constantFrom<'same' | 'valid'>('same', 'valid'), weight: 1 },
    ),
    pixels: fc.boolean(),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      // Pixel values (0–255, as the image view sends) or any float32 value in ±100.
      values: fc.array(
        c.pixels
          ? fc.integer({ min: 0, max: 255 })
          : fc.float({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
        { minLength: c.height * c.width, maxLength: c.height * c.width },
      ),
      weights: fc.array(
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: -3, max: 3 }),
          fc.double({ min: -2, max: 2, noNaN: true }),
        ),
        { minLength: c.kh * c.kw, maxLength: c.kh * c.kw },
      ),
    }),
  );

const rowsOf = <T>(flat: readonly T[], width: number): T[][] =>
  Array.from({ length: flat.length / width }, (_, r) => flat.slice(r * width, (r + 1) * width));

describe('convPlane equals the naive reference', PROPERTY_TIMEOUT, () => {
  test('random planes, kernels, strides, dilations and paddings', () => {
    fc.assert(
      fc.property(caseArb, ({ c, values, weights }) => {
        const options = { stride: c.stride, dilation: c.dilation, padding: c.padding };
        let expected: number[][];
        try {
          expected = naiveConv2d([rowsOf(values, c.width)], [[rowsOf(weights, c.kw)]], options)[0]!;
        } catch {
          // The kernel does not fit the padded plane: no output, and a clear error rather than a partial one.
          expect(() => convPlane(plane(c, values), weights, [c.kh, c.kw], withPairs(options))).toThrow();
          return;
        }
        const got = convPlane(plane(c, values), Float64Array.from(weights), [c.kh, c.kw], withPairs(options));
        expect([got.height, got.width]).toEqual([expected.length, expected[0]!.length]);
        expected.forEach((row, i) =>
          row.forEach((v, j) => {
            const value = got.data[i * got.width + j]!;
            expect(Math.abs(value - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
          }),
        );
      }),
      { numRuns: 400 },
    );
  });
});

function plane(c: { width: number; height: number }, values: number[]) {
  return { width: c.width, height: c.height, data: Float32Array.from(values) };
}

const pair = (p: Pair): [number, number] => (typeof p === 'number' ? [p, p] : p);
function withPairs(o: { stride: Pair; dilation: Pair; padding: Pair | 'same' | 'valid' }) {
  const padding: PaddingOption = typeof o.padding === 'string' ? o.padding : pair(o.padding);
  return { stride: pair(o.stride), dilation: pair(o.dilation), padding };
}
