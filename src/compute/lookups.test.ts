/**
 * The hover lookups answer from the geometry alone; here every answer is checked against the steps,
 * which list explicitly which cells each output reads.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cellsUnderTap, convSteps, makeGeometry, outputsReading, unreachedIndices } from './index';
import type { ConvStep, Geometry } from './index';
import { pairArb, paddingArb, PROPERTY_TIMEOUT } from './testing/arbitraries';

const byRowCol = (a: { row: number; col: number }, b: { row: number; col: number }) =>
  a.row - b.row || a.col - b.col;

/** A one-channel conv of a zero image: the values do not matter here, only where windows land. */
const caseArb = fc
  .record({
    height: fc.integer({ min: 1, max: 12 }),
    width: fc.integer({ min: 1, max: 12 }),
    kernel: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    stride: pairArb(1, 3),
    padding: paddingArb,
    dilation: pairArb(1, 3),
  })
  .map((c) => {
    try {
      const g = makeGeometry(c.height, c.width, {
        kernelSize: c.kernel,
        stride: c.stride,
        padding: c.padding,
        dilation: c.dilation,
      });
      const input = [Array.from({ length: c.height }, () => new Array<number>(c.width).fill(0))];
      const weight = [[Array.from({ length: c.kernel[0] }, () => new Array<number>(c.kernel[1]).fill(1))]];
      const steps = convSteps(input, weight, { stride: c.stride, padding: c.padding, dilation: c.dilation });
      return { g, steps };
    } catch {
      return null; // the kernel does not fit: nothing to look up
    }
  })
  .filter((x): x is { g: Geometry; steps: ConvStep[] } => x !== null);

describe('outputsReading', PROPERTY_TIMEOUT, () => {
  test('lists exactly the outputs whose window includes the cell, padding cells included', () => {
    fc.assert(
      fc.property(caseArb, ({ g, steps }) => {
        const readers = new Map<string, { row: number; col: number }[]>();
        for (const s of steps) {
          for (const cell of s.window) {
            const key = `${cell.row},${cell.col}`;
            readers.set(key, [...(readers.get(key) ?? []), { row: s.out.row, col: s.out.col }]);
          }
        }
        const { top, bottom, left, right } = g.padding;
        const expected: Record<string, string[]> = {};
        const got: Record<string, string[]> = {};
        const key = (o: { row: number; col: number }) => `${o.row},${o.col}`;
        for (let row = -top; row < g.inputHeight + bottom; row++) {
          for (let col = -left; col < g.inputWidth + right; col++) {
            expected[key({ row, col })] = (readers.get(key({ row, col })) ?? []).sort(byRowCol).map(key);
            got[key({ row, col })] = outputsReading(g, row, col).sort(byRowCol).map(key); // sorted: duplicates would show
          }
        }
        expect(got).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test('a hand-worked case: 5 wide, kernel 3, stride 2, no padding', () => {
    const g = makeGeometry(5, 5, { kernelSize: 3, stride: 2 });
    // outputs 0 and 1 read columns 0–2 and 2–4: column 2 is shared
    expect(outputsReading(g, 2, 2)).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
    ]);
    expect(outputsReading(g, 0, 4)).toEqual([{ row: 0, col: 1 }]);
  });
});

describe('cellsUnderTap', PROPERTY_TIMEOUT, () => {
  test('matches the cells the steps multiply by that tap, one per output', () => {
    fc.assert(
      fc.property(caseArb, ({ g, steps }) => {
        for (let kernelRow = 0; kernelRow < g.kernelHeight; kernelRow++) {
          for (let kernelCol = 0; kernelCol < g.kernelWidth; kernelCol++) {
            const expected = steps.map((s) => {
              const cell = s.window.find((c) => c.kernelRow === kernelRow && c.kernelCol === kernelCol)!;
              return { row: cell.row, col: cell.col };
            });
            const got = cellsUnderTap(g, kernelRow, kernelCol);
            expect([...got].sort(byRowCol)).toEqual(expected.sort(byRowCol));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('unreachedIndices', PROPERTY_TIMEOUT, () => {
  test('is the set of rows (and columns) of the input that no window ever reads', () => {
    fc.assert(
      fc.property(caseArb, ({ g, steps }) => {
        const readRows = new Set<number>();
        const readCols = new Set<number>();
        for (const s of steps) {
          for (const cell of s.window) {
            // per axis: a row counts as read even where the window's column falls in padding
            if (cell.row >= 0 && cell.row < g.inputHeight) readRows.add(cell.row);
            if (cell.col >= 0 && cell.col < g.inputWidth) readCols.add(cell.col);
          }
        }
        const neverRows = Array.from({ length: g.inputHeight }, (_, i) => i).filter((i) => !readRows.has(i));
        const neverCols = Array.from({ length: g.inputWidth }, (_, i) => i).filter((i) => !readCols.has(i));
        expect(
          unreachedIndices(
            g.inputHeight,
            g.outHeight,
            g.kernelHeight,
            g.strideRow,
            g.padding.top,
            g.dilationRow,
          ),
        ).toEqual(neverRows);
        expect(
          unreachedIndices(
            g.inputWidth,
            g.outWidth,
            g.kernelWidth,
            g.strideCol,
            g.padding.left,
            g.dilationCol,
          ),
        ).toEqual(neverCols);
      }),
      { numRuns: 300 },
    );
  });

  test('a stride that does not divide evenly drops the last row: 6 rows, kernel 3, stride 2', () => {
    // windows cover rows 0–2 and 2–4; row 5 is never read
    expect(unreachedIndices(6, 2, 3, 2, 0, 1)).toEqual([5]);
    // dilation 2 with kernel 2 and stride 3 on 7 rows: windows {0,2} and {3,5}: rows 1, 4, 6 unread
    expect(unreachedIndices(7, 2, 2, 3, 0, 2)).toEqual([1, 4, 6]);
  });
});
