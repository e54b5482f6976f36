/**
 * The `layers` URL codec: any valid stack is written and read back unchanged, the writer's text is
 * the one canonical spelling, and every malformed text is refused with a reason naming what is wrong
 * (never thrown, never half-read).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stackSizes, type LayerStack } from '../../compute';
import { PROPERTY_TIMEOUT } from '../../compute/testing/arbitraries';
import { MAX_LAYERS, readStack, STACK_LIMITS, writeStack } from './codec';
import { normalizeStack } from './edits';
import { STACK_PRESETS, presetStack } from './presets';

const between = ([min, max]: readonly [number, number]) => fc.integer({ min, max });

/** Any stack within the codec's limits (it may have no output: then it must be refused). */
const anyStack: fc.Arbitrary<LayerStack> = fc
  .record({
    inputSize: between(STACK_LIMITS.inputSize),
    inputChannels: between(STACK_LIMITS.channels),
    layers: fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant('conv' as const),
          kernelSize: between(STACK_LIMITS.kernelSize),
          stride: between(STACK_LIMITS.stride),
          padding: between(STACK_LIMITS.padding),
          dilation: between(STACK_LIMITS.dilation),
          outputPadding: fc.constant(0),
          channels: between(STACK_LIMITS.channels),
        }),
        fc.record({
          kind: fc.constant('pool' as const),
          kernelSize: between(STACK_LIMITS.kernelSize),
          stride: between(STACK_LIMITS.stride),
          padding: fc.constant(0),
          dilation: fc.constant(1),
          outputPadding: fc.constant(0),
          channels: fc.constant(1),
        }),
        fc.record({
          kind: fc.constant('transposed' as const),
          kernelSize: between(STACK_LIMITS.kernelSize),
          stride: between(STACK_LIMITS.stride),
          padding: between(STACK_LIMITS.padding),
          dilation: fc.constant(1),
          outputPadding: between(STACK_LIMITS.outputPadding),
          channels: between(STACK_LIMITS.channels),
        }),
      ),
      { minLength: 1, maxLength: MAX_LAYERS },
    ),
  })
  .map(normalizeStack);

const hasOutput = (stack: LayerStack): boolean => {
  try {
    stackSizes(stack);
    return true;
  } catch {
    return false;
  }
};

describe('layers codec', PROPERTY_TIMEOUT, () => {
  test('a stack with output reads back exactly as written; one without is refused with the reason', () => {
    let valid = 0;
    fc.assert(
      fc.property(anyStack, (stack) => {
        const read = readStack(writeStack(stack));
        if (hasOutput(stack)) {
          valid++;
          expect(read).toEqual({ ok: true, value: stack });
        } else {
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.why).toMatch(/^Layer \d+ \(.*\)/);
        }
      }),
      { numRuns: 1000 },
    );
    expect(valid).toBeGreaterThan(100);
  });

  test('the writer gives one spelling: reading any accepted text and writing it again is stable', () => {
    const token = fc.stringMatching(/^[cmt][1-7](s[1-4])?(p[0-3])?(d[1-4])?(o[0-3])?(n[1-9])?$/);
    const text = fc
      .tuple(fc.stringMatching(/^i[1-9]\d?(n[1-9])?$/), fc.array(token, { minLength: 1, maxLength: 4 }))
      .map(([head, tokens]) => [head, ...tokens].join('_'));
    fc.assert(
      fc.property(text, (t) => {
        const read = readStack(t);
        if (!read.ok) return;
        const canonical = writeStack(read.value);
        expect(canonical.length).toBeLessThanOrEqual(t.length);
        expect(readStack(canonical)).toEqual(read);
        expect(writeStack((readStack(canonical) as { value: LayerStack }).value)).toBe(canonical);
      }),
      { numRuns: 1000 },
    );
  });

  test('no text makes it throw, and whatever it accepts has output', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.stringMatching(/^i\d{1,3}(_[a-z]\d{1,3}([a-z]\d{1,3}){0,3}){0,9}$/),
        ),
        (t) => {
          const read = readStack(t);
          if (read.ok) expect(hasOutput(read.value)).toBe(true);
          else expect(read.why).toMatch(/\S/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('refusals name the reason', () => {
  test.each([
    ['c3_m3', /begin with the input/],
    ['i11', /1 to 8 layers/],
    [`i64${'_c1'.repeat(MAX_LAYERS + 1)}`, /1 to 8 layers/],
    ['i65_c3', /inputSize 65 is not from 1 to 64/],
    ['i011_c3', /leading zero/],
    ['i11_q3', /layer 1 "q3": start with c \(conv\), m \(max pool\) or t/],
    ['i11_c8', /kernelSize 8 is not from 1 to 7/],
    ['i11_c3p1s2', /layer 1 "c3p1s2": "s" is out of order or not used here/],
    ['i11_c3s1s1', /"s" is out of order or not used here/],
    ['i11_m3d2', /layer 1 "m3d2": "d" is out of order or not used here/],
    ['i11_t2o1', /Layer 1 \(transposed conv 2×2\): output padding must be smaller than the stride/],
    ['i3_c3_c3', /Layer 2 \(conv 3×3\) leaves no output/],
    ['i40_t2s2', /makes 80×80; the stack view draws up to 64×64/],
    ['i11_c3n0', /channels 0 is not from 1 to 512/],
    ['i11_C3', /start with c/],
    ['x'.repeat(201), /longer than 200/],
  ])('%s', (text, why) => {
    const read = readStack(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toMatch(why);
  });

  test('every preset reads, and is written back in the same words', () => {
    for (const preset of STACK_PRESETS) expect(writeStack(presetStack(preset))).toBe(preset.text);
  });
});
