// After an edit ends, by Enter or by Escape, focus is back on the cell that was edited (never on
// <body>), so a keyboard user carries on from where they were.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const onBody = (kw: KernelwisePage) => kw.page.evaluate(() => document.activeElement === document.body);

test.describe('focus after editing a cell', () => {
  test('focus after editing a cell: Enter and Escape, input and weight (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await test.step('Enter applies an input value and leaves focus on the cell', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&size=5&k=3&pad=1');
      const cell = kw.cell('Input', 1, 1);
      await cell.focus();
      await page.keyboard.type('7');
      await expect(cell.getByRole('textbox')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(cell).toHaveText('7');
      await expect(cell).toBeFocused();
      expect(await onBody(kw)).toBe(false);
      // And the keyboard goes on working from there: an arrow moves to the next cell.
      await page.keyboard.press('ArrowRight');
      await expect(kw.cell('Input', 1, 2)).toBeFocused();
    });

    await test.step('Escape cancels a weight entry and leaves focus on the weight', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&size=5&k=3&pad=1');
      const weight = kw.cell('Kernel', 0, 1);
      const old = ((await weight.textContent()) ?? '').trim();
      await weight.focus();
      await page.keyboard.press('Enter');
      await expect(weight.getByRole('textbox')).toBeFocused();
      await page.keyboard.type('5');
      await page.keyboard.press('Escape');
      await expect(weight).toHaveText(old);
      await expect(weight).toBeFocused();
      expect(await onBody(kw)).toBe(false);
    });

    await test.step('Enter on a weight opened with Enter keeps focus too', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&size=5&k=3&pad=1');
      const weight = kw.cell('Kernel', 2, 2);
      await weight.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+a');
      await page.keyboard.type('-1');
      await page.keyboard.press('Enter');
      await expect(weight).toHaveText('-1');
      await expect(weight).toBeFocused();
    });
  });
});
