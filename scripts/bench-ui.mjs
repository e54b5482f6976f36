// UI benchmark: plays Kernelwise at 32×32 in a headless Chromium, records a Chromium trace and
// reports frames drawn and dropped and the longest main-thread task. `npm run bench:ui`.
//
// Serves the existing production build (dist/; built first if missing) from this process, on port
// 4174, so it can run next to the e2e server on 4173 (bench-ui-server.mjs says why not `vite
// preview`). While a trace records, this process only waits: it collects its own garbage first
// (the last trace it parsed is tens of megabytes), so that its collector never runs in the window.
//
// Environment:
//   BENCH_UI_SECONDS    how long each scenario plays while traced and counted (default 5)
//   BENCH_UI_SETTLE_MS  how long each playback trace runs before frames are counted (default 1000):
//                       starting a trace keeps Chromium's other processes busy, and the page's main
//                       thread waits for a core there (tasks take 2-5× their CPU time). The control
//                       row's page, which has next to nothing to do, dropped 11 of 12 frames in the
//                       first 0.85 s of its traces. The count also stops 300 ms before the trace does
//   BENCH_UI_TRACE_DIR  also save each raw trace there (open it in DevTools → Performance)
//   BENCH_UI_PORT       the build server's port (default 4174)
//   KW_OUT_DIR          the build directory to serve (default dist)
//   BENCH_UI_RUNS       play the rows this many times (default 1), then sum them up row by row
//                       (bench-ui-runs.mjs); the image row plays once
//   BENCH_UI_ONLY       run only the rows whose name matches this regular expression; the image
//                       edit row is named "image", e.g. "image" or "pad1$|maxpool"
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';
import { imageEditScenario, printImageEdit } from './bench-ui-image.mjs';
import { formatPerStep, mainThreadBreakdown, markedSteps, markStepsInTrace } from './bench-ui-breakdown.mjs';
import { formatHolders, outermostPerThread, whoHeldTheCores } from './bench-ui-drops.mjs';
import { formatSummary, summarizeRuns } from './bench-ui-runs.mjs';
import { serveBuild } from './bench-ui-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_UI_PORT ?? 4174);
const OUT_DIR = process.env.KW_OUT_DIR ?? 'dist';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const VIEWPORT = { width: 1280, height: 720 };
const PLAY_MS = Number(process.env.BENCH_UI_SECONDS ?? 5) * 1000;
const SETTLE_MS = Number(process.env.BENCH_UI_SETTLE_MS ?? 1000);
const RUNS = Math.max(1, Math.floor(Number(process.env.BENCH_UI_RUNS ?? 1)) || 1);
// A task this long or longer is a "long task" in the RAIL model and Chrome's Long Tasks API.
const LONG_TASK_MS = 50;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'toplevel',
  'benchmark',
  'disabled-by-default-devtools.timeline',
].join(',');
const TASK_EVENT_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CONTROL_PATH = '/bench-ui-control.html';

