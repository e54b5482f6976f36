// At 1280×720, a common projector's resolution, a 32×32 input runs under the sticky playback bar:
// the page follows the kernel window into sight, once, when a step would take it under the bar, and
// leaves a reader who scrolled the window away where they are.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

test.use({ viewport: { width: 1280, height: 720 } });

/** Viewport pixels: the window's frame, the input grid and the playback bar's top. */
function layout(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.window-overlay .window-frame')?.getBoundingClientRect();
    const grid = document.querySelector('.window-overlay')?.parentElement?.getBoundingClientRect();
    const bar = document.querySelector('footer')?.getBoundingClientRect();
    if (!frame || !grid || !bar) throw new Error('no window, grid or playback bar on the page');
    return {
      frameTop: frame.top,
      frameBottom: frame.bottom,
      gridBottom: grid.bottom,
      barTop: bar.top,
      scrollY,
    };
  });
}

/** Steps forward with a presenter's clicker (Page Down): a click on Next would first have Playwright
 * scroll the sticky bar's button "into view", which moves the page by itself. */
async function stepTo(kw: KernelwisePage, n: number) {
  while ((await kw.stepText()).n < n) {
    const before = (await kw.stepText()).n;
    await kw.page.keyboard.press('PageDown');
    await expect.poll(async () => (await kw.stepText()).n).toBe(before + 1);
  }
}

test('the page scrolls a watched window out from under the playback bar, and the rest of the grid with it', async ({
  page,
}) => {
  const kw = new KernelwisePage(page);
  // Output row 13 of 16: the window on input rows 26–27, in sight above the bar.
  await kw.open('mode=maxpool&size=32&k=2&step=220');
  const before = await layout(page);
  expect(before.frameBottom).toBeLessThanOrEqual(before.barTop);
  expect(before.gridBottom, 'the grid runs under the bar at this size').toBeGreaterThan(before.barTop);
  expect(before.scrollY).toBe(0);

  // Step 225 moves the window to rows 28–29, which sit under the bar unless the page scrolls.
  await stepTo(kw, 226);
  await expect.poll(async () => (await layout(page)).scrollY).toBeGreaterThan(0);
  await expect.poll(async () => (await layout(page)).gridBottom).toBeLessThanOrEqual(before.barTop + 1);
  const after = await layout(page);
  expect(after.frameBottom).toBeLessThanOrEqual(after.barTop);
  expect(after.frameTop).toBeGreaterThanOrEqual(0);

  // The last rows are in sight already: the page stays put through them.
  await stepTo(kw, 242);
  expect((await layout(page)).scrollY).toBe(after.scrollY);
  const last = await layout(page);
  expect(last.frameBottom).toBeLessThanOrEqual(last.barTop);
});

test('a link to a step whose window is under the bar brings it into sight at the next step', async ({
  page,
}) => {
  const kw = new KernelwisePage(page);
  // Output row 15: the window on input rows 30–31, under the bar; the page does not scroll on load.
  await kw.open('mode=maxpool&size=32&k=2&step=240');
  const loaded = await layout(page);
  expect(loaded.frameBottom).toBeGreaterThan(loaded.barTop);
  expect(loaded.scrollY).toBe(0);
  await stepTo(kw, 242);
  await expect.poll(async () => (await layout(page)).frameBottom).toBeLessThanOrEqual(loaded.barTop);
});

test('a reader who scrolled the window out of sight is left where they are', async ({ page }) => {
  const kw = new KernelwisePage(page);
  await kw.open('mode=maxpool&size=32&k=2&step=220');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const away = await layout(page);
  expect(away.frameBottom, 'the window is above the top of the screen').toBeLessThan(0);
  await stepTo(kw, 226);
  // Long enough for a smooth scroll to have started.
  await page.waitForTimeout(300);
  expect((await layout(page)).scrollY).toBe(away.scrollY);
});
