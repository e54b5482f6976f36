// Edited values are never lost (issue 8, "Edits lost"): they survive a reload and a copied link at
// every size, because they ride in the URL fragment (which servers never see) instead of a query
// string that outgrows what servers accept (HTTP 431); and a change that wipes them (Randomize, a new
// seed, Reset values, a preset) is a history entry of its own, so Back brings them back.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

/** Node's HTTP server (vite preview) refuses request headers over 16 KB; stay far below that. */
const QUERY_BUDGET = 2000;

async function typeInto(page: Page, cell: ReturnType<KernelwisePage['cell']>, value: string) {
  await cell.click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText(value);
}

const historyLength = (page: Page) => page.evaluate(() => window.history.length);

// Four channels keep the page to 4,600 cells; their values written out would still be a 12–16 KB query.
test.describe('edits on a 32×32 input with 4 channels', () => {
  test('survive a reload and a copied link, with a short query string', async ({
    page,
    context,
    baseURL,
  }) => {
    // 4,600 cells on the page, loaded three times: slow on a busy machine.
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=32&pad=0&cin=4&cout=2');
    const cell = kw.cell('Input channel 3', 17, 29);
    await typeInto(page, cell, '42');
    const weight = kw.cell('Kernel filter 2, channel 4', 2, 0);
    await typeInto(page, weight, '-7');

    const address = new URL(page.url());
    expect(address.search.length, 'the query string stays short').toBeLessThan(QUERY_BUDGET);
    expect(address.hash, 'the edited values are in the fragment').toMatch(/^#.*input=.*kernel=/);

    const response = await page.reload();
    expect(response?.status(), 'the server accepts the reloaded address').toBe(200);
    await kw.expectStep(1);
    await expect(kw.cell('Input channel 3', 17, 29)).toHaveText('42');
    await expect(kw.cell('Kernel filter 2, channel 4', 2, 0)).toHaveText('-7');
    await expect(kw.notices(), 'every parameter is accepted').toHaveCount(0);

    await kw.next().click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search.length).toBeLessThan(QUERY_BUDGET);
    const other = await context.newPage();
    const copy = new KernelwisePage(other);
    const opened = await other.goto(link);
    expect(opened?.status()).toBe(200);
    await copy.expectStep(2);
    await expect(copy.cell('Input channel 3', 17, 29)).toHaveText('42');
    await expect(copy.cell('Kernel filter 2, channel 4', 2, 0)).toHaveText('-7');
    await expect(copy.notices()).toHaveCount(0);
  });
});

test('old links open with their values; Back restores edits that Randomize, a new seed, Reset values or a preset wiped; a refused preset leaves no entry (each from a fresh load)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await test.step('an old link with the values in the query string still opens with them', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('size=2&k=1&pad=0&input=1,2_3,4&kernel=5');
    await expect(kw.cell('Input', 1, 0)).toHaveText('3');
    await expect(kw.cell('Kernel', 0, 0)).toHaveText('5');
    await expect(kw.notices()).toHaveCount(0);
  });

  await test.step('Randomize', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('size=6');
    await typeInto(page, kw.cell('Input', 1, 2), '42');
    await page.getByRole('button', { name: 'Randomize', exact: true }).click();
    // Generated inputs are 0–9, so 42 is gone.
    await expect(kw.cell('Input', 1, 2)).not.toHaveText('42');
    await page.goBack();
    await expect(kw.cell('Input', 1, 2)).toHaveText('42');
    await expect(page.getByRole('button', { name: 'Reset values', exact: true })).toBeEnabled();
  });

  await test.step('a new seed typed into the Seed field, in one entry however many digits', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('size=6');
    await typeInto(page, kw.cell('Input', 3, 3), '-5');
    const seed = kw.field('Seed');
    await seed.fill('');
    await seed.pressSequentially('123');
    await expect(seed).toHaveValue('123');
    await expect(page).toHaveURL(/[?&]seed=123(&|$)/);
    await expect(kw.cell('Input', 3, 3)).not.toHaveText('-5');
    await page.goBack();
    await expect(kw.cell('Input', 3, 3)).toHaveText('-5');
    await expect(kw.field('Seed')).toHaveValue('1');
  });

  await test.step('Reset values', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('size=6');
    await typeInto(page, kw.cell('Kernel', 0, 1), '8');
    await page.getByRole('button', { name: 'Reset values', exact: true }).click();
    await expect(kw.cell('Kernel', 0, 1)).not.toHaveText('8');
    await page.goBack();
    await expect(kw.cell('Kernel', 0, 1)).toHaveText('8');
  });

  await test.step('a kernel preset', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('size=6');
    await typeInto(page, kw.cell('Kernel', 2, 2), '-9');
    await kw.field('Kernel preset').selectOption({ label: 'Sobel x' });
    await expect(kw.cell('Kernel', 2, 2)).toHaveText('1');
    await page.goBack();
    await expect(kw.cell('Kernel', 2, 2)).toHaveText('-9');
  });

  await test.step('a refused preset leaves no history entry behind, now or at the next change', async () => {
    const kw = new KernelwisePage(page);
    // A 2×2 input with a 1×1 kernel: Sharpen (always 3×3) has no output there and is refused.
    await kw.open('size=2&k=1&pad=0');
    const before = await historyLength(page);
    await kw.field('Kernel preset').selectOption({ label: 'Sharpen' });
    await expect(kw.refusal()).toBeVisible();
    expect(await historyLength(page)).toBe(before);
    // An ordinary change afterwards replaces the entry, as it would have without the refused preset.
    await kw.field('Stride').selectOption('2');
    await expect(page).toHaveURL(/[?&]stride=2(&|$)/);
    expect(await historyLength(page)).toBe(before);
  });
});
