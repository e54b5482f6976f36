/**
 * Edited values as URL text: whatever the form the writer picks (every value, only the edits, a
 * repeated plane, a fraction), reading it back gives the very same doubles.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIMITS } from './config';
import { decodePlanes, decodeValues, encodeNumber, encodeValues } from './valueCodec';

const valueArb = fc
  .oneof(
    fc.double({ min: -LIMITS.value.max, max: LIMITS.value.max, noNaN: true }),
    fc.integer({ min: -9, max: 9 }),
    fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: 1, max: 1000 })).map(([n, d]) => n / d),
  )
  .map((v) => (Object.is(v, -0) ? 0 : v));

const planeArb = (h: number, w: number) =>
  fc.array(fc.array(valueArb, { minLength: w, maxLength: w }), { minLength: h, maxLength: h });

/** Planes of one shape, some of them repeats of the plane before (as a preset writes them). */
const planesArb = fc
  .record({
    p: fc.integer({ min: 1, max: 6 }),
    h: fc.integer({ min: 1, max: 4 }),
    w: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ p, h, w }) =>
    fc.tuple(
      fc.array(fc.tuple(planeArb(h, w), fc.boolean()), { minLength: p, maxLength: p }),
      fc.array(planeArb(h, w), { minLength: p, maxLength: p }),
    ),
  )
  .map(([drawn, base]) => {
    const planes: number[][][] = [];
    for (const [plane, repeat] of drawn)
      planes.push(repeat && planes.length > 0 ? planes[planes.length - 1]! : plane);
    // Some planes left as the base had them, so the edits form gets its chance.
    return { planes: planes.map((plane, i) => (i % 2 ? base[i]! : plane)), base };
  });

describe('valueCodec', () => {
  test('any planes read back exactly, in whichever form is written', () => {
    fc.assert(
      fc.property(planesArb, ({ planes, base }) => {
        const decoded = decodeValues(encodeValues(planes, base), base);
        expect(decoded).toEqual({ ok: true, value: planes });
      }),
      { numRuns: 500 },
    );
  });

  test('any value reads back as the same double, as a fraction where that is shorter', () => {
    fc.assert(
      fc.property(valueArb, (v) => {
        const text = encodeNumber(v);
        expect(text.length).toBeLessThanOrEqual(String(v).length);
        expect(decodePlanes(text, 1, 1, 1)).toEqual({ ok: true, value: [[[v]]] });
      }),
      { numRuns: 2000 },
    );
    expect(encodeNumber(1 / 9)).toBe('1/9');
    expect(encodeNumber(-2 / 49)).toBe('-2/49');
  });

  test('a repeated plane is written once; an empty first plane is refused', () => {
    const plane = [
      [0, 1 / 3],
      [2, -1],
    ];
    expect(
      encodeValues(
        [plane, plane, plane],
        [[[9]], [[9]], [[9]]].map(() => [
          [9, 9],
          [9, 9],
        ]),
      ),
    ).toBe('0,1/3_2,-1~~');
    expect(decodePlanes('~1', 2, 1, 1).ok).toBe(false);
  });
});
