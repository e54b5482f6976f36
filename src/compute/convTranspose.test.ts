/**
 * convTranspose2d against PyTorch (checked-in fixtures from scripts/make-transpose-fixtures.py) and
 * against the naive gather-by-definition reference over random configurations.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convTranspose2d,
  convTransposeOutputSize,
  makeTransposeGeometry,
  type Tensor3,
  type Tensor4,
} from './index';
import { expectClose, PROPERTY_TIMEOUT, shapeOf } from './testing/arbitraries';
import fixtures from './testing/fixtures/convTranspose.json';
import { naiveConvTranspose2d } from './testing/naiveTranspose';
import {
  absCase,
  expectedTransposeShape,
  transposeCaseArb,
  transposeOpts,
} from './testing/transposeArbitraries';

interface Fixture {
  name: string;
  input: Tensor3;
  weight: Tensor4;
  bias: number[] | null;
  stride: [number, number];
  padding: [number, number];
  outputPadding: [number, number];
  dilation: [number, number];
  groups: number;
  output: Tensor3;
}

const cases = fixtures.cases as Fixture[];

describe('convTranspose2d matches PyTorch conv_transpose2d', () => {
  test('there are fixtures for every option', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(cases.some((c) => c.groups > 1)).toBe(true);
    expect(cases.some((c) => c.bias)).toBe(true);
    expect(cases.some((c) => c.outputPadding.some((a, i) => a >= c.stride[i]!))).toBe(true);
    expect(cases.some((c) => c.dilation.some((d) => d > 1) && c.stride.some((s) => s > 1))).toBe(true);
    expect(cases.some((c) => c.stride[0] !== c.stride[1] || c.padding[0] !== c.padding[1])).toBe(true);
  });

  // Values are multiples of 0.25 with few terms, so float64 sums are exact in any order.
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const opts = {
      stride: c.stride,
      padding: c.padding,
      outputPadding: c.outputPadding,
      dilation: c.dilation,
      groups: c.groups,
      ...(c.bias && { bias: c.bias }),
    };
    expect(convTranspose2d(c.input, c.weight, opts)).toEqual(c.output);
    const [, h, w] = shapeOf(c.output);
    const size = (a: 0 | 1, n: number) =>
      convTransposeOutputSize(
        n,
        [c.weight[0]![0]!.length, c.weight[0]![0]![0]!.length][a]!,
        c.stride[a],
        c.padding[a],
        c.dilation[a],
        c.outputPadding[a],
      );
    expect([size(0, c.input[0]!.length), size(1, c.input[0]![0]!.length)]).toEqual([h, w]);
  });
});

describe('convTranspose2d, properties', PROPERTY_TIMEOUT, () => {
  test('equals the naive gather-by-definition reference (1,000 random configurations)', () => {
    fc.assert(
      fc.property(transposeCaseArb(), (c) => {
        const opts = transposeOpts(c);
        const out = convTranspose2d(c.input, c.weight, opts);
        expect(shapeOf(out)).toEqual(expectedTransposeShape(c));
        const want = naiveConvTranspose2d(c.input, c.weight, { ...c, bias: c.bias });
        if (c.kind === 'int') {
          expect(out).toEqual(want);
        } else {
          const abs = absCase(c);
          const scale = naiveConvTranspose2d(abs.input, abs.weight, { ...c, bias: abs.bias });
          expectClose(out, want, { relative: 1e-12, absolute: 1e-300, scale });
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the output size formula, (n − 1)·s − 2p + d·(k − 1) + output padding + 1, whenever it is positive', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(),
        (n, k, s, p, d, pick) => {
          const a = pick % Math.max(s, d);
          const expected = (n - 1) * s - 2 * p + d * (k - 1) + a + 1;
          if (expected >= 1) expect(convTransposeOutputSize(n, k, s, p, d, a)).toBe(expected);
          else
            expect(() => convTransposeOutputSize(n, k, s, p, d, a)).toThrow(/no output left after padding/);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('the geometry agrees with the output and its uncropped canvas is output + 2 × padding', () => {
    fc.assert(
      fc.property(transposeCaseArb({}, ['int']), (c) => {
        const g = makeTransposeGeometry({
          inChannels: c.inChannels,
          outChannels: c.outChannels,
          inputSize: [c.height, c.width],
          kernelSize: c.kernel,
          ...transposeOpts(c),
        });
        const [o, h, w] = expectedTransposeShape(c);
        expect([g.outChannels, g.outHeight, g.outWidth]).toEqual([o, h, w]);
        expect([g.fullHeight, g.fullWidth]).toEqual([h + 2 * c.padding[0], w + 2 * c.padding[1]]);
      }),
      { numRuns: 200 },
    );
  });

  test('a 1×1 kernel at stride 1 is a matrix–vector product at every pixel', () => {
    fc.assert(
      fc.property(transposeCaseArb({ maxKernel: 1 }, ['int']), (c) => {
        const out = convTranspose2d(c.input, c.weight, { groups: c.groups });
        const inPer = c.inChannels / c.groups;
        const outPer = c.outChannels / c.groups;
        const want = Array.from({ length: c.outChannels }, (_, o) =>
          c.input[0]!.map((row, i) =>
            row.map((__, j) => {
              const g = Math.floor(o / outPer);
              let sum = 0;
              for (let ch = g * inPer; ch < (g + 1) * inPer; ch++)
                sum += c.input[ch]![i]![j]! * c.weight[ch]![o % outPer]![0]![0]!;
              return sum;
            }),
          ),
        );
        expect(out).toEqual(want);
      }),
      { numRuns: 100 },
    );
  });

  test('the inputs are left untouched', () => {
    fc.assert(
      fc.property(transposeCaseArb(), (c) => {
        const input = structuredClone(c.input);
        const weight = structuredClone(c.weight);
        convTranspose2d(input, weight, transposeOpts(c));
        expect(input).toEqual(c.input);
        expect(weight).toEqual(c.weight);
      }),
      { numRuns: 50 },
    );
  });
});
