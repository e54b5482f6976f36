/**
 * Output sizes and padding. The classic cases are the worked examples of Dumoulin & Visin, "A guide
 * to convolution arithmetic for deep learning" (2016), each named after its section.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { effectiveKernelSize, makeGeometry, outputSize, resolvePadding } from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';

/** PyTorch's formula, written out in the test: floor((n + 2p − d(k−1) − 1) / s) + 1. */
const formula = (n: number, k: number, s: number, p: number, d: number) =>
  Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;

describe('outputSize: the classic convolution-arithmetic cases', () => {
  test.each([
    // [name, input, kernel, stride, padding, dilation, output]
    ['no padding, unit strides (fig. 2.1)', 4, 3, 1, 0, 1, 2],
    ['arbitrary padding, unit strides (fig. 2.2)', 5, 4, 1, 2, 1, 6],
    ['half (same) padding, unit strides (fig. 2.3)', 5, 3, 1, 1, 1, 5],
    ['full padding, unit strides (fig. 2.4)', 5, 3, 1, 2, 1, 7],
    ['no padding, strides (fig. 2.5)', 5, 3, 2, 0, 1, 2],
    ['padding, strides (fig. 2.6)', 5, 3, 2, 1, 1, 3],
    ['padding, strides, odd (fig. 2.7)', 6, 3, 2, 1, 1, 3],
    ['dilation (fig. 5.1)', 7, 3, 1, 0, 2, 3],
    ['kernel as large as the input', 5, 5, 1, 0, 1, 1],
    ['stride larger than the input', 3, 1, 5, 0, 1, 1],
  ])('%s', (_name, n, k, s, p, d, out) => {
    expect(outputSize(n, k, s, p, d)).toBe(out);
  });
});

describe('outputSize: properties', PROPERTY_TIMEOUT, () => {
  const arb = fc.record({
    n: fc.integer({ min: 1, max: 64 }),
    k: fc.integer({ min: 1, max: 9 }),
    s: fc.integer({ min: 1, max: 5 }),
    p: fc.integer({ min: 0, max: 5 }),
    d: fc.integer({ min: 1, max: 4 }),
  });

  test('matches floor((n + 2p − d(k−1) − 1)/s) + 1 whenever the dilated kernel fits', () => {
    fc.assert(
      fc.property(arb, ({ n, k, s, p, d }) => {
        const span = d * (k - 1) + 1;
        if (span <= n + 2 * p) expect(outputSize(n, k, s, p, d)).toBe(formula(n, k, s, p, d));
        else expect(() => outputSize(n, k, s, p, d)).toThrow(/kernel.*padded input/i);
      }),
      { numRuns: 1000 },
    );
  });

  test('the output count is the number of window positions: the last fits, one more would not', () => {
    fc.assert(
      fc.property(arb, ({ n, k, s, p, d }) => {
        fc.pre(d * (k - 1) + 1 <= n + 2 * p);
        const out = outputSize(n, k, s, p, d);
        const lastTap = (o: number) => o * s + d * (k - 1); // in padded coordinates
        expect(lastTap(out - 1)).toBeLessThanOrEqual(n + 2 * p - 1);
        expect(lastTap(out)).toBeGreaterThan(n + 2 * p - 1);
      }),
      { numRuns: 500 },
    );
  });

  test('effectiveKernelSize is d(k−1)+1', () => {
    expect(effectiveKernelSize(3, 1)).toBe(3);
    expect(effectiveKernelSize(3, 2)).toBe(5);
    expect(effectiveKernelSize(3, 4)).toBe(9);
    expect(effectiveKernelSize(1, 7)).toBe(1);
  });
});

