// Links (contract §2): "Copy link" carries the exact view — configuration, edited values and step —
// so a link opened elsewhere shows the same thing; the address bar follows configuration changes
// (not each playback step); and Back/Forward walk the views a user chose.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

/** Everything the view shows that a link must reproduce: tab, status, and every grid's cells. */
async function snapshot(page: Page) {
  const kw = new KernelwisePage(page);
  // Hover highlights follow the pointer, not the link: move it off the grids first.
  await page.mouse.move(0, 0);
  const tab = await page.getByRole('tab', { selected: true }).textContent();
  const status = await kw.status().textContent();
  const grids = (await kw.readGrids()).map((g) => ({
    label: g.label,
    cells: g.cells.map(
      (c) =>
        `${c.channel}:${c.row},${c.col}=${c.text}${c.inWindow ? ' W' : ''}${c.current ? ' C' : ''}${c.argmax ? ' A' : ''}`,
    ),
  }));
  return { tab, status: /Step\s+\d+\s+of\s+\d+/.exec(status ?? '')?.[0], grids };
}

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('Copy link', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  });

  test('links: Copy link reproduces views; the address bar follows configuration; Back and Forward walk the tabs (each from a fresh load)', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await test.step('reproduces the view: a changed parameter, an edited cell, and the step', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      await kw.field('Input width').fill('7');
      await kw.expectStep(1, 35);

      // Type a new value into input cell (1, 2).
      const cell = kw.cell('Input', 1, 2);
      await cell.click();
      await page.keyboard.type('42');
      await page.keyboard.press('Enter');
      await expect(cell).toHaveText('42');
      await expect(page, 'the address carries the edited values, in the fragment').toHaveURL(/#(.*&)?input=/);

      for (let i = 0; i < 3; i++) await kw.next().click();
      await kw.expectStep(4, 35);

      const link = await copyLink(page);
      const url = new URL(link);
      expect(url.origin).toBe(new URL(page.url()).origin);
      expect(url.searchParams.get('step'), 'the link carries the step').toBe('3');
      expect(url.searchParams.get('size')).toBe('5x7');
      expect(
        new URLSearchParams(url.hash.slice(1)).get('input'),
        'the link carries the edited values',
      ).toBeTruthy();

      const original = await snapshot(page);
      expect(original.status).toBe('Step 4 of 35');
      expect(
        original.grids.some((g) => g.cells.some((c) => c.startsWith('0:1,2=42'))),
        'the edit is shown',
      ).toBe(true);

      const other = await context.newPage();
      const copy = new KernelwisePage(other);
      await other.goto(link);
      await copy.expectStep(4, 35);
      await expect(copy.cell('Input', 1, 2)).toHaveText('42');
      await expect(copy.notices(), 'every parameter of the link is accepted').toHaveCount(0);
      expect(await snapshot(other)).toEqual(original);
      // Closed, so the steps after run with one page open, as each did alone.
      await other.close();
    });

    // BUG: after an edit, resizing the input writes `size=6x5` with the 5-row `input=` it had: the
    // link opens with "Ignored input: it has 5 row(s), but this view needs 6." and without the edit.
    await test.step('reproduces an edited input that was resized afterwards', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      const cell = kw.cell('Input', 1, 2);
      await cell.click();
      await page.keyboard.type('42');
      await page.keyboard.press('Enter');
      await expect(cell).toHaveText('42');
      await kw.field('Input height').fill('6');
      await kw.expectStep(1, 30);
      await expect(cell, 'the edit survives the resize').toHaveText('42');

      const link = await copyLink(page);
      const original = await snapshot(page);
      const other = await context.newPage();
      const copy = new KernelwisePage(other);
      await other.goto(link);
      await copy.expectStep(1, 30);
      await expect(copy.notices(), 'every parameter of the link is accepted').toHaveCount(0);
      expect(await snapshot(other)).toEqual(original);
      // Closed, so the steps after run with one page open, as each did alone.
      await other.close();
    });

    await test.step('reproduces a view on another tab', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      await kw.tab('Max pooling').click();
      await expect(kw.tab('Max pooling')).toHaveAttribute('aria-selected', 'true');
      await kw.field('Stride').selectOption('1');
      await kw.expectStep(1, 25);
      await kw.last().click();
      await kw.previous().click();
      await kw.expectStep(24, 25);

      const link = await copyLink(page);
      const original = await snapshot(page);
      const other = await context.newPage();
      await other.goto(link);
      await new KernelwisePage(other).expectStep(24, 25);
      expect(await snapshot(other)).toEqual(original);
      // Closed, so the steps after run with one page open, as each did alone.
      await other.close();
    });

    await test.step('the address bar follows configuration changes, not playback steps', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      await kw.field('Stride').selectOption('2');
      await expect(page).toHaveURL(/[?&]stride=2(&|$)/);
      await kw.field('Input height').fill('9');
      await expect(page).toHaveURL(/[?&]size=9x5(&|$)/);
      await expect(page).toHaveURL(/[?&]stride=2(&|$)/);
      const configured = page.url();

      for (let i = 0; i < 3; i++) await kw.next().click();
      await kw.expectStep(4);
      await kw.last().click();
      await kw.slider().focus();
      await page.keyboard.press('ArrowLeft');
      await kw.expectStep(14, 15);
      expect(page.url(), 'stepping does not rewrite the address').toBe(configured);
      expect(new URL(page.url()).searchParams.has('step')).toBe(false);

      // A reload of the address shows the configuration (from the first step).
      await page.reload();
      await kw.expectStep(1, 15);
      await expect(kw.field('Stride')).toHaveValue('2');
    });

    await test.step('Back and Forward return to the tabs chosen before', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      const selected = (name: string) => expect(kw.tab(name)).toHaveAttribute('aria-selected', 'true');
      await selected('Standard');

      await kw.tab('Dilated').click();
      await selected('Dilated');
      await expect(page).toHaveURL(/[?&]mode=dilated(&|$)/);
      await kw.tab('Max pooling').click();
      await selected('Max pooling');
      await expect(page).toHaveURL(/[?&]mode=maxpool(&|$)/);

      await page.goBack();
      await selected('Dilated');
      await expect(page).toHaveURL(/[?&]mode=dilated(&|$)/);
      // The dilated default: a 7×7 input, 3×3 kernel, dilation 2 → 3×3 outputs.
      await kw.expectStep(1, 9);
      await expect(kw.grid('Input').first()).toBeVisible();

      await page.goBack();
      await selected('Standard');
      await kw.expectStep(1, 25);

      await page.goForward();
      await selected('Dilated');
      await expect(page).toHaveURL(/[?&]mode=dilated(&|$)/);
      await page.goForward();
      await selected('Max pooling');
      await expect(kw.notices(), 'history entries are valid links').toHaveCount(0);
    });
  });
});
