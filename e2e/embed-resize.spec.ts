// A page with a 32×32 input stays usable when its frame changes size: an embed's iframe resized
// (640×480 → 320×240 and back) and a phone turned (390×844 → 844×390 and back). Each resize must be
// answered, laid out to fit, and followed by a working Next step. Once, every cell evaluated the
// embed's long fit expression itself and a resize kept the page busy for 10–20 s (styles/grid.css).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

/**
 * A generous bound, not a benchmark: on a slow, shared machine a resize there and back, each fitted
 * and followed by a step, takes 5–8 s; with the fault this guards against it took 25 s and more.
 */
const ROUND_TRIP_MS = 15_000;

/** Resizes the viewport; fails unless the page answers a script before `deadline` (ms since epoch). */
async function resizeAndExpectAnswer(
  page: Page,
  size: { width: number; height: number },
  deadline: number,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, deadline - Date.now()));
  });
  const answered = (async () => {
    await page.setViewportSize(size);
    // A frame after the resize, so the answer comes after its style and layout.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    return 'answered' as const;
  })();
  const outcome = await Promise.race([answered, late]);
  clearTimeout(timer);
  expect(outcome, `the page answers a resize to ${size.width}×${size.height} in time`).toBe('answered');
}

function expectInTime(deadline: number): void {
  const over = Date.now() - deadline;
  expect(
    over,
    `resized there and back, fitted and stepped within ${ROUND_TRIP_MS / 1000} s`,
  ).toBeLessThanOrEqual(0);
}

interface Layout {
  /** Every grid's box, by its accessible name. */
  grids: { label: string; left: number; top: number; right: number; bottom: number }[];
  /** The top of the playback bar (the embed keeps the stage above it). */
  barTop: number;
  cell: number;
  overflow: number;
}

function readLayout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const grids = Array.from(document.querySelectorAll('[role="grid"]'), (grid) => {
      const r = grid.getBoundingClientRect();
      return {
        label: grid.getAttribute('aria-label') ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    });
    const cell = document.querySelector('[role="gridcell"]')!.getBoundingClientRect();
    return {
      grids,
      barTop: document.querySelector('.app-controls')!.getBoundingClientRect().top,
      cell: Math.min(cell.width, cell.height),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** Input, kernel and output are all shown, none wider than the viewport; in the embed, all in view. */
function expectFitted(layout: Layout, width: number, height: number | null, minCell: number): void {
  for (const name of ['Input', 'Kernel', 'Output']) {
    expect(
      layout.grids.some((g) => g.label.startsWith(name)),
      `a ${name} grid is shown`,
    ).toBe(true);
  }
  for (const g of layout.grids) {
    expect(g.left, `${g.label}: left edge`).toBeGreaterThanOrEqual(0);
    expect(g.right, `${g.label}: right edge within ${width}px`).toBeLessThanOrEqual(width);
    if (height === null) continue;
    expect(g.top, `${g.label}: top edge`).toBeGreaterThanOrEqual(0);
    expect(g.bottom, `${g.label}: above the playback bar`).toBeLessThanOrEqual(layout.barTop);
    expect(layout.barTop, 'the playback bar is in the frame').toBeLessThan(height);
  }
  expect(layout.cell, 'cell size in px').toBeGreaterThanOrEqual(minCell);
  expect(layout.overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
}

/** Next step still works: the status moves on by one. */
async function expectNextStepWorks(kw: KernelwisePage): Promise<void> {
  const { n } = await kw.stepText();
  await kw.next().click();
  await kw.expectStep(n + 1);
}

test.describe('a 32×32 embed resized', () => {
  test.use({ viewport: { width: 640, height: 480 } });

  test('640×480 → 320×240 → 640×480: answers, fits and steps each time', async ({ page }) => {
    // Two resizes of a page of ~2,200 cells on a busy machine, each followed by a step.
    test.slow();
    const kw = new KernelwisePage(page);
    await kw.open('embed=1&mode=standard&size=32');
    let before: Layout | undefined;
    await expect(async () => {
      before = await readLayout(page);
      expectFitted(before, 640, 480, 6);
    }).toPass();

    const deadline = Date.now() + ROUND_TRIP_MS;
    await resizeAndExpectAnswer(page, { width: 320, height: 240 }, deadline);
    // Under 4px a cell at 320×240 (see e2e/embed-fit.spec.ts); smaller than at 640×480.
    await expect(async () => {
      const small = await readLayout(page);
      expectFitted(small, 320, 240, 2.5);
      expect(small.cell, 'cells shrank with the frame').toBeLessThan(before!.cell);
    }).toPass();
    await expectNextStepWorks(kw);

    await resizeAndExpectAnswer(page, { width: 640, height: 480 }, deadline);
    await expect(async () => {
      const again = await readLayout(page);
      expectFitted(again, 640, 480, 6);
      expect(again.cell, 'back to the cell size it had at 640×480').toBeCloseTo(before!.cell, 1);
    }).toPass();
    await expectNextStepWorks(kw);
    expectInTime(deadline);
  });
});

test.describe('a 32×32 page on a phone turned', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('390×844 → 844×390 → 390×844: answers, fits across and steps each time', async ({ page }) => {
    test.slow();
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=32');
    let upright: Layout | undefined;
    await expect(async () => {
      upright = await readLayout(page);
      expectFitted(upright, 390, null, 2.5);
    }).toPass();

    const deadline = Date.now() + ROUND_TRIP_MS;
    await resizeAndExpectAnswer(page, { width: 844, height: 390 }, deadline);
    await expect(async () => expectFitted(await readLayout(page), 844, null, 2.5)).toPass();
    await expectNextStepWorks(kw);

    await resizeAndExpectAnswer(page, { width: 390, height: 844 }, deadline);
    await expect(async () => {
      const again = await readLayout(page);
      expectFitted(again, 390, null, 2.5);
      expect(again.cell, 'back to the cell size it had upright').toBeCloseTo(upright!.cell, 1);
    }).toPass();
    await expectNextStepWorks(kw);
    expectInTime(deadline);
  });
});
