import { describe, expect, it } from 'vitest';
import { FRAME_US, formatHolders, whoHeldTheCores } from './bench-ui-drops.mjs';

const BROWSER = 1;
const PAGE = 2;
const GPU = 3;
const meta = [
  { ph: 'M', name: 'process_name', pid: BROWSER, tid: 10, args: { name: 'Browser' } },
  { ph: 'M', name: 'process_name', pid: PAGE, tid: 20, args: { name: 'Renderer' } },
  { ph: 'M', name: 'process_name', pid: GPU, tid: 30, args: { name: 'GPU Process' } },
  { ph: 'M', name: 'thread_name', pid: PAGE, tid: 20, args: { name: 'CrRendererMain' } },
  { ph: 'M', name: 'thread_name', pid: PAGE, tid: 21, args: { name: 'Compositor' } },
  { ph: 'M', name: 'thread_name', pid: PAGE, tid: 22, args: { name: 'ThreadPoolForegroundWorker' } },
];
const task = (pid: number, tid: number, ts: number, dur: number, tdur: number, extra: object = {}) => ({
  ph: 'X',
  name: 'ThreadControllerImpl::RunTask',
  pid,
  tid,
  ts,
  dur,
  tdur,
  ...extra,
});
const FRAME = 1_000_000;

describe("bench:ui's account of a dropped frame", () => {
  const events = [
    ...meta,
    // The engine optimising code on a page worker, inside the frame: 8 ms of CPU in 10 ms.
    task(PAGE, 22, FRAME, 10_000, 8_000, {
      name: 'ThreadPool_RunTask',
      args: { src_file: 'v8/src/compiler-dispatcher/optimizing-compile-dispatcher.cc' },
    }),
    // The page's main thread: 6 ms, a task nested in it (not counted twice) and a 2 ms scavenge.
    task(PAGE, 20, FRAME + 5_000, 6_000, 6_000),
    task(PAGE, 20, FRAME + 5_000, 6_000, 6_000, { name: 'RunTask' }),
    { ...task(PAGE, 20, FRAME + 6_000, 2_000, 2_000), name: 'MinorGC' },
    // The browser process: 10 of its 15 ms fall inside the frame.
    task(BROWSER, 10, FRAME + FRAME_US - 10_000, 15_000, 15_000),
    // After the frame: not counted.
    task(GPU, 30, FRAME + FRAME_US + 1, 5_000, 5_000),
  ];

  it('splits the CPU time in the frame by who spent it, largest first', () => {
    const [explained] = whoHeldTheCores(events, [FRAME], PAGE);
    expect(explained!.held.map(({ who }) => who)).toEqual([
      'browser process',
      'V8 compiling',
      'page main thread',
      'garbage collection on the main thread',
    ]);
    const ms = Object.fromEntries(explained!.held.map(({ who, ms }) => [who, ms]));
    expect(ms['browser process']).toBeCloseTo(10, 6);
    expect(ms['V8 compiling']).toBeCloseTo(8, 6);
    expect(ms['page main thread']).toBeCloseTo(4, 6);
    expect(ms['garbage collection on the main thread']).toBeCloseTo(2, 6);
    expect(explained!.totalMs).toBeCloseTo(24, 6);
  });

  it('writes one line a frame, with its time from the trace start and the three largest', () => {
    const lines = formatHolders(whoHeldTheCores(events, [FRAME], PAGE), FRAME - 2_500_000);
    expect(lines).toEqual([
      'at 2.50 s: Chromium 24.0 ms of CPU (browser process 10.0, V8 compiling 8.0, page main thread 4.0)',
    ]);
  });

  it('finds nothing in a frame where no thread ran', () => {
    const [quiet] = whoHeldTheCores(events, [FRAME + 10 * FRAME_US], PAGE);
    expect(quiet).toEqual({ at: FRAME + 10 * FRAME_US, held: [], totalMs: 0 });
  });
});