const SCENARIOS = [
  { name: 'standard 32×32 k3 pad1', query: 'mode=standard&size=32&k=3&pad=1&speed=20&autoplay=1' },
  { name: 'standard 32×32 k3 pad1 cin1', query: 'mode=standard&size=32&k=3&pad=1&speed=20&autoplay=1&cin=1' },
  // Its 256 steps take 12.8 s: it loops, so a longer BENCH_UI_SECONDS still counts playback.
  { name: 'maxpool 32×32 k2', query: 'mode=maxpool&size=32&k=2&speed=20&autoplay=1&loop=1' },
  // Not the app: the same clock and a step that does next to nothing (bench-ui-control.html). What
  // it drops, the machine and the tracing drop; the rows above are read against it.
  { name: 'control 32×32 (a minimal page)', path: CONTROL_PATH, query: '' },
  // A grid the page paints itself (16×16 cells or fewer): its cells cross-fade over several frames,
  // where a canvas grid's change in one.
  {
    name: 'standard 14×14 k3 pad1 (DOM cells)',
    query: 'mode=standard&size=14&k=3&pad=1&speed=20&autoplay=1',
  },
  // The size most lessons use; its 25 steps take 1.25 s, so it loops.
  {
    name: 'standard 5×5 k3 pad1 (DOM cells)',
    query: 'mode=standard&size=5&k=3&pad=1&speed=20&autoplay=1&loop=1',
  },
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

function ensureBuild() {
  const index = join(ROOT, OUT_DIR, 'index.html');
  if (existsSync(index)) {
    console.log(
      `bench-ui: using the existing ${OUT_DIR}/ (built ${statSync(index).mtime.toISOString()}; run`,
    );
    console.log('          `npx vite build` first to measure newer sources)');
    return;
  }
  console.log(`bench-ui: no ${OUT_DIR}/ yet, running npx vite build`);
  const build = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npx vite build failed (exit ${build.status ?? build.signal})`);
}

/** The `Step N of M` text, or undefined when the page does not announce one (yet). */
async function stepText(page, timeout = 2000) {
  const status = page.getByRole('status').filter({ hasText: /Step\s+\d+\s+of\s+\d+/ });
  try {
    await status.first().waitFor({ timeout });
    return /Step\s+\d+\s+of\s+\d+/.exec((await status.first().textContent()) ?? '')?.[0];
  } catch {
    return undefined;
  }
}

/** Starts playback by hand when autoplay did not (Play is showing, Pause is not). */
async function pressPlayIfPaused(page) {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  if (await play.isVisible()) {
    await play.click();
    return true;
  }
  return false;
}

async function readStream(cdp, handle) {
  const chunks = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 1 << 20 });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  return chunks.join('');
}

/** Traces the page for `ms` milliseconds; returns the parsed trace events. */
async function traceFor(page, ms) {
  collectGarbage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
  await sleep(ms);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('Chromium returned no trace stream');
  const text = await readStream(cdp, stream);
  await cdp.detach();
  const parsed = JSON.parse(text);
  return { text, events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []) };
}

/** The page's renderer process: from TracingStartedInBrowser, else the busiest renderer main thread. */
function rendererMain(events) {
  const mainThreads = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = started?.args?.data?.frames ?? [];
  const pageFrame = frames.find((f) => String(f.url ?? '').startsWith(ORIGIN)) ?? frames[0];
  const byPid = pageFrame && mainThreads.find((t) => t.pid === pageFrame.processId);
  if (byPid) return { pid: byPid.pid, tid: byPid.tid };
  let best;
  let bestCount = -1;
  for (const thread of mainThreads) {
    const count = events.filter(
      (e) => e.pid === thread.pid && e.tid === thread.tid && TASK_EVENT_NAMES.has(e.name),
    ).length;
    if (count > bestCount) [best, bestCount] = [thread, count];
  }
  return best ? { pid: best.pid, tid: best.tid } : undefined;
}

/**
 * Frames drawn and dropped, fps, and main-thread tasks, from the trace of one scenario; the first
 * `settleMs` of the trace are left out (their dropped frames are counted apart).
 */
function analyse(events, { settleMs = 0, playMs = Infinity } = {}) {
  const main = rendererMain(events);
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  // Loops, not Math.min(...events): a trace holds far more events than a call has arguments.
  let first = Infinity;
  let end = -Infinity;
  for (const e of events) {
    if (typeof e.ts !== 'number' || e.ts <= 0 || e.ph === 'M') continue;
    first = Math.min(first, e.ts);
    end = Math.max(end, e.ts + (e.dur ?? 0));
  }
  const traceStart = started?.ts ?? first;
  const start = traceStart + settleMs * 1000;
  // Stopping the trace, like starting it, keeps the other processes busy: the window ends before.
  end = Math.min(end, start + playMs * 1000);
  const inWindow = (e) => e.ts >= start && e.ts <= end;
  const settling = (e) => e.ts >= traceStart && e.ts < start;
  // Frame events are counted for the page's renderer only (its compositor thread emits them).
  const ofPage = (e) => !main || e.pid === main.pid;

  const drawn = events.filter((e) => e.name === 'DrawFrame' && ofPage(e) && inWindow(e)).length;

  // DroppedFrame events, plus `Frame` events flagged dropped (older Chromiums); one per frame id.
  // DevTools shows a DroppedFrame with hasPartialUpdate as "partially presented": the compositor
  // drew, but without the main thread's update for that frame. Counted as dropped, and shown apart.
  const dropped = new Map();
  const partial = new Set();
  const droppedSettling = new Set();
  events.forEach((e, i) => {
    if (!ofPage(e) || !(inWindow(e) || settling(e))) return;
    const isDropped =
      e.name === 'DroppedFrame' ||
      (e.name?.trim() === 'Frame' && (e.args?.dropped === true || e.args?.data?.dropped === true));
    if (!isDropped) return;
    const seq = e.args?.frameSeqId ?? e.args?.data?.frameSeqId;
    const key = seq === undefined ? `event ${i}` : `${e.args?.layerTreeId ?? ''}:${seq}`;
    if (settling(e)) return void droppedSettling.add(key);
    if (!dropped.has(key)) dropped.set(key, e.ts);
    if (e.args?.hasPartialUpdate === true) partial.add(key);
  });

  // Top-level tasks on the renderer main thread: RunTask and ThreadControllerImpl::RunTask nest
  // inside each other, so a task inside another is part of it, not a second task.
  const topLevel = main
    ? outermostPerThread(
        events.filter(
          (e) =>
            e.pid === main.pid &&
            e.tid === main.tid &&
            TASK_EVENT_NAMES.has(e.name) &&
            e.ph === 'X' &&
            typeof e.dur === 'number' &&
            inWindow(e),
        ),
      )
    : [];
  const seconds = Math.max(end - start, 1) / 1e6;
  const explained = main ? whoHeldTheCores(events, [...dropped.values()], main.pid) : [];
  return {
    seconds,
    drawn,
    dropped: dropped.size,
    partial: partial.size,
    droppedSettling: droppedSettling.size,
    fps: drawn / seconds,
    longestTaskMs: topLevel.reduce((longest, t) => Math.max(longest, t.dur / 1000), 0),
    longTasks: topLevel.filter((t) => t.dur / 1000 >= LONG_TASK_MS).length,
    foundMainThread: Boolean(main),
    breakdown: main ? mainThreadBreakdown(events, main, start, end) : undefined,
    explained,
    holders: formatHolders(explained, traceStart),
    stepsShown: markedSteps(events, start, end),
  };
}

async function runScenario(browser, scenario) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(`${ORIGIN}${scenario.path ?? '/'}?${scenario.query}`, { waitUntil: 'load' });
    const before = await stepText(page, 15_000);
    await markStepsInTrace(page);
    const pressedPlay = await pressPlayIfPaused(page);
    // A little past the counted window, so that it is whole however late the trace really started.
    const { text, events } = await traceFor(page, SETTLE_MS + PLAY_MS + 300);
    const after = await stepText(page);
    if (process.env.BENCH_UI_TRACE_DIR) {
      mkdirSync(process.env.BENCH_UI_TRACE_DIR, { recursive: true });
      const file = join(process.env.BENCH_UI_TRACE_DIR, `${scenario.name.replace(/[^\w]+/g, '-')}.json`);
      writeFileSync(file, text);
    }
    return {
      ...analyse(events, { settleMs: SETTLE_MS, playMs: PLAY_MS }),
      steps: before && after ? `${before} → ${after}` : (after ?? 'no status'),
      pressedPlay,
      errors,
    };
  } finally {
    await context.close();
  }
}

function printTable(rows) {
  const columns = [
    ['scenario', (r) => r.name],
    ['duration', (r) => `${r.seconds.toFixed(2)} s`],
    ['frames drawn', (r) => String(r.drawn)],
    ['frames dropped', (r) => (r.partial ? `${r.dropped} (${r.partial} partial)` : String(r.dropped))],
    ['fps', (r) => r.fps.toFixed(1)],
    ['longest task', (r) => (r.foundMainThread ? `${r.longestTaskMs.toFixed(1)} ms` : 'n/a')],
    [`tasks ≥ ${LONG_TASK_MS} ms`, (r) => (r.foundMainThread ? String(r.longTasks) : 'n/a')],
    [
      'main-thread CPU ms/step (script · style+layout · paint · other)',
      (r) => formatPerStep(r.breakdown, r.stepsShown),
    ],
    ['steps in trace', (r) => String(r.stepsShown)],
    ['steps shown', (r) => r.steps],
  ];
  const cells = rows.map((row) => columns.map(([, get]) => get(row)));
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const line = (values) =>
    values
      .map((v, i) => (i === 0 || i === values.length - 1 ? v.padEnd(widths[i]) : v.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(columns.map(([title]) => title)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells) console.log(line(row));
  if (SETTLE_MS > 0) {
    const settling = rows.map((r) => `${r.name} ${r.droppedSettling}`).join(', ');
    console.log(
      `Frames are counted from ${SETTLE_MS} ms into each trace; dropped before that, while tracing started: ${settling}.`,
    );
  }
  const control = rows.find((row) => row.name.startsWith('control'));
  if (control)
    console.log(
      `The control row is not Kernelwise: a page that fills one canvas cell, glides one box and writes one line a step. It dropped ${control.dropped}.`,
    );
  const withDrops = rows.filter((row) => row.holders.length > 0);
  if (withDrops.length > 0) {
    console.log(
      'Each frame dropped, and the CPU time Chromium spent in its 16.7 ms, by who (bench-ui-drops.mjs):',
    );
    for (const row of withDrops) for (const line of row.holders) console.log(`  ${row.name}, ${line}`);
  }
  for (const row of rows) {
    if (row.pressedPlay) console.log(`note: ${row.name}: autoplay did not start playback; pressed Play.`);
    if (row.errors.length)
      console.log(`note: ${row.name}: ${row.errors.length} page error(s), first: ${row.errors[0]}`);
  }
}

let server;
try {
  ensureBuild();
  server = await serveBuild(join(ROOT, OUT_DIR), PORT, {
    [CONTROL_PATH]: join(ROOT, 'scripts', 'bench-ui-control.html'),
  });
} catch (error) {
  console.error(`bench-ui: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

let browser;
try {
  const executablePath = findChromium();
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  console.log(
    `bench-ui: ${browser.version()} at ${VIEWPORT.width}×${VIEWPORT.height}, ${PLAY_MS / 1000} s per scenario\n`,
  );
  const only = process.env.BENCH_UI_ONLY;
  const wanted = (name) => !only || new RegExp(only).test(name);
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const rows = [];
    for (const scenario of SCENARIOS.filter((s) => wanted(s.name))) {
      rows.push({ name: scenario.name, ...(await runScenario(browser, scenario)) });
    }
    if (rows.length === 0) break;
    if (RUNS > 1) console.log(`run ${run} of ${RUNS}`);
    printTable(rows);
    console.log('');
    runs.push(rows);
  }
  if (runs.length > 1) {
    for (const line of formatSummary(summarizeRuns(runs))) console.log(line);
    console.log('');
  }
  if (wanted('image')) printImageEdit(await imageEditScenario(browser, ORIGIN, traceFor, analyse));
} catch (error) {
  console.error(`bench-ui: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server.close();
}
