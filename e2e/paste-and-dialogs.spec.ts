// Pasting into a cell goes through the same checks as typing; the Embed dialog gives the iframe
// code for the current view; the shortcuts dialog lists the keys.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, queryFor, viewParams } from './oracle';
import { expectOutputMatchesOracle } from './checks';

const p = viewParams('standard', { size: 5, k: 3, pad: 1 });
const { steps } = geometryOf(p);

async function paste(kw: KernelwisePage, row: number, col: number, text: string): Promise<void> {
  const cell = kw.cell('Input', row, col);
  await cell.focus();
  await cell.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('paste, the Embed dialog and the shortcuts dialog (each from a fresh load)', async ({ page }) => {
  test.setTimeout(90_000);
  await test.step('a pasted number is applied like a typed one; pasted text is refused and explained', async () => {
    const kw = new KernelwisePage(page);
    await kw.open(queryFor(p, { step: steps - 1 }));
    await paste(kw, 1, 1, 'hello world');
    const cell = kw.cell('Input', 1, 1);
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(cell.getByRole('alert')).toContainText('not a number');
    await page.keyboard.press('Escape');
    await expect(cell).not.toHaveAttribute('aria-invalid', 'true');

    await paste(kw, 1, 1, '17');
    await page.keyboard.press('Enter');
    await expect(cell).toHaveText('17');
    await expectOutputMatchesOracle(kw, p);
  });

  await test.step('the Embed dialog shows iframe code for this view, with a preview', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=dilated&size=9');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = await dialog.getByRole('textbox').inputValue();
    expect(code).toMatch(
      /^<iframe src="[^"]*embed=1[^"]*" width="640" height="480" title="Kernelwise: Dilated convolution" loading="lazy"/,
    );
    expect(code).toContain('mode=dilated');
    expect(code).toContain('size=9');
    await dialog.getByLabel('Start playing on load').check();
    await expect(dialog.getByRole('textbox')).toHaveValue(/autoplay=1/);
    const preview = dialog.frameLocator('iframe');
    await expect(preview.getByRole('status').filter({ hasText: /Step \d+ of \d+/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('? opens the keyboard shortcuts', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard');
    await page.locator('body').press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Page Up / Page Down');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
