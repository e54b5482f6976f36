// bench:ui's image row: a 512×512 picture in the image view, one kernel weight edited at a time (as
// typing does), timed from the input event to the first frame after the feature map is redrawn,
// with a trace for the longest main-thread task meanwhile. The picture is drawn on a canvas in the
// page and dropped onto it, as a user's file would be.

const EDITS = 12;
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * From the trace's thread times (tdur, CPU time; on a loaded machine wall times stretch, these much
 * less): the image worker's median CPU per request (its top-level tasks over 1 ms), and the CPU time of
 * the longest main-thread task.
 */
function cpuFigures(events) {
  const named = (name) =>
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === name);
  const workers = named('DedicatedWorker thread');
  const pid = workers[0]?.pid;
  const topLevel = (thread) => {
    const tasks = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && TASKS.has(e.name))
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const top = [];
    let coveredUntil = -Infinity;
    for (const t of tasks) {
      if (t.ts < coveredUntil) continue;
      coveredUntil = t.ts + (t.dur ?? 0);
      top.push(t);
    }
    return top;
  };
  const requests = workers
    .filter((t) => t.pid === pid)
    .flatMap(topLevel)
    .map((t) => (t.tdur ?? 0) / 1000)
    .filter((ms) => ms > 1)
    .sort((a, b) => a - b);
  const main = named('CrRendererMain').find((t) => t.pid === pid);
  const longest = main ? topLevel(main).sort((a, b) => b.dur - a.dur)[0] : undefined;
  return {
    workerCpuMs: requests.length ? requests[requests.length >> 1] : NaN,
    workerRequests: requests.length,
    longestTaskCpuMs: longest?.tdur === undefined ? NaN : longest.tdur / 1000,
  };
}

/** Median and worst of the end-to-end times, and the trace's longest main-thread task. */
export async function imageEditScenario(browser, origin, traceFor, analyse) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${origin}/?mode=image&k=7&color=rgb`, { waitUntil: 'load' });
    await page.locator('.image-maps').waitFor();
    await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 512;
      const c = canvas.getContext('2d');
      const g = c.createLinearGradient(0, 0, 512, 512);
      g.addColorStop(0, '#1a4f8b');
      g.addColorStop(1, '#f2c14e');
      c.fillStyle = g;
      c.fillRect(0, 0, 512, 512);
      c.fillStyle = '#d55e00';
      c.beginPath();
      c.arc(200, 220, 120, 0, 2 * Math.PI);
      c.fill();
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
      const file = new File([blob], 'bench-512.png', { type: 'image/png' });
      const data = new DataTransfer();
      data.items.add(file);
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    });
    await page.getByRole('img', { name: /bench-512\.png/ }).waitFor({ timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelector('.image-figure:nth-child(2) canvas')?.width === 512,
      null,
      {
        timeout: 30_000,
      },
    );
    const editAll = page.evaluate(async (edits) => {
      const field = document.querySelector('input[aria-label="Weight row 4, column 4"]');
      const maps = document.querySelector('.image-maps');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const times = [];
      field.focus();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the trace starts first
      for (let i = 0; i < edits; i++) {
        const before = maps.dataset.drawn;
        const drawn = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (maps.dataset.drawn === before) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          });
          observer.observe(maps, { attributes: true, attributeFilter: ['data-drawn'] });
        });
        const start = performance.now();
        setValue.call(field, String((i % 5) - 2 + 0.5));
        field.dispatchEvent(new Event('input', { bubbles: true }));
        times.push((await drawn) - start);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      return { times, workerMs: Number(maps.dataset.ms) };
    }, EDITS);
    const [{ events }, result] = await Promise.all([traceFor(page, EDITS * 450 + 300), editAll]);
    const sorted = [...result.times].sort((a, b) => a - b);
    const trace = analyse(events);
    return {
      median: sorted[sorted.length >> 1],
      worst: sorted[sorted.length - 1],
      workerMs: result.workerMs,
      longestTaskMs: trace.foundMainThread ? trace.longestTaskMs : NaN,
      longTasks: trace.longTasks,
      ...cpuFigures(events),
      errors,
    };
  } finally {
    await context.close();
  }
}

export function printImageEdit(r) {
  console.log('image view, 512×512 RGB, 7×7 kernel: one weight edited → the three feature maps redrawn');
  console.log(
    `  end to end (input event → frame after the redraw): median ${r.median.toFixed(1)} ms, worst ${r.worst.toFixed(1)} ms over ${EDITS} edits`,
  );
  console.log(`  worker time for the last request: ${r.workerMs.toFixed(1)} ms`);
  console.log(
    `  worker CPU per request (trace thread time, median of ${r.workerRequests}): ${r.workerCpuMs.toFixed(1)} ms`,
  );
  console.log(
    `  longest main-thread task meanwhile: ${r.longestTaskMs.toFixed(1)} ms, of which CPU ${r.longestTaskCpuMs.toFixed(1)} ms (${r.longTasks} tasks ≥ 50 ms)`,
  );
  if (r.errors.length) console.log(`  note: ${r.errors.length} page error(s), first: ${r.errors[0]}`);
}
