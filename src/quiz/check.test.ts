/** Judging typed numbers at the precision the app shows values (formatValue). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { numberVerdict, readNumber, sameAsShown } from './check';

describe('typed numbers', () => {
  test('decimals, negatives (either minus), commas and fractions read as numbers; words do not', () => {
    expect(readNumber(' 12 ')).toBe(12);
    expect(readNumber('−2.5')).toBe(-2.5);
    expect(readNumber('0,5')).toBe(0.5);
    expect(readNumber('1/3')).toBeCloseTo(1 / 3, 12);
    expect(readNumber('1/0')).toBeNull();
    expect(readNumber('3x')).toBeNull();
    expect(readNumber('')).toBeNull();
    expect(readNumber('2500000'), 'no range limit: sums of products grow large').toBe(2_500_000);
  });

  test('a whole-number answer needs that whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.integer({ min: 1, max: 50 }), (n, d) => {
        expect(numberVerdict({ kind: 'number', text: String(n) }, n).correct).toBe(true);
        expect(numberVerdict({ kind: 'number', text: String(n + d) }, n).correct).toBe(false);
      }),
    );
  });

  test('a fraction is right typed as the fraction or to the digits shown, and wrong a step further off', () => {
    fc.assert(
      fc.property(fc.integer({ min: -90, max: 90 }), fc.integer({ min: 2, max: 9 }), (a, b) => {
        fc.pre(a % b !== 0);
        const answer = a / b;
        expect(numberVerdict({ kind: 'number', text: `${a}/${b}` }, answer).correct).toBe(true);
        // Three decimals below 10, two below 100 (what a cell shows).
        const decimals = Math.abs(answer) >= 10 ? 2 : 3;
        expect(numberVerdict({ kind: 'number', text: answer.toFixed(decimals) }, answer).correct).toBe(true);
        const off = answer + 2 * 10 ** -decimals;
        expect(numberVerdict({ kind: 'number', text: off.toFixed(decimals) }, answer).correct).toBe(false);
      }),
    );
  });

  test('sameAsShown is symmetric and reflexive', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (a, b) => {
          expect(sameAsShown(a, a)).toBe(true);
          expect(sameAsShown(a, b)).toBe(sameAsShown(b, a));
        },
      ),
    );
  });
});
