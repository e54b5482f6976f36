/**
 * Every invalid `groups` is refused with the reason and the nearest valid choices, and those choices
 * are checked by brute force: valid ones, and none closer left out.
 */
import { describe, expect, test } from 'vitest';
import { conv2d, convSteps, layerCost, nearestValidGroups, planConv, validGroups } from './index';
import type { Tensor3, Tensor4 } from './types';

const ones = (c: number, h: number, w: number): Tensor3 =>
  Array.from({ length: c }, () => Array.from({ length: h }, () => new Array<number>(w).fill(1)));
const filters = (o: number, c: number): Tensor4 => Array.from({ length: o }, () => ones(c, 1, 1));

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  return expect.fail('expected an Error');
}

/** PyTorch's rule, by brute force: a positive whole number dividing both channel counts. */
const accepts = (g: number, cin: number, cout: number) =>
  Number.isInteger(g) && g >= 1 && cin % g === 0 && cout % g === 0;

/** The numbers after "try", e.g. "try 1, 2 or 4." → [1, 2, 4]. */
function suggestions(message: string): number[] {
  const match = /try ([\d, or]+)\.$/.exec(message);
  return match ? match[1]!.split(/, | or /).map(Number) : [];
}

/** Suggested values are valid, and no valid value lies nearer on their side of the request. */
function expectNearest(requested: number, suggested: number[], cin: number, cout: number): void {
  const valid = Array.from({ length: Math.max(cin, cout) }, (_, i) => i + 1).filter((g) =>
    accepts(g, cin, cout),
  );
  expect(suggested.length).toBe(Math.min(2, valid.length));
  for (const s of suggested) expect(accepts(s, cin, cout)).toBe(true);
  expect(suggested).toEqual([...suggested].sort((a, b) => a - b));
  if (Number.isNaN(requested)) return;
  const below = valid.filter((g) => g < requested);
  const above = valid.filter((g) => g > requested);
  // The nearest on each side that has one, and a second from the same side only when the other is empty.
  if (below.length > 0) expect(suggested).toContain(below.at(-1));
  if (above.length > 0) expect(suggested).toContain(above[0]);
  for (const s of suggested) {
    const nearerLeftOut = valid.filter(
      (g) => !suggested.includes(g) && Math.abs(g - requested) < Math.abs(s - requested),
    );
    expect(nearerLeftOut).toEqual([]);
  }
}

describe('groups that PyTorch refuses', () => {
  test('validGroups lists exactly the common divisors, checked for every pair up to 12', () => {
    for (let cin = 1; cin <= 12; cin++) {
      for (let cout = 1; cout <= 12; cout++) {
        const brute = Array.from({ length: 12 }, (_, i) => i + 1).filter((g) => accepts(g, cin, cout));
        expect(validGroups(cin, cout)).toEqual(brute);
      }
    }
  });

  test('every groups value that does not divide both channel counts is refused, with the nearest valid ones', () => {
    for (let cin = 1; cin <= 8; cin++) {
      for (let cout = 1; cout <= 8; cout++) {
        for (let g = 1; g <= 10; g++) {
          if (accepts(g, cin, cout)) continue;
          // The weight is shaped for whatever the user meant; groups is what is checked first.
          const message = errorOf(() => conv2d(ones(cin, 2, 2), filters(cout, 1), { groups: g }));
          expect(errorOf(() => convSteps(ones(cin, 2, 2), filters(cout, 1), { groups: g }))).toBe(message);
          expect(message).toContain(
            `groups must divide both ${cin} input channels and ${cout} output channels`,
          );
          const valid = validGroups(cin, cout);
          if (valid.length === 1) expect(message).toMatch(/can only be 1 here/);
          else expectNearest(g, suggestions(message), cin, cout);
          expect(nearestValidGroups(g, cin, cout)).toEqual(valid.length === 1 ? [1] : suggestions(message));
        }
      }
    }
  });

  test('the issue’s example: 6 input channels and 4 output channels', () => {
    const message = errorOf(() => conv2d(ones(6, 3, 3), filters(4, 2), { groups: 3 }));
    expect(message).toBe(
      'groups must divide both 6 input channels and 4 output channels (got 3): try 1 or 2.',
    );
  });

  test.each([0, -1, -4, 1.5, 2.5, NaN, Infinity, -Infinity])(
    'groups %s is not a positive whole number',
    (g) => {
      const [cin, cout] = [4, 8];
      const message = errorOf(() => conv2d(ones(cin, 2, 2), filters(cout, 1), { groups: g }));
      expect(message).toMatch(
        /groups must be a positive whole number that divides both 4 input channels and 8 output channels/,
      );
      expect(message).toContain(`(got ${String(g)})`);
      expectNearest(g, suggestions(message), cin, cout);
    },
  );

  test('a weight whose second dimension is not C_in / groups', () => {
    // 6 channels in groups of 3 → each filter needs 2 slices.
    for (const slices of [1, 3, 6]) {
      const message = errorOf(() => conv2d(ones(6, 3, 3), filters(3, slices), { groups: 3 }));
      expect(message).toMatch(
        new RegExp(`groups = 3 each filter reads 2 of the 6 input channels.*kernel has ${slices} slice`),
      );
      expect(message).toMatch(/Give each filter 2 slice\(s\): weight \[3\]\[2\]\[kh\]\[kw\]/);
    }
    // Without groups, a weight shaped for a grouped convolution names the groups that would fit it.
    expect(errorOf(() => planConv(ones(6, 3, 3), filters(4, 3)))).toMatch(
      /input has 6 channel\(s\) but each kernel expects 3.*or set groups to 2/,
    );
    expect(errorOf(() => planConv(ones(6, 3, 3), filters(3, 4)))).not.toMatch(/set groups/);
  });

  test('validGroups refuses channel counts that are not positive whole numbers', () => {
    expect(() => validGroups(0, 4)).toThrow(/input channels.*positive whole number/i);
    expect(() => validGroups(4, 2.5)).toThrow(/output channels.*positive whole number/i);
  });

  test('layerCost refuses the same groups, with the same message', () => {
    expect(() =>
      layerCost({ inputSize: 8, inChannels: 6, outChannels: 4, kernelSize: 3, groups: 3 }),
    ).toThrow('groups must divide both 6 input channels and 4 output channels (got 3): try 1 or 2.');
  });
});
