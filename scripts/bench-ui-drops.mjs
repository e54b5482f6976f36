// bench:ui's "what held the cores": for each dropped frame, the CPU time Chromium's threads spent in
// that frame's interval, by who spent it. On a two-core machine a frame is dropped when the page's
// work for it cannot get a core in time; this names what had the cores instead (the engine
// compiling or collecting garbage on its worker threads, the browser process, the page itself). A
// frame where Chromium used little of the two cores was waiting for something outside Chromium.

/** One frame interval at 60 Hz, in trace microseconds. */
export const FRAME_US = 16_667;

const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
const GC_ON_MAIN = new Set(['MinorGC', 'MajorGC']);
const COMPILING = /compiler|maglev|turbofan|optimizing-compile|baseline|compile-dispatcher/;
const COLLECTING = /heap|cppgc|marking|scavenger|sweeper|mark-compact/;

/** Who a task on `thread` of `process` (names from the trace's metadata) counts for. */
function whoFor(task, process, thread, pagePid) {
  if (process === 'Browser') return 'browser process';
  if (process === 'GPU Process') return 'display compositor';
  if (task.pid !== pagePid) return 'other processes';
  if (thread === 'CrRendererMain') return 'page main thread';
  if (thread === 'Compositor') return 'compositor';
  const source = String(task.args?.src_file ?? '');
  if (COMPILING.test(source)) return 'V8 compiling';
  if (COLLECTING.test(source)) return 'V8 garbage collection';
  if (/raster|worker_pool/.test(source)) return 'raster';
  return 'other page threads';
}

/** The outermost events of `events` on each thread: a task nested inside another is part of it. */
export function outermostPerThread(events) {
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const outer = [];
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let until = -Infinity;
    for (const e of list) {
      if (e.ts < until) continue;
      outer.push(e);
      until = e.ts + e.dur;
    }
  }
  return outer;
}

/** CPU time of `e` inside [from, to): its thread time, in proportion to the wall time inside. */
function cpuWithin(e, from, to) {
  const overlap = Math.min(e.ts + e.dur, to) - Math.max(e.ts, from);
  if (overlap <= 0 || e.dur <= 0) return 0;
  return ((e.tdur ?? e.dur) * overlap) / e.dur;
}

/**
 * For each frame start in `frameStarts` (trace µs): milliseconds of CPU by who, largest first, over
 * [start, start + one frame). `pagePid` is the page's renderer; its main thread's garbage
 * collection is counted apart from the rest of its work.
 */
export function whoHeldTheCores(events, frameStarts, pagePid) {
  const process = new Map();
  const thread = new Map();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') process.set(e.pid, e.args?.name);
    if (e.name === 'thread_name') thread.set(`${e.pid}:${e.tid}`, e.args?.name);
  }
  const timed = (e) => e.ph === 'X' && typeof e.ts === 'number' && typeof e.dur === 'number';
  const tasks = outermostPerThread(events.filter((e) => timed(e) && TOP_LEVEL.has(e.name)));
  const collections = outermostPerThread(
    events.filter((e) => timed(e) && GC_ON_MAIN.has(e.name) && e.pid === pagePid),
  ).filter((e) => thread.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');

  return frameStarts.map((from) => {
    const to = from + FRAME_US;
    const byWho = new Map();
    const add = (who, us) => us > 0 && byWho.set(who, (byWho.get(who) ?? 0) + us);
    for (const task of tasks) {
      const who = whoFor(task, process.get(task.pid), thread.get(`${task.pid}:${task.tid}`), pagePid);
      add(who, cpuWithin(task, from, to));
    }
    const gc = collections.reduce((sum, e) => sum + cpuWithin(e, from, to), 0);
    if (gc > 0) {
      const main = byWho.get('page main thread') ?? 0;
      byWho.set('page main thread', main - Math.min(gc, main));
      add('garbage collection on the main thread', gc);
    }
    const held = [...byWho]
      .map(([who, us]) => ({ who, ms: us / 1000 }))
      .filter(({ ms }) => ms >= 0.05)
      .sort((a, b) => b.ms - a.ms);
    return { at: from, held, totalMs: held.reduce((sum, { ms }) => sum + ms, 0) };
  });
}

/** One line per dropped frame: when, Chromium's CPU in it, and the three largest holders. */
export function formatHolders(explained, traceStart) {
  return explained.map(({ at, held, totalMs }) => {
    const top = held
      .slice(0, 3)
      .map(({ who, ms }) => `${who} ${ms.toFixed(1)}`)
      .join(', ');
    return `at ${((at - traceStart) / 1e6).toFixed(2)} s: Chromium ${totalMs.toFixed(1)} ms of CPU (${top})`;
  });
}
