// The sliding window sits on the cells it reads (issue 8): on a 32-wide grid the cells are a
// fractional number of pixels wide, and a window placed by whole pixels drifted by most of a cell by
// the last column. For several steps across the grid, the window's frame and its taps must cover
// exactly the cells marked data-in-window, within a pixel.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

test.use({ viewport: { width: 1280, height: 800 } });

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The smallest box holding every element `locator` matches, in page pixels. */
async function unionOf(locator: Locator): Promise<Box> {
  return locator.evaluateAll((elements) => {
    const rects = elements.map((e) => e.getBoundingClientRect());
    if (rects.length === 0) throw new Error('nothing to measure');
    return {
      left: Math.min(...rects.map((r) => r.left)),
      top: Math.min(...rects.map((r) => r.top)),
      right: Math.max(...rects.map((r) => r.right)),
      bottom: Math.max(...rects.map((r) => r.bottom)),
    };
  });
}

/** The area the frame encloses: its box without its own border and the 1 px gap it keeps. */
async function frameInside(frame: Locator): Promise<Box> {
  return frame.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(element).borderLeftWidth) + 1;
    return { left: r.left + line, top: r.top + line, right: r.right - line, bottom: r.bottom - line };
  });
}

function expectWithin(actual: Box, expected: Box, what: string) {
  for (const side of ['left', 'top', 'right', 'bottom'] as const) {
    expect(Math.abs(actual[side] - expected[side]), `${what}: ${side} is off by`).toBeLessThanOrEqual(1);
  }
}

const cases = [
  { name: 'standard 32×32, 3×3, padding 1', query: 'mode=standard&size=32&k=3&pad=1', cols: 32 },
  { name: 'dilated 32×32, 3×3, dilation 2', query: 'mode=dilated&size=32&k=3&dilation=2', cols: 28 },
];

for (const c of cases) {
  test(`the window covers the cells it reads: ${c.name}`, async ({ page }) => {
    test.slow(); // a 32×32 grid measured five times, on a machine that may be busy
    const kw = new KernelwisePage(page);
    const last = c.cols - 1;
    await kw.open(c.query);
    // First and last columns of the first, a middle and the last row, and one in between.
    const steps = [0, last, 13 * c.cols + 17, 20 * c.cols + last, c.cols * c.cols - 1];
    for (const step of steps) {
      await kw.slider().fill(String(step));
      await kw.expectStep(step + 1);
      const input = kw.grid('Input');
      // The announcement, the lit cells and the overlay are separate renders; measured together
      // once all three have caught up with the step (a frame or two on a busy machine).
      await expect(async () => {
        const cells = await unionOf(kw.windowCells('Input'));
        expectWithin(await unionOf(input.locator('.window-tap')), cells, `step ${step + 1}, the taps`);
        expectWithin(await frameInside(input.locator('.window-frame')), cells, `step ${step + 1}, the frame`);
      }).toPass({ timeout: 10_000 });
    }
  });
}

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the window glides and comes to rest on the cells it reads', async ({ page }) => {
    test.slow();
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=32&k=3&pad=1&step=29');
    for (const step of [30, 31, 32]) {
      await kw.next().click();
      await kw.expectStep(step + 1);
      // Wait for the glide to finish: the window's element has no running animation left.
      await expect
        .poll(() => page.locator('.window-overlay').evaluate((e) => e.getAnimations().length))
        .toBe(0);
      const input = kw.grid('Input');
      const cells = await unionOf(kw.windowCells('Input'));
      expectWithin(await unionOf(input.locator('.window-tap')), cells, `step ${step + 1}, after the glide`);
    }
  });
});
