import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { checkBudget, parseBudget, type Budget } from './budget';

const budget: Budget = { initialJavaScriptKB: 90, cssKB: 8 };
const KB = 1024;

describe('checkBudget', () => {
  test('within both limits: no error, and both figures printed with their limits', () => {
    const { lines, over } = checkBudget({ initialJavaScriptKB: 89.5 * KB, cssKB: 5.4 * KB }, budget);
    expect(over).toEqual([]);
    expect(lines).toEqual([
      'initial JavaScript: 89.5 KB gzipped (budget 90 KB)',
      'CSS: 5.4 KB gzipped (budget 8 KB)',
    ]);
  });

  test('exactly at a limit is within it; one byte more is over', () => {
    expect(checkBudget({ initialJavaScriptKB: 90 * KB, cssKB: 8 * KB }, budget).over).toEqual([]);
    const { over } = checkBudget({ initialJavaScriptKB: 90 * KB + 1, cssKB: 8 * KB }, budget);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(/^initial JavaScript is .* over its budget of 90 KB/);
  });

  test('over the CSS limit names the CSS and both sizes in bytes', () => {
    const { over } = checkBudget({ initialJavaScriptKB: 10 * KB, cssKB: 9000 }, budget);
    expect(over).toEqual(['CSS is 8.8 KB gzipped (9000 bytes), over its budget of 8 KB (8192 bytes)']);
  });

  test('a figure is reported over exactly when it exceeds its limit', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 200 * KB }),
        fc.nat({ max: 20 * KB }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 20 }),
        (js, css, jsLimit, cssLimit) => {
          const { lines, over } = checkBudget(
            { initialJavaScriptKB: js, cssKB: css },
            { initialJavaScriptKB: jsLimit, cssKB: cssLimit },
          );
          expect(lines).toHaveLength(2);
          const expected = [js > jsLimit * KB && 'initial JavaScript', css > cssLimit * KB && 'CSS'].filter(
            Boolean,
          );
          expect(over.map((sentence) => sentence.split(' is ')[0])).toEqual(expected);
        },
      ),
    );
  });
});

describe('parseBudget', () => {
  test("reads the project's budget.json", () => {
    const read = parseBudget(readFileSync(new URL('../budget.json', import.meta.url), 'utf8'));
    expect(read.initialJavaScriptKB).toBeGreaterThan(0);
    expect(read.cssKB).toBeGreaterThan(0);
  });

  test.each([
    ['a missing limit', '{"initialJavaScriptKB": 90}', /"cssKB" must be a positive number/],
    ['a zero limit', '{"initialJavaScriptKB": 0, "cssKB": 8}', /"initialJavaScriptKB" must be a positive/],
    ['a limit as text', '{"initialJavaScriptKB": "90", "cssKB": 8}', /got "90"/],
    ['not an object', '90', /expected an object/],
  ])('refuses %s, saying which limit', (_what, text, message) => {
    expect(() => parseBudget(text)).toThrow(message);
  });
});
