/**
 * Max and average pooling against tfjs-cpu and the naive reference. tfjs stands in where its
 * semantics are PyTorch's: max pooling without dilation (padding never wins in both), average
 * pooling without padding (tfjs leaves padding out of the mean, PyTorch's default counts it).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { avgPool2d, maxPool2d, poolSteps } from './index';
import type { Tensor3 } from './types';
import { expectClose, PROPERTY_TIMEOUT } from './testing/arbitraries';
import { naiveAvgPool2d, naiveMaxPool2d } from './testing/naiveReference';
import { geometryOf, optsOf, poolCaseArb, tfPaddingOf } from './testing/poolCases';
import { readyTf, tfAvgPool, tfMaxPool } from './testing/tfjsReference';

beforeAll(readyTf);

describe('maxPool2d, differential', PROPERTY_TIMEOUT, () => {
  test('matches tfjs-cpu (no dilation) or the naive reference (dilation) on 1000 configurations', () => {
    let viaTf = 0;
    fc.assert(
      fc.property(poolCaseArb(true), (p) => {
        const g = geometryOf(p);
        fc.pre(g.outHeight > 0 && g.outWidth > 0 && !g.overHalf && !g.emptyWindow);
        const ours = maxPool2d(p.input, optsOf(p));
        expect(ours).toEqual(naiveMaxPool2d(p.input, { ...optsOf(p), stride: g.stride }));
        if (g.dilation[0] === 1 && g.dilation[1] === 1) {
          const theirs = tfMaxPool(p.input, {
            kernelSize: p.kernel,
            stride: g.stride,
            padding: tfPaddingOf(p),
          });
          // A max is one of the inputs, so after rounding to float32 the two agree exactly (up to
          // the sign of zero: a subnormal like −5e-324 rounds to −0 in float32).
          const f32 = (t: Tensor3) =>
            t.map((plane) => plane.map((row) => row.map((v) => Math.fround(v) + 0)));
          expect(f32(ours)).toEqual(f32(theirs));
          viaTf++;
        }
      }),
      { numRuns: 1000 },
    );
    expect(viaTf).toBeGreaterThan(200);
  });

  test('refuses configurations that do not fit or pad more than half the window', () => {
    fc.assert(
      fc.property(poolCaseArb(true, ['int']), (p) => {
        const g = geometryOf(p);
        fc.pre(g.outHeight === 0 || g.outWidth === 0 || g.overHalf || g.emptyWindow);
        const pattern =
          g.outHeight === 0 || g.outWidth === 0
            ? /padded input|half the window/i
            : g.overHalf
              ? /half the window/i
              : /only padding/i;
        expect(() => maxPool2d(p.input, optsOf(p))).toThrow(pattern);
        expect(() => poolSteps(p.input, optsOf(p))).toThrow(pattern);
      }),
      { numRuns: 200 },
    );
  });
});

describe('avgPool2d, differential', PROPERTY_TIMEOUT, () => {
  test('matches the naive reference (count_include_pad=True), and tfjs-cpu where there is no padding', () => {
    let viaTf = 0;
    fc.assert(
      fc.property(poolCaseArb(false), (p) => {
        const g = geometryOf(p);
        fc.pre(g.outHeight > 0 && g.outWidth > 0 && !g.overHalf && !g.emptyWindow);
        const ours = avgPool2d(p.input, optsOf(p));
        const magnitude = naiveAvgPool2d(
          p.input.map((plane) => plane.map((row) => row.map(Math.abs))),
          { ...optsOf(p), stride: g.stride },
        );
        expectClose(ours, naiveAvgPool2d(p.input, { ...optsOf(p), stride: g.stride }), {
          relative: 1e-12,
          scale: magnitude,
        });
        const { top, bottom, left, right } = g.sides;
        if (top + bottom + left + right === 0) {
          const theirs = tfAvgPool(p.input, { kernelSize: p.kernel, stride: g.stride, padding: 'valid' });
          expectClose(ours, theirs, { relative: 1e-5, absolute: 1e-9, scale: magnitude });
          viaTf++;
        }
      }),
      { numRuns: 500 },
    );
    expect(viaTf).toBeGreaterThan(50);
  });

  test('padding counts in the divisor: a 2×2 average of ones, padding 1, stride 1', () => {
    const ones = [
      [
        [1, 1],
        [1, 1],
      ],
    ];
    // corners see 1 real cell of 4, edges 2, the centre 4 (tfjs would say 1 everywhere)
    expect(avgPool2d(ones, { kernelSize: 2, stride: 1, padding: 1 })).toEqual([
      [
        [0.25, 0.5, 0.25],
        [0.5, 1, 0.5],
        [0.25, 0.5, 0.25],
      ],
    ]);
  });
});
