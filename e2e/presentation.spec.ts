// Presentation mode: the Present button and the F key enter it (fullscreen where the browser allows
// it; the presentation layout, marked by <html data-presenting="true">, in any case), and leave it
// again; Page Down / Page Up (what presentation clickers send) step forward and back; and the
// layout fits a projector's width.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const presenting = (page: Page) => page.locator('html');

const presentButton = (page: Page) => page.getByRole('button', { name: 'Present', exact: true });

/**
 * data-presenting and the Present button's aria-pressed say so; and where the browser grants
 * fullscreen (headless Chromium does, to a trusted click or key), the document is in it.
 */
async function expectPresenting(page: Page, on: boolean): Promise<void> {
  await expect(presenting(page)).toHaveAttribute('data-presenting', on ? 'true' : 'false');
  await expect(presentButton(page)).toHaveAttribute('aria-pressed', String(on));
  const fullscreenEnabled = await page.evaluate(() => document.fullscreenEnabled);
  if (fullscreenEnabled || !on) {
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.tagName ?? null), {
        message: 'document.fullscreenElement',
      })
      .toBe(on ? 'HTML' : null);
  }
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `scrollWidth ≤ clientWidth (${clientWidth})`).toBeLessThanOrEqual(clientWidth);
}

// One browser page: each size, and the F key, from its own fresh load.
test('the Present button at 1920×1080 and 1280×720; the F key and Esc', async ({ page }) => {
  test.setTimeout(120_000);
  for (const size of SIZES) {
    await test.step(`the Present button enters and leaves; Page Down / Page Up step; the layout fits at ${size.width}×${size.height}`, async () => {
      await page.setViewportSize(size);
      const kw = new KernelwisePage(page);
      // A larger configuration than the default: 10×10 input, two output channels.
      await kw.open('mode=standard&size=10&k=3&pad=1&cout=2');
      await expectPresenting(page, false);

      await presentButton(page).click();
      await expectPresenting(page, true);
      for (const grid of ['Input', 'Kernel', 'Output']) await expect(kw.grid(grid).first()).toBeVisible();
      await expectNoHorizontalOverflow(page);

      // What a presentation clicker sends.
      await kw.focusBody();
      await page.keyboard.press('PageDown');
      await kw.expectStep(2, 200);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await kw.expectStep(4, 200);
      await page.keyboard.press('PageUp');
      await kw.expectStep(3, 200);
      await expectPresenting(page, true);

      await presentButton(page).click();
      await expectPresenting(page, false);
      await kw.expectStep(3, 200);
      await expectNoHorizontalOverflow(page);
    });
  }

  await test.step('the F key enters and leaves; leaving fullscreen by Esc leaves presentation mode too', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard');
    await kw.focusBody();
    await page.keyboard.press('f');
    await expectPresenting(page, true);
    await page.keyboard.press('PageDown');
    await kw.expectStep(2, 25);

    await kw.focusBody();
    await page.keyboard.press('F');
    await expectPresenting(page, false);

    await page.keyboard.press('f');
    await expectPresenting(page, true);
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      // What Esc does: the browser exits fullscreen, and the page hears fullscreenchange.
      await page.evaluate(() => document.exitFullscreen());
      await expectPresenting(page, false);
    }
  });
});
