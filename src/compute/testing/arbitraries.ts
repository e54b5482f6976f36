/**
 * fast-check generators and small helpers shared by the compute tests. Shapes follow the issue:
 * channels 1–4, input sides 1–12 (not necessarily square), kernels 1–5 (not necessarily square),
 * stride 1–3, padding 0–3 or 'same'/'valid', dilation 1–3, optional bias. Nothing here calls the
 * code under test: "does it fit" and "how big is the output" are worked out independently.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Tensor3, Tensor4 } from '../types';
import { naiveConv2d, refSides, type RefPadding, type RefSides } from './naiveReference';

export type Pair = number | [number, number];

/**
 * For describe blocks of property tests. Each takes 0.2–2.5 s on an idle machine; the generous limit
 * is only so a busy one (a shared CI runner, a dev server and browsers alongside) does not turn
 * slowness into a failure. Timing is never what these tests check.
 */
export const PROPERTY_TIMEOUT = { timeout: 60_000 };

export function pairOf(value: Pair): [number, number] {
  return typeof value === 'number' ? [value, value] : value;
}

/** One number for both axes, or a [height, width] pair: both spellings must work. */
export const pairArb = (min: number, max: number): fc.Arbitrary<Pair> =>
  fc.oneof(fc.integer({ min, max }), fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })));

export const paddingArb: fc.Arbitrary<RefPadding> = fc.oneof(
  { arbitrary: pairArb(0, 3), weight: 3 },
  { arbitrary: fc.constantFrom<'same' | 'valid'>('same', 'valid'), weight: 1 },
);

/** Small integers make exact arithmetic and ties (for argmax); floats exercise rounding. */
export type ValueKind = 'int' | 'float';
export const valueArb = (kind: ValueKind, intMin = -3, intMax = 3): fc.Arbitrary<number> =>
  kind === 'int'
    ? fc.integer({ min: intMin, max: intMax })
    : fc.double({ min: -10, max: 10, noNaN: true }).map((v) => v + 0); // + 0 turns −0 into 0

export const tensor3Arb = (
  c: number,
  h: number,
  w: number,
  value: fc.Arbitrary<number>,
): fc.Arbitrary<Tensor3> =>
  fc.array(fc.array(fc.array(value, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }), {
    minLength: c,
    maxLength: c,
  });

export const tensor4Arb = (
  o: number,
  c: number,
  h: number,
  w: number,
  value: fc.Arbitrary<number>,
): fc.Arbitrary<Tensor4> => fc.array(tensor3Arb(c, h, w, value), { minLength: o, maxLength: o });

export interface ConvCase {
  kind: ValueKind;
  height: number;
  width: number;
  kernel: [number, number];
  stride: Pair;
  padding: RefPadding;
  dilation: Pair;
  input: Tensor3;
  weight: Tensor4;
  bias: number[] | undefined;
}

export interface ConvShapeLimits {
  maxChannels?: number;
  maxSide?: number;
  maxKernel?: number;
}

export function convCaseArb(
  limits: ConvShapeLimits = {},
  kinds: ValueKind[] = ['int', 'float'],
): fc.Arbitrary<ConvCase> {
  const { maxChannels = 4, maxSide = 12, maxKernel = 5 } = limits;
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      channels: fc.integer({ min: 1, max: maxChannels }),
      outChannels: fc.integer({ min: 1, max: maxChannels }),
      height: fc.integer({ min: 1, max: maxSide }),
      width: fc.integer({ min: 1, max: maxSide }),
      kernel: fc.tuple(fc.integer({ min: 1, max: maxKernel }), fc.integer({ min: 1, max: maxKernel })),
      stride: pairArb(1, 3),
      padding: paddingArb,
      dilation: pairArb(1, 3),
      withBias: fc.boolean(),
    })
    .chain((s) =>
      fc.record({
        kind: fc.constant(s.kind),
        height: fc.constant(s.height),
        width: fc.constant(s.width),
        kernel: fc.constant(s.kernel),
        stride: fc.constant(s.stride),
        padding: fc.constant(s.padding),
        dilation: fc.constant(s.dilation),
        input: tensor3Arb(s.channels, s.height, s.width, valueArb(s.kind)),
        weight: tensor4Arb(s.outChannels, s.channels, s.kernel[0], s.kernel[1], valueArb(s.kind)),
        bias: s.withBias
          ? fc.array(valueArb(s.kind), { minLength: s.outChannels, maxLength: s.outChannels })
          : fc.constant(undefined),
      }),
    );
}

