/**
 * Every refused transposed configuration throws an Error that says what is wrong and what to change;
 * every accepted one gives finite numbers of the promised shape, never NaN.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  convTranspose2d,
  convTransposeOutputSize,
  convTransposeSteps,
  gatherEquivalent,
  makeTransposeGeometry,
  planConvTranspose,
  runningSumsFor,
  type ConvTransposeOptions,
  type Tensor3,
  type Tensor4,
} from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';

const filled = (dims: number[], value = 1): unknown =>
  dims.length === 0 ? value : Array.from({ length: dims[0]! }, () => filled(dims.slice(1), value));
const tensor3 = (c: number, h: number, w: number) => filled([c, h, w]) as Tensor3;
const tensor4 = (c: number, o: number, kh: number, kw: number) => filled([c, o, kh, kw]) as Tensor4;

/** All three entry points refuse alike. */
function refuse(
  opts: ConvTransposeOptions,
  message: RegExp,
  x = tensor3(1, 3, 3),
  w = tensor4(1, 1, 3, 3),
): void {
  expect(() => convTranspose2d(x, w, opts)).toThrow(message);
  expect(() => convTransposeSteps(x, w, opts)).toThrow(message);
  expect(() => gatherEquivalent(x, w, opts)).toThrow(message);
}

describe('transposed convolution refuses bad options, saying what to change', () => {
  test('output padding not smaller than the stride or the dilation', () => {
    expect(() => convTransposeOutputSize(4, 3, 2, 0, 1, 2)).toThrow(
      'Output padding 2 must be smaller than the stride (2) or the dilation (1): use 0 or 1.',
    );
    expect(() => convTransposeOutputSize(4, 3, 1, 0, 1, 1)).toThrow(
      /stride \(1\) or the dilation \(1\): use 0\./,
    );
    refuse(
      { stride: [2, 4], dilation: [1, 1], outputPadding: [0, 4] },
      /Output padding 4 along the width must be smaller than the stride \(4\) or the dilation \(1\): use 0 to 3\./,
    );
    refuse({ stride: 2, outputPadding: [2, 0] }, /Output padding 2 along the height/);
  });

  test('padding that leaves no output', () => {
    expect(() => convTransposeOutputSize(1, 1, 1, 1, 1, 0)).toThrow(
      /Padding 1 leaves no output left after padding: the uncropped output is 1 cell and padding crops 1 from each side\. Use padding of at most 0/,
    );
    refuse(
      { padding: [0, 3] },
      /Padding 3 along the width leaves no output left after padding: the uncropped output is 5 columns.*at most 2/,
    );
  });

  test.each([0, -1, 1.5, NaN, Infinity])('stride, dilation or groups %s', (v) => {
    refuse({ stride: v }, /Stride must be a positive whole number/);
    refuse({ dilation: [1, v] }, /Dilation must be a positive whole number/);
    refuse({ groups: v }, /Groups must be a positive whole number.*Use 1/);
  });

  test.each([-1, 1.5, NaN])('padding or output padding %s', (v) => {
    refuse({ padding: v }, /^Padding must be a whole number of 0 or more/);
    refuse({ outputPadding: [v, 0] }, /^Output padding must be a whole number of 0 or more/);
  });

  test('groups that do not divide the channels', () => {
    refuse(
      { groups: 3 },
      /Groups 3 must divide both the 4 input channel\(s\) and the 3 output channel\(s\)\. Use 1\./,
      tensor3(4, 2, 2),
      tensor4(4, 1, 2, 2),
    );
    refuse(
      { groups: 4 },
      /Groups 4 must divide both the 6 input channel\(s\) and the 8 output channel\(s\)\. Use 1 or 2\./,
      tensor3(6, 2, 2),
      tensor4(6, 2, 2, 2),
    );
    expect(() =>
      makeTransposeGeometry({ inChannels: 8, outChannels: 8, groups: 3, inputSize: 4, kernelSize: 3 }),
    ).toThrow(
      'Groups 3 must divide both the 8 input channel(s) and the 8 output channel(s). Use 1, 2, 4 or 8.',
    );
  });

  test('channels, bias and tensors that do not match', () => {
    refuse(
      {},
      /input has 2 channel\(s\) but the kernel has slices for 1 input channel\(s\).*\[inChannel\]\[outChannel \/ groups\]/,
      tensor3(2, 3, 3),
    );
    refuse({ bias: [1, 2] }, /Bias has 2 values but there are 1 output channels/);
    refuse({ bias: [NaN] }, /Bias 0 is NaN/);
    refuse({}, /Input is empty/, []);
    refuse({}, /Kernel is empty/, tensor3(1, 2, 2), []);
    refuse({}, /input channel 1 has 2 output slice\(s\) but the first has 1/, tensor3(2, 2, 2), [
      tensor4(1, 1, 2, 2)[0]!,
      tensor4(1, 2, 2, 2)[0]!,
    ]);
    refuse({}, /output slice 0, row 1 has 1 columns, expected 2/, tensor3(1, 2, 2), [[[[1, 1], [1]]]]);
    refuse({}, /holds NaN at row 0, column 1/, tensor3(1, 2, 2), [[[[1, NaN]]]]);
  });

  test('values too large to add say so instead of giving Infinity or NaN', () => {
    const x: Tensor3 = [[[1e308, 1e308]]];
    const w: Tensor4 = [[[[1, 1]]]];
    expect(() => convTranspose2d(x, w)).toThrow(/row 0, column 1 overflows.*smaller input or kernel values/);
    expect(() => runningSumsFor(x, w, planConvTranspose(x, w))(1)).toThrow(/overflows/);
  });
});

