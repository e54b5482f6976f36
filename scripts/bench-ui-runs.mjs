// bench:ui over several runs (BENCH_UI_RUNS): one run's row says little when a row drops 0–3 frames
// from run to run. The summary gives each row its frames dropped run by run, how many runs dropped
// none, its longest task, and for all rows together what held the cores in the frames dropped, so
// the app's rows can be read against the control page's over the same runs.

/** Below this much of Chromium's CPU in a dropped frame's 16.7 ms, the cores were mostly elsewhere. */
export const IDLE_MS = 8;

/** What held the cores in one dropped frame (a `whoHeldTheCores` entry): its largest holder. */
export function dropCause(explained) {
  if (explained.totalMs < IDLE_MS || explained.held.length === 0) return 'Chromium mostly idle';
  return explained.held[0].who;
}

/**
 * `runs`: for each run, its rows ({ name, dropped, longestTaskMs, longTasks, foundMainThread,
 * explained }). Rows are matched by name across runs; a row missing from a run is left out of it.
 */
export function summarizeRuns(runs) {
  const byName = new Map();
  const causes = new Map();
  for (const rows of runs) {
    for (const row of rows) {
      if (!byName.has(row.name)) {
        byName.set(row.name, { name: row.name, drops: [], longestTaskMs: 0, longTasks: 0, measured: true });
      }
      const summary = byName.get(row.name);
      summary.drops.push(row.dropped);
      summary.longestTaskMs = Math.max(summary.longestTaskMs, row.longestTaskMs);
      summary.longTasks += row.longTasks;
      summary.measured &&= row.foundMainThread;
      for (const explained of row.explained) {
        const cause = dropCause(explained);
        causes.set(cause, (causes.get(cause) ?? 0) + 1);
      }
    }
  }
  const rows = [...byName.values()].map((row) => ({
    ...row,
    total: row.drops.reduce((sum, n) => sum + n, 0),
    runsWithNone: row.drops.filter((n) => n === 0).length,
  }));
  return { runs: runs.length, rows, causes: [...causes].sort((a, b) => b[1] - a[1]) };
}

/** The summary as lines of text: a table, then the causes. */
export function formatSummary({ runs, rows, causes }) {
  const header = ['over ' + runs + ' runs', 'frames dropped, run by run', 'in all', 'runs with none'];
  header.push('longest task', 'tasks ≥ 50 ms');
  const cells = rows.map((row) => [
    row.name,
    row.drops.join(', '),
    String(row.total),
    `${row.runsWithNone} of ${row.drops.length}`,
    row.measured ? `${row.longestTaskMs.toFixed(1)} ms` : 'n/a',
    row.measured ? String(row.longTasks) : 'n/a',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const line = (values) =>
    values
      .map((v, i) => (i < 2 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) lines.push(line(row));
  if (causes.length > 0) {
    const named = causes.map(([cause, count]) => `${cause} ${count}`).join(', ');
    lines.push(`Frames dropped, by what held the most of the cores in them: ${named}.`);
  }
  return lines;
}
