/**
 * Shape maths: which input sizes a strided convolution maps to the same output (why output_padding
 * exists), and the geometry's own bookkeeping.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convInputSizesFor, convTransposeOutputSize, makeTransposeGeometry, outputSize } from './index';

/** Every n in 1…limit whose ordinary convolution output is `m` (a kernel that does not fit gives none). */
function bruteForce(m: number, k: number, s: number, p: number, d: number): number[] {
  const found: number[] = [];
  for (let n = 1; n <= m * s + d * k + 2 * p + 2; n++) {
    let out: number | null;
    try {
      out = outputSize(n, k, s, p, d);
    } catch {
      out = null; // the kernel does not fit: no output at all
    }
    if (out === m) found.push(n);
  }
  return found;
}

describe('convInputSizesFor', () => {
  test('returns exactly the input sizes an ordinary convolution maps to the given output size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (m, k, s, p, d) => {
          const sizes = convInputSizesFor(m, k, s, p, d);
          expect(sizes).toEqual(bruteForce(m, k, s, p, d));
          // s of them, unless the run reaches below 1.
          if (sizes.length > 0 && sizes[0]! > 1) expect(sizes).toHaveLength(s);
          // …and output padding a picks the a-th: the transposed convolution undoes the ambiguity.
          sizes.forEach((n, a) => {
            if (sizes.length === s) expect(convTransposeOutputSize(m, k, s, p, d, a)).toBe(n);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  test('stride 2, kernel 3, padding 1: 7 and 8 both become 4', () => {
    expect(convInputSizesFor(4, 3, 2, 1, 1)).toEqual([7, 8]);
    expect(convInputSizesFor(4, 3, 1, 1, 1)).toEqual([4]);
  });

  test('refuses sizes and options that are not whole numbers in range', () => {
    expect(() => convInputSizesFor(0, 3, 2, 0, 1)).toThrow(
      /Output size must be a positive whole number \(got 0\)/,
    );
    expect(() => convInputSizesFor(4, 3, 0, 0, 1)).toThrow(/Stride must be a positive whole number/);
    expect(() => convInputSizesFor(4, 3, 2, -1, 1)).toThrow(/Padding must be a whole number of 0 or more/);
  });
});

describe('makeTransposeGeometry', () => {
  test('reads one number or a [height, width] pair for every option', () => {
    const g = makeTransposeGeometry({
      inChannels: 4,
      outChannels: 6,
      groups: 2,
      inputSize: [3, 5],
      kernelSize: [2, 3],
      stride: [2, 1],
      padding: [1, 0],
      outputPadding: [1, 0],
      dilation: [1, 2],
    });
    expect(g).toEqual({
      inChannels: 4,
      outChannels: 6,
      groups: 2,
      inputHeight: 3,
      inputWidth: 5,
      kernelHeight: 2,
      kernelWidth: 3,
      strideRow: 2,
      strideCol: 1,
      padRow: 1,
      padCol: 0,
      dilationRow: 1,
      dilationCol: 2,
      outPadRow: 1,
      outPadCol: 0,
      outHeight: (3 - 1) * 2 - 2 + 1 + 1 + 1, // 5
      outWidth: (5 - 1) * 1 - 0 + 2 * 2 + 0 + 1, // 9
      fullHeight: 5 + 2,
      fullWidth: 9,
    });
    const square = makeTransposeGeometry({
      inChannels: 1,
      outChannels: 1,
      inputSize: 4,
      kernelSize: 3,
      stride: 2,
    });
    expect([square.outHeight, square.outWidth, square.groups, square.outPadRow]).toEqual([9, 9, 1, 0]);
  });
});
