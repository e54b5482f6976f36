import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitMaps } from './fitMaps';

/** Whether `count` squares of `side` with captions fit the box when laid `perRow` to a row. */
function fits(
  count: number,
  side: number,
  perRow: number,
  w: number,
  h: number,
  gap: number,
  caption: number,
) {
  const rows = Math.ceil(count / perRow);
  return perRow * side + (perRow - 1) * gap <= w && rows * (side + caption) + (rows - 1) * gap <= h;
}

describe('fitMaps', () => {
  const box = fc.record({
    count: fc.integer({ min: 1, max: 9 }),
    width: fc.integer({ min: 0, max: 2000 }),
    height: fc.integer({ min: 0, max: 1200 }),
    gap: fc.integer({ min: 0, max: 24 }),
    caption: fc.integer({ min: 0, max: 40 }),
  });

  it('lays every map inside the box', () => {
    fc.assert(
      fc.property(box, ({ count, width, height, gap, caption }) => {
        const { side, perRow } = fitMaps(count, width, height, gap, caption);
        expect(perRow).toBeGreaterThanOrEqual(1);
        expect(perRow).toBeLessThanOrEqual(count);
        if (side > 0) expect(fits(count, side, perRow, width, height, gap, caption)).toBe(true);
      }),
    );
  });

  it('leaves no larger whole-pixel side that would fit in any arrangement', () => {
    fc.assert(
      fc.property(box, ({ count, width, height, gap, caption }) => {
        const { side } = fitMaps(count, width, height, gap, caption);
        for (let perRow = 1; perRow <= count; perRow++)
          expect(fits(count, side + 1, perRow, width, height, gap, caption)).toBe(false);
      }),
    );
  });

  it('puts three maps in one row on a wide screen, and stacks them in a tall one', () => {
    expect(fitMaps(3, 1800, 600, 10, 20).perRow).toBe(3);
    expect(fitMaps(3, 300, 1200, 10, 20).perRow).toBe(1);
  });
});
