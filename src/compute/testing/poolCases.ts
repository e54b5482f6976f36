/**
 * fast-check cases for pooling tests, with the geometry each case should have worked out
 * independently of src/compute (via the naive reference's reading of the padding).
 */
import fc from 'fast-check';
import type { PaddingOption, Tensor3 } from '../types';
import {
  expectedOutShape,
  pairArb,
  pairOf,
  paddingArb,
  sidesOf,
  tensor3Arb,
  valueArb,
  type Pair,
  type ValueKind,
} from './arbitraries';

export interface PoolCase {
  kind: ValueKind;
  height: number;
  width: number;
  kernel: [number, number];
  stride: Pair | undefined;
  padding: PaddingOption;
  dilation: Pair;
  input: Tensor3;
}

/** Channels 1–4, sides 1–12, windows 1–5 (not square), stride 1–3 or PyTorch's default, padding 0–3 or named. */
export const poolCaseArb = (
  withDilation: boolean,
  kinds: ValueKind[] = ['int', 'float'],
): fc.Arbitrary<PoolCase> =>
  fc
    .record({
      kind: fc.constantFrom(...kinds),
      channels: fc.integer({ min: 1, max: 4 }),
      height: fc.integer({ min: 1, max: 12 }),
      width: fc.integer({ min: 1, max: 12 }),
      kernel: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
      stride: fc.option(pairArb(1, 3), { nil: undefined }),
      padding: paddingArb,
      dilation: withDilation ? pairArb(1, 3) : fc.constant<Pair>(1),
    })
    .chain((s) =>
      tensor3Arb(s.channels, s.height, s.width, valueArb(s.kind)).map((input) => ({ ...s, input })),
    );

/** The geometry the tests expect, with PyTorch's default stride (the window size). */
export function geometryOf(p: PoolCase) {
  const shape = { ...p, stride: p.stride ?? p.kernel };
  const [outHeight, outWidth] = expectedOutShape(shape);
  const sides = sidesOf(shape);
  const overHalf =
    Math.max(sides.top, sides.bottom) > Math.floor(p.kernel[0] / 2) ||
    Math.max(sides.left, sides.right) > Math.floor(p.kernel[1] / 2);
  const stride = pairOf(shape.stride);
  const dilation = pairOf(p.dilation);
  // A window whose every tap lands in padding (possible with dilation): the module refuses these.
  const anyEmpty = (n: number, out: number, k: number, s: number, before: number, d: number) =>
    Array.from({ length: Math.max(out, 0) }, (_, o) => o).some((o) =>
      Array.from({ length: k }, (_, t) => o * s - before + t * d).every((x) => x < 0 || x >= n),
    );
  const emptyWindow =
    anyEmpty(p.height, outHeight, p.kernel[0], stride[0], sides.top, dilation[0]) ||
    anyEmpty(p.width, outWidth, p.kernel[1], stride[1], sides.left, dilation[1]);
  return { outHeight, outWidth, sides, stride, dilation, overHalf, emptyWindow };
}

/** The case as PoolOptions, leaving out what is defaulted so the defaults get exercised. */
export const optsOf = (p: PoolCase) => ({
  kernelSize: p.kernel,
  padding: p.padding,
  ...(p.stride !== undefined && { stride: p.stride }),
  ...(p.dilation !== 1 && { dilation: p.dilation }),
});

/** 'same'/'valid' go to tfjs by name (TensorFlow's own rule); numbers as explicit sides. */
export const tfPaddingOf = (p: PoolCase) =>
  p.padding === 'same' || p.padding === 'valid' ? p.padding : geometryOf(p).sides;
