/**
 * Properties every convolution must have: 1×1 is a matrix–vector product, the identity kernel copies,
 * dilation 1 and 'valid' are the defaults, 'same' keeps ceil(n / stride).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { conv2d, kernelPreset } from './index';
import type { Tensor3, Tensor4 } from './types';
import {
  convCaseArb,
  convOpts,
  fits,
  pairArb,
  pairOf,
  PROPERTY_TIMEOUT,
  shapeOf,
  tensor3Arb,
  valueArb,
} from './testing/arbitraries';

describe('conv2d, properties', PROPERTY_TIMEOUT, () => {
  test('a 1×1 conv is a matrix–vector product at every pixel (whatever the dilation)', () => {
    const caseArb = fc
      .record({
        c: fc.integer({ min: 1, max: 4 }),
        o: fc.integer({ min: 1, max: 4 }),
        h: fc.integer({ min: 1, max: 12 }),
        w: fc.integer({ min: 1, max: 12 }),
        dilation: pairArb(1, 3),
      })
      .chain((s) =>
        fc.record({
          dilation: fc.constant(s.dilation),
          input: tensor3Arb(s.c, s.h, s.w, valueArb('int', -9, 9)),
          matrix: fc.array(fc.array(valueArb('int'), { minLength: s.c, maxLength: s.c }), {
            minLength: s.o,
            maxLength: s.o,
          }),
        }),
      );
    fc.assert(
      fc.property(caseArb, ({ input, matrix, dilation }) => {
        const weight: Tensor4 = matrix.map((row) => row.map((m) => [[m]]));
        const out = conv2d(input, weight, { dilation });
        const height = input[0]!.length;
        const width = input[0]![0]!.length;
        const expected = matrix.map((row) =>
          Array.from({ length: height }, (_, r) =>
            Array.from({ length: width }, (_, col) =>
              row.reduce((sum, m, ch) => sum + m * input[ch]![r]![col]!, 0),
            ),
          ),
        );
        expect(out).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test('dilation 1 is the same as giving no dilation', () => {
    fc.assert(
      fc.property(convCaseArb({ maxSide: 8 }), (c) => {
        fc.pre(fits({ ...c, dilation: 1 }));
        const base = { stride: c.stride, padding: c.padding, ...(c.bias && { bias: c.bias }) };
        const plain = conv2d(c.input, c.weight, base);
        expect(conv2d(c.input, c.weight, { ...base, dilation: 1 })).toEqual(plain);
        expect(conv2d(c.input, c.weight, { ...base, dilation: [1, 1] })).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  test("'valid' is the same as padding 0", () => {
    fc.assert(
      fc.property(convCaseArb({ maxSide: 8 }), (c) => {
        fc.pre(fits({ ...c, padding: 0 }));
        const opts = { stride: c.stride, dilation: c.dilation };
        expect(conv2d(c.input, c.weight, { ...opts, padding: 'valid' })).toEqual(
          conv2d(c.input, c.weight, { ...opts, padding: 0 }),
        );
      }),
      { numRuns: 200 },
    );
  });

  test("the identity kernel (odd size, 'same' padding) returns the input, channel by channel", () => {
    const arb = fc
      .record({
        c: fc.integer({ min: 1, max: 4 }),
        h: fc.integer({ min: 1, max: 12 }),
        w: fc.integer({ min: 1, max: 12 }),
        kh: fc.constantFrom(1, 3, 5, 7),
        kw: fc.constantFrom(1, 3, 5, 7),
        kind: fc.constantFrom<'int' | 'float'>('int', 'float'),
      })
      .chain((s) => fc.tuple(fc.constant(s), tensor3Arb(s.c, s.h, s.w, valueArb(s.kind))));
    fc.assert(
      fc.property(arb, ([s, input]) => {
        const identity = kernelPreset('identity', s.kh, s.kw);
        const zeros = identity.map((row) => row.map(() => 0));
        const weight: Tensor4 = input.map((_, o) => input.map((__, ch) => (ch === o ? identity : zeros)));
        expect(conv2d(input, weight, { padding: 'same' })).toEqual(input);
      }),
      { numRuns: 200 },
    );
  });

  test("'same' padding gives an output of ceil(n / stride) on each side", () => {
    fc.assert(
      fc.property(convCaseArb({ maxChannels: 2 }), (c) => {
        const out = conv2d(c.input, c.weight, { ...convOpts(c), padding: 'same' });
        const [sh, sw] = pairOf(c.stride);
        expect(shapeOf(out)).toEqual([c.weight.length, Math.ceil(c.height / sh), Math.ceil(c.width / sw)]);
      }),
      { numRuns: 300 },
    );
  });

  test('the inputs are left untouched', () => {
    fc.assert(
      fc.property(convCaseArb({ maxSide: 6 }), (c) => {
        fc.pre(fits(c));
        const input: Tensor3 = structuredClone(c.input);
        const weight: Tensor4 = structuredClone(c.weight);
        conv2d(input, weight, convOpts(c));
        expect(input).toEqual(c.input);
        expect(weight).toEqual(c.weight);
      }),
      { numRuns: 50 },
    );
  });
});
