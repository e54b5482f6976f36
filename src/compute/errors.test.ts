/**
 * Every kind of invalid configuration throws an Error whose message names the problem; valid ones
 * never produce NaN.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  avgPool2d,
  avgPoolSteps,
  conv2d,
  convSteps,
  layerCost,
  maxPool2d,
  outputSize,
  poolSteps,
  receptiveField,
  type ConvOptions,
  type PoolOptions,
  type Tensor3,
  type Tensor4,
} from './index';
import { convCaseArb, convOpts, fits, PROPERTY_TIMEOUT } from './testing/arbitraries';

function expectError(run: () => unknown, message: RegExp): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a throw matching ${message}`).toBeInstanceOf(Error);
  expect((caught as Error).message).toMatch(message);
}

const ones = (c: number, h: number, w: number): Tensor3 =>
  Array.from({ length: c }, () => Array.from({ length: h }, () => new Array<number>(w).fill(1)));
const input = ones(1, 4, 4);
const weight: Tensor4 = [ones(1, 3, 3)];

const notPositiveIntegers = [0, -1, 1.5, NaN, Infinity];

describe('conv2d and convSteps refuse bad options', () => {
  const both = (opts: ConvOptions, message: RegExp, x: Tensor3 = input, w: Tensor4 = weight) => {
    expectError(() => conv2d(x, w, opts), message);
    expectError(() => convSteps(x, w, opts), message);
  };

  test.each(notPositiveIntegers)('stride %s', (v) => {
    both({ stride: v }, /stride.*positive whole number/i);
    both({ stride: [1, v] }, /stride.*positive whole number/i);
  });

  test.each(notPositiveIntegers)('dilation %s', (v) => {
    both({ dilation: v }, /dilation.*positive whole number/i);
    both({ dilation: [v, 1] }, /dilation.*positive whole number/i);
  });

  test.each([-1, -3, 1.5, NaN, Infinity])('padding %s', (v) => {
    both({ padding: v }, /padding.*whole number of 0 or more/i);
    both({ padding: [0, v] }, /padding.*whole number of 0 or more/i);
  });

  test('an unknown padding name', () => {
    both({ padding: 'full' as 'same' }, /padding "full" is not known.*"valid" or "same"/i);
  });

  test('a pair that is not a pair', () => {
    both({ stride: [1, 2, 3] as unknown as [number, number] }, /stride.*\[height, width\] pair/i);
    both({ padding: [1] as unknown as [number, number] }, /padding.*\[height, width\] pair/i);
  });

  test('a channel mismatch between input and kernel', () => {
    both({}, /input has 2 channel.*kernel expects 1/i, ones(2, 4, 4));
    both({}, /input has 1 channel.*kernel expects 3/i, input, [ones(3, 3, 3)]);
  });

  test('a kernel that does not fit the padded input', () => {
    both({}, /kernel is 5 cells.*padded input is only 4/i, input, [ones(1, 5, 5)]);
    both({ padding: [0, 1] }, /height.*padded input is only 4/i, input, [ones(1, 5, 1)]);
    both({ dilation: 2 }, /dilated kernel spans 5 cells.*padded input is only 4/i);
  });

  test('a bias of the wrong length, or not finite', () => {
    both({ bias: [1, 2] }, /bias has 2 values.*1 output channel/i);
    both({ bias: [] }, /bias has 0 values/i);
    both({ bias: [NaN] }, /bias 0 is NaN.*finite/i);
    both({ bias: [Infinity] }, /bias 0 is Infinity.*finite/i);
  });
});

describe('conv2d refuses malformed tensors', () => {
  test.each([
    ['no channels', [] as Tensor3, /input is empty/i],
    ['no rows', [[]] as Tensor3, /input is empty/i],
    ['no columns', [[[]]] as Tensor3, /input is empty/i],
    [
      'a short row',
      [
        [
          [1, 2, 3],
          [1, 2],
        ],
      ],
      /row 1 has 2 columns, expected 3/i,
    ],
    ['a long row', [[[1], [1, 2]]], /row 1 has 2 columns, expected 1/i],
    ['channels of different heights', [[[1]], [[1], [2]]], /channel 1 has 2 rows, expected 1/i],
    ['NaN', [[[1, NaN]]], /NaN at row 0, column 1.*finite/i],
    ['Infinity', [[[Infinity]]], /Infinity.*finite/i],
    ['-Infinity', [[[1], [-Infinity]]], /-Infinity at row 1.*finite/i],
    ['a string', [[['3' as unknown as number]]], /finite/i],
    ['a hole', [[[1, undefined as unknown as number]]], /undefined.*finite/i],
  ])('input with %s', (_name, bad, message) => {
    const w: Tensor4 = [ones(bad.length || 1, 1, 1)];
    expectError(() => conv2d(bad, w), message);
    expectError(() => convSteps(bad, w), message);
    expectError(() => maxPool2d(bad, { kernelSize: 1 }), message);
    expectError(() => avgPool2d(bad, { kernelSize: 1 }), message);
  });

  test.each([
    ['no filters', [] as Tensor4, /kernel is empty/i],
    ['an empty filter', [[]] as Tensor4, /kernel is empty/i],
    [
      'filters with different input channels',
      [ones(1, 1, 1), ones(2, 1, 1)],
      /output channel 1 has 2 input channels.*first has 1/i,
    ],
    ['a ragged kernel row', [[[[1, 1], [1]]]], /kernel 0, input channel 0, row 1 has 1 columns/i],
    ['kernels of different heights', [ones(1, 1, 1), ones(1, 2, 1)], /kernel 1, input channel 0 has 2 rows/i],
    ['NaN', [[[[NaN]]]], /kernel 0, input channel 0 holds NaN.*finite/i],
  ])('weight with %s', (_name, bad, message) => {
    expectError(() => conv2d(input, bad), message);
  });
});

describe('pooling refuses bad options', () => {
  const all = (opts: PoolOptions, message: RegExp, x: Tensor3 = input) => {
    for (const run of [maxPool2d, poolSteps, avgPool2d, avgPoolSteps])
      expectError(() => run(x, opts), message);
  };

  test.each(notPositiveIntegers)('window (kernelSize) %s', (v) => {
    all({ kernelSize: v }, /kernel size.*positive whole number/i);
    all({ kernelSize: [2, v] }, /kernel size.*positive whole number/i);
  });

  test.each(notPositiveIntegers)('stride %s', (v) =>
    all({ kernelSize: 2, stride: v }, /stride.*positive whole number/i),
  );

  test('no window at all', () => {
    all(undefined as unknown as PoolOptions, /kernelSize/);
    all({} as PoolOptions, /kernelSize/);
  });

  test('negative padding and unknown padding names', () => {
    all({ kernelSize: 2, padding: -1 }, /padding.*0 or more/i);
    all({ kernelSize: 2, padding: 'full' as 'same' }, /padding "full" is not known/i);
  });

  test('padding over half the window (PyTorch refuses it)', () => {
    all({ kernelSize: 2, padding: 2 }, /padding may be at most half the window/i);
    all({ kernelSize: [3, 2], padding: [1, 2] }, /half the window \(1×1 for a 3×2 window\)/i);
    // exactly half is fine
    expect(maxPool2d(input, { kernelSize: 2, padding: 1 })).toHaveLength(1);
  });

  test('a window that does not fit', () => {
    all({ kernelSize: 5 }, /kernel is 5 cells.*padded input is only 4/i);
  });

  test('max pooling accepts dilation; average pooling has none', () => {
    expect(maxPool2d(input, { kernelSize: 2, dilation: 2, stride: 1 })).toHaveLength(1);
    for (const dilation of [2, [1, 2] as [number, number], [2, 1] as [number, number]]) {
      expectError(() => avgPool2d(input, { kernelSize: 2, dilation }), /average pooling has no dilation/i);
      expectError(() => avgPoolSteps(input, { kernelSize: 2, dilation }), /average pooling has no dilation/i);
    }
    expect(avgPool2d(input, { kernelSize: 2, dilation: [1, 1] })).toEqual(
      avgPool2d(input, { kernelSize: 2 }),
    );
  });
});

describe('the other entry points', () => {
  test('outputSize', () => {
    expectError(() => outputSize(0, 3, 1, 0, 1), /input size.*positive whole number/i);
    expectError(() => outputSize(5, 0, 1, 0, 1), /kernel size.*positive whole number/i);
    expectError(() => outputSize(5, 3, 0, 0, 1), /stride.*positive whole number/i);
    expectError(() => outputSize(5, 3, 1, -1, 1), /padding.*0 or more/i);
    expectError(() => outputSize(5, 3, 1, 0, 1.5), /dilation.*positive whole number/i);
    expectError(() => outputSize(2, 3, 1, 0, 1), /kernel is 3 cells.*padded input is only 2/i);
  });

  test('receptiveField', () => {
    expectError(() => receptiveField([{ kind: 'conv', kernelSize: 0 }], 8), /kernel size/i);
    expectError(() => receptiveField([{ kind: 'conv', kernelSize: 3, stride: -1 }], 8), /stride/i);
    expectError(() => receptiveField([{ kind: 'conv', kernelSize: 3, padding: -1 }], 8), /padding/i);
    expectError(() => receptiveField([{ kind: 'conv', kernelSize: 3 }], 0), /input size/i);
    expectError(
      () =>
        receptiveField(
          [
            { kind: 'conv', kernelSize: 3 },
            { kind: 'conv', kernelSize: 3 },
          ],
          4,
        ),
      /kernel spans 3 cells.*padded input is only 2/i,
    );
  });

  test('layerCost', () => {
    expectError(
      () => layerCost({ inputSize: 8, inChannels: 0, outChannels: 4, kernelSize: 3 }),
      /input channels/i,
    );
    expectError(
      () => layerCost({ inputSize: 8, inChannels: 3, outChannels: 1.5, kernelSize: 3 }),
      /output channels/i,
    );
    expectError(
      () => layerCost({ inputSize: [8, 0], inChannels: 3, outChannels: 4, kernelSize: 3 }),
      /input size/i,
    );
    expectError(
      () => layerCost({ inputSize: 2, inChannels: 3, outChannels: 4, kernelSize: 3 }),
      /padded input/i,
    );
  });
});

describe('never NaN', PROPERTY_TIMEOUT, () => {
  test('no valid configuration yields NaN, from conv2d, the steps or pooling', () => {
    fc.assert(
      fc.property(convCaseArb({ maxSide: 8 }), (c) => {
        fc.pre(fits(c));
        const values = [
          ...conv2d(c.input, c.weight, convOpts(c)).flat(2),
          ...convSteps(c.input, c.weight, convOpts(c)).flatMap((s) => [
            s.result,
            ...s.window.map((w) => w.product!),
          ]),
        ];
        expect(values.some(Number.isNaN)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('results that overflow are refused, not shown as Infinity or NaN', () => {
  test('a convolution whose sum passes the largest double', () => {
    expect(() => conv2d([[[1e308, -1e308]]], [[[[10, 10]]]])).toThrow(/overflows.*smaller/i);
    expect(() => conv2d([[[1e308, 1e308]]], [[[[1, 1]]]])).toThrow(/overflows/i);
    expect(() => convSteps([[[1e308, 1e308]]], [[[[1, 1]]]])).toThrow(/overflows/i);
  });

  test('an average pool whose window sum passes the largest double', () => {
    expect(() => avgPool2d([[[1e308, 1e308]]], { kernelSize: [1, 2] })).toThrow(/largest number/i);
  });

  test('a dilated pooling window that reads only padding', () => {
    // Taps at columns -1 and 2 of a 2-wide input: both padding.
    expect(() =>
      maxPool2d([[[1, 2]]], { kernelSize: [1, 2], padding: [0, 1], dilation: [1, 3], stride: 1 }),
    ).toThrow(/only padding/i);
  });
});
