// Layout at a phone, a laptop and a desktop size: nothing scrolls sideways, the grids are on screen,
// and the step status fits its box.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const VIEWS = ['Standard', 'Dilated', 'Pointwise', 'Max pooling'] as const;

async function horizontalOverflow(kw: KernelwisePage): Promise<{ scrollWidth: number; clientWidth: number }> {
  return kw.page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

test.describe('phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: false });
  test('no view scrolls sideways, nor with large inputs (each from a fresh load)', async ({ page }) => {
    test.setTimeout(90_000);
    await test.step('each view', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      for (const view of VIEWS) {
        await kw.tab(view).click();
        await expect(kw.tab(view)).toHaveAttribute('aria-selected', 'true');
        await expect(kw.grid('Output').first()).toBeVisible();
        const { scrollWidth, clientWidth } = await horizontalOverflow(kw);
        expect(scrollWidth, `${view}: document width`).toBeLessThanOrEqual(clientWidth);
      }
    });

    await test.step('size 32; pointwise with 8 channels', async () => {
      const kw = new KernelwisePage(page);
      for (const query of [
        'mode=standard&size=32',
        'mode=dilated&size=32',
        'mode=maxpool&size=32',
        'mode=pointwise&size=20&cin=8',
      ]) {
        // Reached in the app (as Back and Forward do) after the first view: the same grids, no reload.
        await kw.visit(query);
        await expect(kw.grid('Input').first()).toHaveAttribute(
          'aria-label',
          /^Input( channel 1)?, (32 by 32|20 by 20)/,
        );
        const { scrollWidth, clientWidth } = await horizontalOverflow(kw);
        expect(scrollWidth, `${query}: document width`).toBeLessThanOrEqual(clientWidth);
      }
    });
  });
});

test('1280×720 and 1920×1080: grids on screen, status text fits, no sideways scroll', async ({ page }) => {
  test.setTimeout(90_000);
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await test.step(`${viewport.width}×${viewport.height}`, async () => {
      // One browser page; each size is a fresh load at that size.
      await page.setViewportSize(viewport);
      const kw = new KernelwisePage(page);
      await kw.open('');
      for (const view of VIEWS) {
        await kw.tab(view).click();
        await expect(kw.tab(view)).toHaveAttribute('aria-selected', 'true');
        await expect(kw.grid('Output').first()).toBeVisible();
        // Every grid drawn (a box with size) and inside the viewport's width.
        const boxes = await page.getByRole('grid').evaluateAll((grids) =>
          grids.map((g) => {
            const r = g.getBoundingClientRect();
            return {
              label: g.getAttribute('aria-label'),
              left: r.left,
              right: r.right,
              width: r.width,
              height: r.height,
            };
          }),
        );
        expect(boxes.length, `${view}: grids`).toBeGreaterThanOrEqual(2);
        const offscreen = boxes.filter(
          (b) => !(b.width > 0 && b.height > 0 && b.left >= 0 && b.right <= viewport.width),
        );
        expect(offscreen, `${view}: grids not fully on screen`).toEqual([]);
        const status = kw.status();
        await expect(status).toBeVisible();
        const fit = await status.evaluate((el) => ({
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
          right: el.getBoundingClientRect().right,
        }));
        expect(fit.scrollWidth, `${view}: the status text fits its box`).toBeLessThanOrEqual(fit.clientWidth);
        expect(fit.right, `${view}: the status is on screen`).toBeLessThanOrEqual(viewport.width);
        const { scrollWidth, clientWidth } = await horizontalOverflow(kw);
        expect(scrollWidth, `${view}: document width`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
});
