// bench:ui's "where the time goes": the renderer main thread's CPU time in one scenario's trace,
// split into scripting, style and layout, paint (recording, layerizing, committing to the
// compositor) and the rest, by the self time of each trace event. Thread time (the trace's tdur),
// not wall time, and divided by the steps shown: far less sensitive to other load on the machine
// than frames per second are.

const SCRIPTING =
  /^(FunctionCall|EventDispatch|FireAnimationFrame|EvaluateScript|TimerFire|RunMicrotasks|V8\.|v8\.|MinorGC|MajorGC|BlinkGC)/;
const STYLE_LAYOUT =
  /^(UpdateLayoutTree|ParseAuthorStyleSheet|Layout$|LocalFrameView::(performLayout|performPostLayoutTasks|RunStyleAndLayoutLifecyclePhases))/;
const PAINT =
  /^(Paint$|PrePaint|Layerize|Commit$|UpdateLayer|CullRectUpdate|ProxyMain::BeginMainFrame::commit|LocalFrameView::(RunPaintLifecyclePhase|RunPrePaintLifecyclePhase|RunCompositingInputsLifecyclePhase))/;

/** Milliseconds of main-thread CPU self time per kind, for the thread `main` ({pid, tid}) within [start, end]. */
export function mainThreadBreakdown(events, main, start, end) {
  const own = events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        typeof e.dur === 'number' &&
        e.ts >= start &&
        e.ts <= end,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: an event's duration less the time of the events nested directly inside it.
  const cpu = (e) => e.tdur ?? e.dur;
  const childTime = new Map();
  const open = [];
  for (const e of own) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + Math.min(cpu(e), cpu(parent)));
    open.push(e);
  }
  const totals = { scripting: 0, styleLayout: 0, paint: 0, other: 0 };
  for (const e of own) {
    const self = Math.max(0, cpu(e) - (childTime.get(e) ?? 0)) / 1000;
    if (SCRIPTING.test(e.name)) totals.scripting += self;
    else if (STYLE_LAYOUT.test(e.name)) totals.styleLayout += self;
    else if (PAINT.test(e.name)) totals.paint += self;
    else totals.other += self;
  }
  return totals;
}

const STEP_MARK = 'bench-ui step';

/**
 * Marks each step the page shows in the trace (a `TimeStamp` event when the `Step N` of a status
 * line changes), so steps are counted inside the traced window: starting and ending a trace take
 * seconds on a loaded machine, and the page keeps playing meanwhile.
 */
export async function markStepsInTrace(page) {
  await page.evaluate((mark) => {
    let last = '';
    const observer = new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const step = /Step\s+\d+/.exec(status.textContent ?? '')?.[0];
        if (!step) continue;
        if (step !== last) console.timeStamp(mark);
        last = step;
        return;
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, STEP_MARK);
}

/** How many steps were marked within [start, end]. */
export const markedSteps = (events, start, end) =>
  events.filter(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === STEP_MARK && e.ts >= start && e.ts <= end,
  ).length;

/** "busy/step (script · style+layout · paint · other)" in milliseconds per step shown. */
export function formatPerStep(totals, steps) {
  if (!totals || !(steps > 0)) return 'n/a';
  const per = (ms) => (ms / steps).toFixed(1);
  const busy = totals.scripting + totals.styleLayout + totals.paint + totals.other;
  return `${per(busy)} (${per(totals.scripting)} · ${per(totals.styleLayout)} · ${per(totals.paint)} · ${per(totals.other)})`;
}