/** The padding each side gets, from the reference's own reading of the option. */
export function sidesOf(c: {
  height: number;
  width: number;
  kernel: [number, number];
  stride: Pair;
  padding: RefPadding;
  dilation: Pair;
}): RefSides {
  return refSides(c.padding, [c.height, c.width], c.kernel, pairOf(c.stride), pairOf(c.dilation));
}

/** PyTorch's output length, floor((n + before + after − d(k−1) − 1) / s) + 1, or 0 when nothing fits. */
export function expectedLength(
  n: number,
  before: number,
  after: number,
  k: number,
  s: number,
  d: number,
): number {
  const room = n + before + after - d * (k - 1) - 1;
  return room < 0 ? 0 : Math.floor(room / s) + 1;
}

export function expectedOutShape(c: Parameters<typeof sidesOf>[0]): [number, number] {
  const p = sidesOf(c);
  const [sh, sw] = pairOf(c.stride);
  const [dh, dw] = pairOf(c.dilation);
  return [
    expectedLength(c.height, p.top, p.bottom, c.kernel[0], sh, dh),
    expectedLength(c.width, p.left, p.right, c.kernel[1], sw, dw),
  ];
}

export function fits(c: Parameters<typeof sidesOf>[0]): boolean {
  const [h, w] = expectedOutShape(c);
  return h > 0 && w > 0;
}

export function convOpts(c: ConvCase): {
  stride: Pair;
  padding: RefPadding;
  dilation: Pair;
  bias?: number[];
} {
  return { stride: c.stride, padding: c.padding, dilation: c.dilation, ...(c.bias && { bias: c.bias }) };
}

const abs3 = (t: Tensor3): Tensor3 => t.map((p) => p.map((r) => r.map(Math.abs)));

/** Per output, Σ|x·w| + |b|: the scale against which a rounding error is judged. */
export function convMagnitude(c: ConvCase): Tensor3 {
  return naiveConv2d(abs3(c.input), c.weight.map(abs3), {
    ...convOpts(c),
    ...(c.bias && { bias: c.bias.map(Math.abs) }),
  });
}

export function shapeOf(t: Tensor3): [number, number, number] {
  return [t.length, t[0]?.length ?? 0, t[0]?.[0]?.length ?? 0];
}

/**
 * Asserts same shape and |actual − expected| ≤ relative · scale + absolute everywhere (scale per
 * element, or 1). Reports the first offending element.
 */
export function expectClose(
  actual: Tensor3,
  expected: Tensor3,
  tolerance: { relative: number; absolute?: number; scale?: Tensor3 },
): void {
  expect(shapeOf(actual)).toEqual(shapeOf(expected));
  expected.forEach((plane, ch) =>
    plane.forEach((row, r) =>
      row.forEach((want, col) => {
        const got = actual[ch]![r]![col]!;
        if (Number.isNaN(got)) expect.fail(`NaN at [${ch}][${r}][${col}]`);
        if (want === got) return; // also covers equal infinities
        const scale = tolerance.scale ? tolerance.scale[ch]![r]![col]! : 1;
        const allowed = tolerance.relative * scale + (tolerance.absolute ?? 0);
        if (!(Math.abs(got - want) <= allowed)) {
          expect.fail(`at [${ch}][${r}][${col}]: got ${got}, expected ${want} (allowed error ${allowed})`);
        }
      }),
    ),
  );
}

/**
 * Like toMatchObject (every field of `expected` present and equal in `actual`, extra fields
 * allowed) but a plain loop, so property tests over thousands of window cells stay fast. Fails at
 * the first difference with its path.
 */
export function expectSubset(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected !== 'object' || expected === null) {
    if (!Object.is(actual, expected))
      expect.fail(`${path}: got ${String(actual)}, expected ${String(expected)}`);
    return;
  }
  if (typeof actual !== 'object' || actual === null)
    expect.fail(`${path}: got ${String(actual)}, expected an object`);
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) expect.fail(`${path}: expected an array`);
    if (actual.length !== expected.length)
      expect.fail(`${path}: length ${actual.length}, expected ${expected.length}`);
    expected.forEach((item, i) => expectSubset(actual[i], item, `${path}[${i}]`));
    return;
  }
  for (const [key, value] of Object.entries(expected)) {
    expectSubset((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  }
}
