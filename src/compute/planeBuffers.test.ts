/**
 * convPlane with memory kept between calls (the image worker's weight edits): a PaddedPlanes shared by
 * a run of convolutions and output arrays filled beforehand with NaN. The runs reuse one data array
 * under several shapes (4×6, 6×4, 3×8, …) and paddings (even 'same' ones, uneven), so a padded copy kept for the wrong shape or
 * padding, or an output value left unwritten, shows as a wrong value or a NaN. Every result must equal
 * the naive reference, and maxAbs the largest |value| of the reference.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convPlane, PaddedPlanes } from './planes';
import { naiveConv2d } from './testing/naiveReference';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';

const SHAPES: [number, number][] = [
  [4, 6],
  [6, 4],
  [3, 8],
  [8, 3],
  [2, 12],
  [1, 24],
];
const LENGTH = 24;

const stepArb = fc.record({
  shape: fc.constantFrom(...SHAPES),
  kh: fc.integer({ min: 1, max: 3 }),
  kw: fc.integer({ min: 1, max: 3 }),
  // 'same' with an even kernel pads one cell more after than before: the kept copy must tell them apart.
  padding: fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    fc.constant('same' as const),
  ),
  stride: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  weights: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 9, maxLength: 9 }),
  /** Which of the two data arrays this step reads. */
  which: fc.integer({ min: 0, max: 1 }),
  /** Give the step an output array of the right length (else one of another length, to be ignored). */
  rightLength: fc.boolean(),
});

const rowsOf = (flat: ArrayLike<number>, width: number): number[][] =>
  Array.from({ length: flat.length / width }, (_, r) => Array.from(flat).slice(r * width, (r + 1) * width));

describe('convPlane with kept padded planes and reused output arrays', PROPERTY_TIMEOUT, () => {
  test('runs of convolutions over shared data arrays in changing shapes and paddings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 2 * LENGTH, maxLength: 2 * LENGTH }),
        fc.array(stepArb, { minLength: 2, maxLength: 8 }),
        (values, steps) => {
          const arrays = [
            Float32Array.from(values.slice(0, LENGTH)),
            Float32Array.from(values.slice(LENGTH)),
          ];
          const padded = new PaddedPlanes();
          for (const s of steps) {
            const [height, width] = s.shape;
            const data = arrays[s.which]!;
            const weights = s.weights.slice(0, s.kh * s.kw);
            const options = { padding: s.padding, stride: s.stride };
            let expected: number[][];
            try {
              expected = naiveConv2d([rowsOf(data, width)], [[rowsOf(weights, s.kw)]], options)[0]!;
            } catch {
              continue; // the kernel does not fit; convPlane's refusal is tested in planes.test.ts
            }
            const size = expected.length * expected[0]!.length;
            const out = new Float64Array(s.rightLength ? size : size + 1).fill(NaN);
            const got = convPlane(
              { width, height, data },
              Float64Array.from(weights),
              [s.kh, s.kw],
              options,
              {
                padded,
                out,
              },
            );
            expect(got.data === out).toBe(s.rightLength);
            expect(rowsOf(got.data, got.width)).toEqual(expected);
            expect(got.maxAbs).toBe(Math.max(0, ...expected.flat().map(Math.abs)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
