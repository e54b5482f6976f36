// The Embed dialog's live preview is a picture of the embed, not a second app inside the dialog: Tab
// passes it in one stop, Escape closes the dialog wherever focus is, and the preview (larger than
// the dialog) scrolls from the keyboard.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

async function openEmbedDialog(page: Page) {
  const kw = new KernelwisePage(page);
  await kw.open('step=4');
  // The preview has drawn by then, so its controls would be there to tab into.
  return kw.openEmbedDialog();
}

/** What has focus, in the top page: inside the preview frame counts as the frame itself. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a
      ? `${a.tagName.toLowerCase()}${a.getAttribute('role') ? `[${a.getAttribute('role')}]` : ''}`
      : '';
  });

test.describe('Embed dialog', () => {
  test('Embed dialog: one Tab stop, a named scrolling preview, Escape from anywhere (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('Tab passes the preview in one stop, never into the frame', async () => {
      const dialog = await openEmbedDialog(page);
      await dialog.getByRole('button', { name: 'Copy embed code' }).focus();
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        stops.push(await focused(page));
        if (await dialog.getByRole('button', { name: 'Close' }).evaluate((b) => b === document.activeElement))
          break;
      }
      expect(stops, 'the stops from the copy button to Close').toEqual(['div[region]', 'button']);
    });

    await test.step('the preview region is named and scrolls from the keyboard', async () => {
      const dialog = await openEmbedDialog(page);
      const region = dialog.getByRole('region', { name: /Preview/ });
      await expect(region).toHaveAttribute('tabindex', '0');
      const scrolls = await region.evaluate(
        (r) => r.scrollHeight > r.clientHeight || r.scrollWidth > r.clientWidth,
      );
      expect(scrolls, 'a 640×480 preview overflows the dialog').toBe(true);
      await region.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => region.evaluate((r) => r.scrollTop + r.scrollLeft), { message: 'scrolled by keys' })
        .toBeGreaterThan(0);
    });

    // One page for all of them: a fresh browser page each cost more than the checks.
    await test.step('Escape closes the dialog from the preview, a click on it, and the code box', async () => {
      for (const start of ['the preview', 'a click on the preview', 'the code box'] as const) {
        await test.step(`Escape closes the dialog from ${start}`, async () => {
          const dialog = await openEmbedDialog(page);
          if (start === 'the preview') await dialog.getByRole('region', { name: /Preview/ }).focus();
          else if (start === 'a click on the preview') {
            // A raw click where the preview is drawn (the frame takes no pointer events of its own).
            const box = (await page.locator('.embed-preview').boundingBox())!;
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          } else await dialog.getByRole('textbox').focus();
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        });
      }
    });
  });
});
