// While a dialog is open it owns the keyboard: no shortcut reaches the page behind it. Closing it
// puts focus back on whatever opened it, never on <body>.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, queryFor, viewParams } from './oracle';
import type { Locator, Page } from '@playwright/test';

const p = viewParams('standard', { size: 6, k: 3, pad: 1 });
const { steps } = geometryOf(p);

/** Everything a page-wide shortcut could change, as the page shows it. */
async function pageState(kw: KernelwisePage) {
  return {
    status: await kw.status().textContent(),
    playing: await kw.pause().isVisible(),
    loop: await kw.page.getByRole('checkbox', { name: 'Loop' }).isChecked(),
    speed: await kw.page.getByRole('slider', { name: /^Speed/ }).inputValue(),
    presenting: await kw.page.getByRole('button', { name: 'Present' }).getAttribute('aria-pressed'),
  };
}

const SHORTCUT_KEYS = ['ArrowRight', 'ArrowLeft', 'k', 'K', 'Space', 'PageDown', 'PageUp', 'Home', 'End'];
const MORE_KEYS = ['[', ']', 'l', 'L', 'f', 'F', '?'];

async function pressAll(page: Page, keys: string[]): Promise<void> {
  for (const key of keys) await page.keyboard.press(key);
}

const DIALOGS: { name: string; opener: (page: Page) => Locator }[] = [
  {
    name: 'Keyboard shortcuts',
    opener: (page) => page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }),
  },
  { name: 'Embed this view', opener: (page) => page.getByRole('button', { name: 'Embed', exact: true }) },
  { name: 'Export a figure', opener: (page) => page.getByRole('button', { name: 'Export', exact: true }) },
];

test('dialogs keep keys from the page and return focus (each from a fresh load)', async ({ page }) => {
  test.setTimeout(120_000);
  // One page for all of them: a fresh browser page each cost more than the checks.
  await test.step('behind each open dialog no key reaches the page; closing returns focus to its button', async () => {
    for (const { name, opener } of DIALOGS) {
      await test.step(`behind the open "${name}" dialog no key reaches the page; closing returns focus to its button`, async () => {
        const kw = new KernelwisePage(page);
        await kw.open(queryFor(p, { step: 10, speed: 2 }));
        const before = await pageState(kw);
        await opener(page).click();
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        // First where the dialog put focus (a button or field: Space would press the Close button) …
        await pressAll(page, [...MORE_KEYS, ...SHORTCUT_KEYS.filter((key) => key !== 'Space')]);
        await expect(dialog).toBeVisible();
        // … then after a click on the dialog's text, which leaves no element focused.
        await dialog.getByRole('heading', { name }).click();
        await pressAll(page, [...MORE_KEYS, ...SHORTCUT_KEYS]);
        await expect(dialog).toBeVisible();
        expect(await pageState(kw), 'the page behind the dialog').toEqual(before);

        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(opener(page)).toBeFocused();
        expect(await pageState(kw)).toEqual(before);
      });
    }
  });

  await test.step('closing the shortcuts dialog with its Close button returns focus to what had it', async () => {
    const kw = new KernelwisePage(page);
    await kw.open(queryFor(p, { step: 10 }));
    await kw.next().click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(kw.next()).toBeFocused();
  });

  await test.step('the shortcuts dialog opened with ? from nowhere closes onto its button, not <body>', async () => {
    const kw = new KernelwisePage(page);
    await kw.open(queryFor(p, { step: 10 }));
    await kw.focusBody();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts', exact: true })).toBeFocused();
    // And the page's keys work again.
    await page.keyboard.press('PageDown');
    await kw.expectStep(12, steps);
  });
});
