/**
 * Random grouped convolutions: groups 1–4, each group 1–3 input and 1–3 output channels (so
 * groups = C_in, depthwise, comes up often), small planes and kernels, every stride, padding and
 * dilation the plain generator has. The weight is PyTorch's grouped layout [C_out][C_in/groups][kH][kW].
 */
import fc from 'fast-check';
import type { Tensor3, Tensor4 } from '../types';
import {
  pairArb,
  paddingArb,
  tensor3Arb,
  tensor4Arb,
  valueArb,
  type ConvCase,
  type ValueKind,
} from './arbitraries';
import { naiveConv2d } from './naiveReference';

export interface GroupedCase extends ConvCase {
  groups: number;
  /** C_in / groups and C_out / groups. */
  inPerGroup: number;
  outPerGroup: number;
}

export interface GroupedLimits {
  maxGroups?: number;
  maxPerGroup?: number;
  maxSide?: number;
  maxKernel?: number;
  /** Only depthwise cases (one input channel per group). */
  depthwise?: boolean;
}

export function groupedCaseArb(
  limits: GroupedLimits = {},
  kinds: ValueKind[] = ['int', 'float'],
): fc.Arbitrary<GroupedCase> {
  const { maxGroups = 4, maxPerGroup = 3, maxSide = 8, maxKernel = 4, depthwise = false } = limits;
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      groups: fc.integer({ min: 1, max: maxGroups }),
      inPerGroup: depthwise ? fc.constant(1) : fc.integer({ min: 1, max: maxPerGroup }),
      outPerGroup: fc.integer({ min: 1, max: maxPerGroup }),
      height: fc.integer({ min: 1, max: maxSide }),
      width: fc.integer({ min: 1, max: maxSide }),
      kernel: fc.tuple(fc.integer({ min: 1, max: maxKernel }), fc.integer({ min: 1, max: maxKernel })),
      stride: pairArb(1, 3),
      padding: paddingArb,
      dilation: pairArb(1, 3),
      withBias: fc.boolean(),
    })
    .chain((s) => {
      const inChannels = s.groups * s.inPerGroup;
      const outChannels = s.groups * s.outPerGroup;
      return fc.record({
        kind: fc.constant(s.kind),
        groups: fc.constant(s.groups),
        inPerGroup: fc.constant(s.inPerGroup),
        outPerGroup: fc.constant(s.outPerGroup),
        height: fc.constant(s.height),
        width: fc.constant(s.width),
        kernel: fc.constant(s.kernel),
        stride: fc.constant(s.stride),
        padding: fc.constant(s.padding),
        dilation: fc.constant(s.dilation),
        input: tensor3Arb(inChannels, s.height, s.width, valueArb(s.kind)),
        weight: tensor4Arb(outChannels, s.inPerGroup, s.kernel[0], s.kernel[1], valueArb(s.kind)),
        bias: s.withBias
          ? fc.array(valueArb(s.kind), { minLength: outChannels, maxLength: outChannels })
          : fc.constant(undefined),
      });
    });
}

/** The options without `groups` at all. */
export function ungroupedOpts(c: GroupedCase) {
  return { stride: c.stride, padding: c.padding, dilation: c.dilation, ...(c.bias && { bias: c.bias }) };
}

export function groupedOpts(c: GroupedCase) {
  return { ...ungroupedOpts(c), groups: c.groups };
}

/**
 * The same convolution written as a standard one: each filter's slices placed at its group's input
 * channels, zeros everywhere else.
 */
export function blockDiagonal(c: GroupedCase): Tensor4 {
  const zeros = (): number[][] =>
    Array.from({ length: c.kernel[0] }, () => new Array<number>(c.kernel[1]).fill(0));
  return c.weight.map((filter, o) => {
    const group = Math.floor(o / c.outPerGroup);
    return Array.from({ length: c.groups * c.inPerGroup }, (_, ch) =>
      Math.floor(ch / c.inPerGroup) === group ? filter[ch - group * c.inPerGroup]! : zeros(),
    );
  });
}

const abs3 = (t: Tensor3): Tensor3 => t.map((p) => p.map((r) => r.map(Math.abs)));

/** Σ|x·w| + |b| per output: the scale against which a rounding error is judged. */
export function groupedMagnitude(c: GroupedCase): Tensor3 {
  return naiveConv2d(abs3(c.input), c.weight.map(abs3), {
    ...groupedOpts(c),
    ...(c.bias && { bias: c.bias.map(Math.abs) }),
  });
}
