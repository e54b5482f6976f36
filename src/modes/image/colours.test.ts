/**
 * The feature maps' colours: each value gets the diverging scale's colour at value / maxAbs (to within
 * the 256-step table the worker uses), opaque; the ends and the middle are the scale's anchors.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { colourize, divergingColour } from './colours';

test('each value is coloured as divergingColour(value / maxAbs), opaque', () => {
  fc.assert(
    fc.property(
      fc.double({ min: 0.001, max: 1e6, noNaN: true }),
      fc.array(fc.double({ min: -1.2, max: 1.2, noNaN: true }), { minLength: 1, maxLength: 40 }),
      (maxAbs, fractions) => {
        const values = Float64Array.from(fractions, (f) => f * maxAbs);
        const rgba = colourize(values, maxAbs);
        expect(rgba.length).toBe(values.length * 4);
        fractions.forEach((f, i) => {
          const expected = divergingColour(f);
          // Half a table step is at most ~0.9 of a colour level between the anchors, plus rounding.
          for (let c = 0; c < 3; c++)
            expect(Math.abs(rgba[i * 4 + c]! - expected[c]!)).toBeLessThanOrEqual(2);
          expect(rgba[i * 4 + 3]).toBe(255);
        });
      },
    ),
  );
});

const nearMiddle = (rgba: Uint8ClampedArray, i: number) =>
  [0, 1, 2].every((c) => Math.abs(rgba[i * 4 + c]! - 0xf7) <= 2);

test('−maxAbs and +maxAbs are the dark purple and dark orange ends; 0 is the near-white middle', () => {
  const rgba = colourize(Float64Array.of(-5, 5, 0), 5);
  expect([...rgba.subarray(0, 8)]).toEqual([0x54, 0x27, 0x88, 255, 0xb3, 0x58, 0x06, 255]);
  expect(nearMiddle(rgba, 2)).toBe(true);
});

test('an all-zero map (maxAbs 0) is the middle colour everywhere, not the negative end', () => {
  const rgba = colourize(new Float64Array(3), 0);
  expect([0, 1, 2].every((i) => nearMiddle(rgba, i))).toBe(true);
});
