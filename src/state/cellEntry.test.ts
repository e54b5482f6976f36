/** What a person types into a cell, and how a cell shows a number. */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { LIMITS } from './config';
import { formatValue, parseCellEntry } from './cellEntry';

// Property runs are CPU-bound: give them room when the machine is busy (each takes ~1 s when idle).
vi.setConfig({ testTimeout: 30_000 });

describe('parseCellEntry accepts numbers as people type them', () => {
  test.each([
    ['3', 3],
    ['-2', -2],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['1/9', 1 / 9],
    ['-1/4', -0.25],
    ['1 / 8', 0.125],
    [' 4 ', 4],
    ['\t7\n', 7],
    ['−3', -3], // U+2212 MINUS SIGN
    ['−1/3', -1 / 3],
    ['+3', 3],
    ['3.', 3],
    ['0', 0],
    ['-0', 0],
    ['007', 7],
    ['1000000', LIMITS.value.max],
    ['-1000000', -LIMITS.value.max],
    ['0.1111111111111111', 0.1111111111111111],
  ])('%j → %d', (text, value) => {
    const entry = parseCellEntry(text);
    expect(entry).toEqual({ ok: true, value });
    // No negative zero: a cell never shows "-0" for a zero that was typed.
    if (entry.ok && value === 0) expect(Object.is(entry.value, 0)).toBe(true);
  });
});

describe('parseCellEntry refuses what is not a number in range, and says why', () => {
  test.each([
    '',
    '   ',
    '-',
    '+',
    '.',
    'abc',
    '1e400',
    '1/0',
    '-5/0',
    '99999999',
    '1000001',
    '1000000.5',
    '--3',
    '3-',
    '1//2',
    '1/2/3',
    '1/0.5',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '3 4',
    '<script>',
  ])('%j', (text) => {
    const entry = parseCellEntry(text);
    expect(entry.ok).toBe(false);
    if (!entry.ok) {
      expect(typeof entry.reason).toBe('string');
      expect(entry.reason.trim().length).toBeGreaterThan(0);
    }
  });

  test('never throws, and every accepted value is finite and within LIMITS', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 20 }),
          fc.string({ unit: 'binary', maxLength: 20 }),
        ),
        (text) => {
          const entry = parseCellEntry(text);
          if (entry.ok)
            expect(Number.isFinite(entry.value) && Math.abs(entry.value) <= LIMITS.value.max).toBe(true);
          else expect(entry.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('a whole number or a fraction of whole numbers reads as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 1000 }), (n, d) => {
        const plain = parseCellEntry(String(n));
        expect(plain).toEqual({ ok: true, value: n === 0 ? 0 : n });
        const fraction = parseCellEntry(`${n}/${d}`);
        expect(fraction).toEqual({ ok: true, value: n / d === 0 ? 0 : n / d });
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatValue', () => {
  test.each([
    [0, '0'],
    [-0, '0'],
    [3, '3'],
    [-3, '-3'],
    [-1000000, '-1000000'],
    [42, '42'],
  ])('shows the whole number %d as %j', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  test('whole numbers are shown plainly, with an ASCII minus', () => {
    fc.assert(
      fc.property(fc.integer({ min: -LIMITS.value.max, max: LIMITS.value.max }), (n) => {
        const text = formatValue(n);
        expect(text).toMatch(/^-?\d+$/);
        expect(text).not.toContain('−');
        expect(Number(text)).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 500 },
    );
  });

  test('negative fractions use an ASCII minus and read back as negative', () => {
    for (const v of [-0.5, -1 / 3, -12.75, -999.95]) {
      const text = formatValue(v);
      expect(text.startsWith('-')).toBe(true);
      expect(text).not.toContain('−');
      expect(Number(text)).toBeLessThan(0);
    }
  });

  test('pooling padding (−∞) has a readable form', () => {
    expect(formatValue(-Infinity)).toBe('-∞');
  });

  /** |error| ≤ 0.0005 absolute or relative. */
  const closeEnough = (x: number, shown: number) =>
    Math.abs(shown - x) <= 0.0005 + 1e-12 || Math.abs(shown - x) <= 0.0005 * Math.abs(x) + 1e-12;

  test('the text reads back within 0.0005 (absolute or relative) — |x| < 1 and 10 ≤ |x| ≤ 1000', () => {
    const small = fc.double({ min: -1, max: 1, noNaN: true, maxExcluded: true, minExcluded: true });
    const large = fc.oneof(
      fc.double({ min: 10, max: 1000, noNaN: true }),
      fc.double({ min: -1000, max: -10, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.oneof(small, large), (x) => {
        const text = formatValue(x);
        expect(text).toMatch(/^-?(\d+(\.\d*)?|\.\d+)$/);
        expect(Number.isNaN(Number(text))).toBe(false);
        expect(closeEnough(x, Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('the text keeps at least three significant figures everywhere in [-1000, 1000]', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        const shown = Number(formatValue(x));
        expect(Math.abs(shown - x)).toBeLessThanOrEqual(Math.max(0.0005, 0.005 * Math.abs(x)) + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  // SPEC MISMATCH (reported, not necessarily a code bug): formatValue rounds 1 ≤ |x| < 100 to two
  // decimals (and |x| ≥ 100 to one), which its doc comment ("at most 3 decimals") allows, so for
  // 1 ≤ |x| < 10 the error can reach 0.005 — ten times the 0.0005 absolute/relative tolerance asked
  // of it. Expected Number(formatValue(1.0049)) within 0.0005 of 1.0049; actual "1" (error 0.0049).
  test.each([[1.0049], [2.994], [-2.3449]])('formatValue(%d) reads back within 0.0005', (x) => {
    expect(closeEnough(x, Number(formatValue(x)))).toBe(true);
  });
});