describe('random configurations, valid or not', PROPERTY_TIMEOUT, () => {
  test('either an Error naming a broken rule, or finite values of the promised shape', () => {
    const raw = fc.record({
      groups: fc.integer({ min: 0, max: 3 }),
      inChannels: fc.integer({ min: 1, max: 4 }),
      outPer: fc.integer({ min: 1, max: 2 }),
      size: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
      kernel: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
      stride: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      dilation: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      padding: fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 5 })),
      outputPadding: fc.tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: -1, max: 3 })),
      biasLength: fc.option(fc.integer({ min: 0, max: 8 })),
    });
    fc.assert(
      fc.property(raw, (r) => {
        const outChannels = r.outPer * Math.max(r.groups, 1);
        const broken: RegExp[] = [];
        const axes = [0, 1] as const;
        if (r.groups < 1) broken.push(/^Groups must be a positive whole number/);
        else if (r.inChannels % r.groups !== 0) broken.push(/^Groups \d+ must divide both/);
        for (const a of axes) {
          const [s, d, p, op] = [r.stride[a], r.dilation[a], r.padding[a], r.outputPadding[a]];
          if (s < 1) broken.push(/^Stride must be a positive whole number/);
          if (d < 1) broken.push(/^Dilation must be a positive whole number/);
          if (p < 0) broken.push(/^Padding must be a whole number of 0 or more/);
          if (op < 0) broken.push(/^Output padding must be a whole number of 0 or more/);
          if (s < 1 || d < 1 || p < 0 || op < 0) continue;
          if (op >= s && op >= d)
            broken.push(/^Output padding \d+ along the (height|width) must be smaller than the stride/);
          else if ((r.size[a] - 1) * s - 2 * p + d * (r.kernel[a] - 1) + op + 1 < 1)
            broken.push(/^Padding \d+ along the (height|width) leaves no output left after padding/);
        }
        if (r.biasLength !== null && r.groups >= 1 && r.biasLength !== outChannels) broken.push(/^Bias has/);

        const input = tensor3(r.inChannels, r.size[0], r.size[1]);
        const weight = tensor4(r.inChannels, r.outPer, r.kernel[0], r.kernel[1]);
        const opts: ConvTransposeOptions = {
          stride: r.stride,
          dilation: r.dilation,
          padding: r.padding,
          outputPadding: r.outputPadding,
          groups: r.groups,
          ...(r.biasLength !== null && { bias: new Array<number>(r.biasLength).fill(0.5) }),
        };
        let result: Tensor3 | undefined;
        let error: unknown;
        try {
          result = convTranspose2d(input, weight, opts);
        } catch (e) {
          error = e;
        }
        if (broken.length === 0) {
          expect(error).toBeUndefined();
          const shape = axes.map(
            (a) =>
              (r.size[a] - 1) * r.stride[a] -
              2 * r.padding[a] +
              r.dilation[a] * (r.kernel[a] - 1) +
              r.outputPadding[a] +
              1,
          );
          expect([result!.length, result![0]!.length, result![0]![0]!.length]).toEqual([
            outChannels,
            ...shape,
          ]);
          expect(result!.flat(2).every(Number.isFinite)).toBe(true);
        } else {
          expect(error).toBeInstanceOf(Error);
          const message = (error as Error).message;
          expect(
            broken.some((pattern) => pattern.test(message)),
            message,
          ).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
