/**
 * fast-check generators for transposed convolutions: groups 1–3 with 1–2 channels per group on each
 * side, input sides 1–6, kernels 1–4, stride and dilation 1–3, output padding below the stride or the
 * dilation, padding 0–3 but never more than leaves one output cell (worked out here, not by the code
 * under test), optional bias. Each axis may differ; pairs are sometimes spelled as one number.
 */
import fc from 'fast-check';
import type { Tensor3, Tensor4 } from '../types';
import { valueArb, type Pair, type ValueKind } from './arbitraries';

/** A [a][b][…] block of values, drawn as one flat array (much cheaper for fast-check than nesting). */
function blockArb(dims: number[], value: fc.Arbitrary<number>): fc.Arbitrary<unknown[]> {
  const total = dims.reduce((x, y) => x * y, 1);
  const shape = (flat: number[], offset: number, depth: number): unknown[] => {
    const size = dims.slice(depth + 1).reduce((x, y) => x * y, 1);
    return Array.from({ length: dims[depth]! }, (_, i) =>
      depth === dims.length - 1 ? flat[offset + i] : shape(flat, offset + i * size, depth + 1),
    );
  };
  return fc.array(value, { minLength: total, maxLength: total }).map((flat) => shape(flat, 0, 0));
}

export interface TransposeCase {
  kind: ValueKind;
  groups: number;
  inChannels: number;
  outChannels: number;
  height: number;
  width: number;
  kernel: [number, number];
  stride: [number, number];
  padding: [number, number];
  outputPadding: [number, number];
  dilation: [number, number];
  input: Tensor3;
  /** [inChannel][outChannel / groups][row][col] */
  weight: Tensor4;
  bias: number[] | undefined;
  /** Spell every equal pair as one number (both spellings must work). */
  scalars: boolean;
}

export interface TransposeShapeLimits {
  maxSide?: number;
  maxKernel?: number;
  maxPerGroup?: number;
  maxGroups?: number;
}

/** Uncropped length along one axis: (n − 1)·s + d·(k − 1) + 1 + a. */
export const fullLength = (n: number, k: number, s: number, d: number, a: number): number =>
  (n - 1) * s + d * (k - 1) + 1 + a;

export function transposeCaseArb(
  limits: TransposeShapeLimits = {},
  kinds: ValueKind[] = ['int', 'float'],
): fc.Arbitrary<TransposeCase> {
  const { maxSide = 6, maxKernel = 4, maxPerGroup = 2, maxGroups = 3 } = limits;
  const side = fc.integer({ min: 1, max: maxSide });
  const small = fc.integer({ min: 1, max: 3 });
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      groups: fc.integer({ min: 1, max: maxGroups }),
      inPer: fc.integer({ min: 1, max: maxPerGroup }),
      outPer: fc.integer({ min: 1, max: maxPerGroup }),
      size: fc.tuple(side, side),
      kernel: fc.tuple(fc.integer({ min: 1, max: maxKernel }), fc.integer({ min: 1, max: maxKernel })),
      stride: fc.tuple(small, small),
      dilation: fc.tuple(small, small),
      // Raw picks, folded below into the allowed range of each axis.
      outPadPick: fc.tuple(fc.nat(), fc.nat()),
      padPick: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
      withBias: fc.boolean(),
      scalars: fc.boolean(),
    })
    .chain((s) => {
      const outputPadding = [0, 1].map((a) => s.outPadPick[a]! % Math.max(s.stride[a]!, s.dilation[a]!)) as [
        number,
        number,
      ];
      const padding = [0, 1].map((a) => {
        const full = fullLength(s.size[a]!, s.kernel[a]!, s.stride[a]!, s.dilation[a]!, outputPadding[a]!);
        return Math.min(s.padPick[a]!, Math.floor((full - 1) / 2));
      }) as [number, number];
      const inChannels = s.groups * s.inPer;
      const outChannels = s.groups * s.outPer;
      return fc.record({
        kind: fc.constant(s.kind),
        groups: fc.constant(s.groups),
        inChannels: fc.constant(inChannels),
        outChannels: fc.constant(outChannels),
        height: fc.constant(s.size[0]),
        width: fc.constant(s.size[1]),
        kernel: fc.constant(s.kernel),
        stride: fc.constant(s.stride),
        padding: fc.constant(padding),
        outputPadding: fc.constant(outputPadding),
        dilation: fc.constant(s.dilation),
        input: blockArb([inChannels, s.size[0], s.size[1]], valueArb(s.kind)) as fc.Arbitrary<Tensor3>,
        weight: blockArb(
          [inChannels, s.outPer, s.kernel[0], s.kernel[1]],
          valueArb(s.kind),
        ) as fc.Arbitrary<Tensor4>,
        bias: s.withBias
          ? fc.array(valueArb(s.kind), { minLength: outChannels, maxLength: outChannels })
          : fc.constant(undefined),
        scalars: fc.constant(s.scalars),
      });
    });
}

const spell = (pair: [number, number], scalars: boolean): Pair =>
  scalars && pair[0] === pair[1] ? pair[0] : pair;

/** The case's options in the public API's shape. */
export function transposeOpts(c: TransposeCase): {
  stride: Pair;
  padding: Pair;
  outputPadding: Pair;
  dilation: Pair;
  groups: number;
  bias?: number[];
} {
  return {
    stride: spell(c.stride, c.scalars),
    padding: spell(c.padding, c.scalars),
    outputPadding: spell(c.outputPadding, c.scalars),
    dilation: spell(c.dilation, c.scalars),
    groups: c.groups,
    ...(c.bias && { bias: c.bias }),
  };
}

/** PyTorch's output shape, [C_out, H, W], from the formula of contract §1.2. */
export function expectedTransposeShape(c: TransposeCase): [number, number, number] {
  const axis = (a: 0 | 1, n: number) =>
    (n - 1) * c.stride[a] - 2 * c.padding[a] + c.dilation[a] * (c.kernel[a] - 1) + c.outputPadding[a] + 1;
  return [c.outChannels, axis(0, c.height), axis(1, c.width)];
}

const abs3 = (t: Tensor3): Tensor3 => t.map((p) => p.map((r) => r.map(Math.abs)));

/** Absolute values of everything: the naive result of these is the scale a rounding error is judged by. */
export function absCase(c: TransposeCase): { input: Tensor3; weight: Tensor4; bias: number[] | undefined } {
  return { input: abs3(c.input), weight: c.weight.map(abs3), bias: c.bias?.map(Math.abs) };
}
