import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Held } from './bench-ui-drops.mjs';
import { dropCause, formatSummary, summarizeRuns, type RunRow } from './bench-ui-runs.mjs';

const frame = (held: [string, number][]): Held => ({
  at: 0,
  held: held.map(([who, ms]) => ({ who, ms })),
  totalMs: held.reduce((sum, [, ms]) => sum + ms, 0),
});

describe("bench:ui's summary over several runs", () => {
  it('names the largest holder of a dropped frame, or says Chromium was mostly idle', () => {
    expect(
      dropCause(
        frame([
          ['V8 compiling', 23],
          ['page main thread', 10.9],
        ]),
      ),
    ).toBe('V8 compiling');
    expect(
      dropCause(
        frame([
          ['page main thread', 3.2],
          ['compositor', 1.2],
        ]),
      ),
    ).toBe('Chromium mostly idle');
    expect(dropCause(frame([]))).toBe('Chromium mostly idle');
  });

  it('gives each row its drops run by run, the runs without any, and its longest task', () => {
    const row = (name: string, dropped: number, longestTaskMs: number, longTasks = 0): RunRow => ({
      name,
      dropped,
      longestTaskMs,
      longTasks,
      foundMainThread: true,
      explained: Array.from({ length: dropped }, () => frame([['browser process', 15]])),
    });
    const lines = formatSummary(
      summarizeRuns([
        [row('maxpool', 1, 9.4), row('control', 0, 5)],
        [row('maxpool', 0, 17.6), row('control', 0, 4.8)],
        [row('maxpool', 2, 52, 1), row('control', 1, 5.8)],
      ]),
    );
    expect(lines[0]).toMatch(/^over 3 runs/);
    expect(lines.find((l) => l.startsWith('maxpool'))).toMatch(/1, 0, 2\s+3\s+1 of 3\s+52\.0 ms\s+1$/);
    expect(lines.find((l) => l.startsWith('control'))).toMatch(/0, 0, 1\s+1\s+2 of 3\s+5\.8 ms\s+0$/);
    expect(lines.at(-1)).toBe(
      'Frames dropped, by what held the most of the cores in them: browser process 4.',
    );
  });

  it('adds up what each run dropped, whatever the runs', () => {
    const names = ['standard', 'maxpool', 'control'];
    const holders = ['V8 compiling', 'browser process', 'page main thread'];
    const runRow = fc.record({
      name: fc.constantFrom(...names),
      causes: fc.array(fc.tuple(fc.constantFrom(...holders), fc.double({ min: 0, max: 30, noNaN: true })), {
        maxLength: 5,
      }),
      longestTaskMs: fc.double({ min: 0, max: 80, noNaN: true }),
      longTasks: fc.nat(3),
    });
    const runs = fc.array(fc.uniqueArray(runRow, { selector: (r) => r.name, maxLength: 3 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(runs, (generated) => {
        const input: RunRow[][] = generated.map((rows) =>
          rows.map((r) => ({
            name: r.name,
            dropped: r.causes.length,
            longestTaskMs: r.longestTaskMs,
            longTasks: r.longTasks,
            foundMainThread: true,
            explained: r.causes.map(([who, ms]) => frame([[who, ms]])),
          })),
        );
        const summary = summarizeRuns(input);
        expect(summary.runs).toBe(generated.length);
        for (const name of names) {
          const seen = generated.flatMap((rows) => rows.filter((r) => r.name === name));
          const row = summary.rows.find((r) => r.name === name);
          if (seen.length === 0) {
            expect(row).toBeUndefined();
            continue;
          }
          expect(row?.drops).toEqual(seen.map((r) => r.causes.length));
          let total = 0;
          for (const r of seen) total += r.causes.length;
          expect(row?.total).toBe(total);
          expect(row?.runsWithNone).toBe(seen.filter((r) => r.causes.length === 0).length);
          expect(row?.longestTaskMs).toBe(Math.max(...seen.map((r) => r.longestTaskMs)));
        }
        const allDrops = generated.flat().flatMap((r) => r.causes);
        const counted = summary.causes.reduce((sum, [, n]) => sum + n, 0);
        expect(counted).toBe(allDrops.length);
        const idle = allDrops.filter(([, ms]) => ms < 8).length;
        expect(summary.causes.find(([c]) => c === 'Chromium mostly idle')?.[1] ?? 0).toBe(idle);
      }),
    );
  });
});