describe("'same' and 'valid' padding", PROPERTY_TIMEOUT, () => {
  const arb = fc.record({
    n: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })),
    k: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
    s: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    d: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  });

  test("'same' gives ceil(n/s) per side, with the odd extra cell at the bottom/right (TensorFlow)", () => {
    fc.assert(
      fc.property(arb, ({ n, k, s, d }) => {
        const g = makeGeometry(n[0], n[1], { kernelSize: k, stride: s, dilation: d, padding: 'same' });
        expect([g.outHeight, g.outWidth]).toEqual([Math.ceil(n[0] / s[0]), Math.ceil(n[1] / s[1])]);
        const { top, bottom, left, right } = g.padding;
        for (const [before, after, axis] of [
          [top, bottom, 0],
          [left, right, 1],
        ] as const) {
          expect(after - before === 0 || after - before === 1).toBe(true);
          // the least padding that lets the last window start at (out − 1)·s and still fit
          const total = Math.max(
            0,
            (Math.ceil(n[axis] / s[axis]) - 1) * s[axis] + d[axis] * (k[axis] - 1) + 1 - n[axis],
          );
          expect(before + after).toBe(total);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("'same' worked cases", () => {
    // 3×3 at stride 1: one cell all round
    expect(resolvePadding('same', [5, 5], [3, 3], [1, 1], [1, 1])).toEqual({
      top: 1,
      bottom: 1,
      left: 1,
      right: 1,
    });
    // 2×2 at stride 1: one cell in total, after
    expect(resolvePadding('same', [5, 5], [2, 2], [1, 1], [1, 1])).toEqual({
      top: 0,
      bottom: 1,
      left: 0,
      right: 1,
    });
    // TF's documented example: n = 13, k = 6, s = 5 → out 3, total (3−1)·5 + 6 − 13 = 3 → 1 before, 2 after
    expect(resolvePadding('same', [13, 13], [6, 6], [5, 5], [1, 1])).toEqual({
      top: 1,
      bottom: 2,
      left: 1,
      right: 2,
    });
    // a dilated 3×3 (span 5) at stride 1: two cells all round
    expect(resolvePadding('same', [7, 7], [3, 3], [1, 1], [2, 2])).toEqual({
      top: 2,
      bottom: 2,
      left: 2,
      right: 2,
    });
    // stride as large as the input and kernel 1: nothing to pad
    expect(resolvePadding('same', [4, 4], [1, 1], [4, 4], [1, 1])).toEqual({
      top: 0,
      bottom: 0,
      left: 0,
      right: 0,
    });
  });

  test("'valid', undefined and numbers", () => {
    const none = { top: 0, bottom: 0, left: 0, right: 0 };
    expect(resolvePadding('valid', [5, 5], [3, 3], [1, 1], [1, 1])).toEqual(none);
    expect(resolvePadding(undefined, [5, 5], [3, 3], [1, 1], [1, 1])).toEqual(none);
    expect(resolvePadding(2, [5, 5], [3, 3], [1, 1], [1, 1])).toEqual({
      top: 2,
      bottom: 2,
      left: 2,
      right: 2,
    });
    expect(resolvePadding([1, 3], [5, 5], [3, 3], [1, 1], [1, 1])).toEqual({
      top: 1,
      bottom: 1,
      left: 3,
      right: 3,
    });
  });
});

describe('makeGeometry', () => {
  test('takes [height, width] pairs apart and defaults stride and dilation to 1', () => {
    const g = makeGeometry(7, 9, { kernelSize: [3, 2], padding: [1, 0] });
    expect(g).toMatchObject({
      inputHeight: 7,
      inputWidth: 9,
      kernelHeight: 3,
      kernelWidth: 2,
      strideRow: 1,
      strideCol: 1,
      dilationRow: 1,
      dilationCol: 1,
      padding: { top: 1, bottom: 1, left: 0, right: 0 },
      outHeight: formula(7, 3, 1, 1, 1),
      outWidth: formula(9, 2, 1, 0, 1),
    });
  });

  test('non-square everything', () => {
    const g = makeGeometry(10, 6, { kernelSize: [3, 1], stride: [2, 3], padding: [2, 1], dilation: [2, 1] });
    expect([g.outHeight, g.outWidth]).toEqual([formula(10, 3, 2, 2, 2), formula(6, 1, 3, 1, 1)]);
    expect([g.outHeight, g.outWidth]).toEqual([5, 3]);
  });
});
