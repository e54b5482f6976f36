/**
 * Depthwise convolution (groups = C_in, any depth multiplier) against tfjs-cpu's depthwiseConv2d, an
 * implementation that shares nothing with ours. tfjs keeps its filter as [kH][kW][C_in][multiplier]
 * and cannot combine a stride > 1 with a dilation > 1; those cases are left to the naive reference.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { conv2d } from './index';
import { expectClose, fits, pairOf, PROPERTY_TIMEOUT, sidesOf } from './testing/arbitraries';
import { groupedCaseArb, groupedMagnitude, groupedOpts } from './testing/groupedArbitraries';
import {
  readyTf,
  tfDepthwiseConv2d,
  tfSupportsConv,
  tfTensorCount,
  toDepthwiseFilter,
} from './testing/tfjsReference';

beforeAll(readyTf);

/** Float32 has a 24-bit significand: error ≤ (terms + 2)·2⁻²⁴·Σ|x·w|, well under this for ≤ 16 terms. */
const FLOAT32_RELATIVE = 1e-5;

describe('depthwise conv2d, differential', PROPERTY_TIMEOUT, () => {
  test('matches tfjs-cpu depthwiseConv2d on random depthwise configurations', () => {
    let compared = 0;
    const tensorsBefore = tfTensorCount();
    fc.assert(
      fc.property(groupedCaseArb({ depthwise: true, maxGroups: 4, maxPerGroup: 3 }), (c) => {
        fc.pre(fits(c));
        const stride = pairOf(c.stride);
        const dilation = pairOf(c.dilation);
        fc.pre(tfSupportsConv(stride, dilation));
        const padding = c.padding === 'same' || c.padding === 'valid' ? c.padding : sidesOf(c);
        const theirs = tfDepthwiseConv2d(c.input, c.weight, {
          stride,
          dilation,
          padding,
          ...(c.bias && { bias: c.bias }),
        });
        const ours = conv2d(c.input, c.weight, groupedOpts(c));
        expectClose(ours, theirs, { relative: FLOAT32_RELATIVE, absolute: 1e-9, scale: groupedMagnitude(c) });
        compared++;
      }),
      { numRuns: 300 },
    );
    expect(compared).toBe(300);
    expect(tfTensorCount()).toBe(tensorsBefore);
  });

  test('the filter layout conversion puts filter k of channel c at [u][v][c][k]', () => {
    // Output o = c·m + k. Two channels, multiplier 2, 1×2 kernels numbered by o and tap.
    const weight = [0, 1, 2, 3].map((o) => [[[10 * o, 10 * o + 1]]]);
    expect(toDepthwiseFilter(weight, 2)).toEqual([
      [
        [
          [0, 10],
          [20, 30],
        ],
        [
          [1, 11],
          [21, 31],
        ],
      ],
    ]);
  });
});
