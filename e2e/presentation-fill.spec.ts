// Presentation mode fills the projector: at 1920×1080 and 1280×720, in every view the page offers
// (read from its tabs, not listed here), the default view's cells, their numbers and the area the
// grids cover, with the stage, its arithmetic and the playback bar all on one screen. Then the
// settings drawer by keyboard, the blank screen (B) and the laser pointer (P).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

/** The issue's goal at 1920×1080, and the same proportions at 1280×720 (× 720/1080). */
const GOAL = { cell: 64, font: 28, pipelineCell: 52, pipelineFont: 24, area: 0.25 };
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;

/**
 * Where the goal is out of reach, the floor held instead (at 1920×1080), and why: none today. The
 * grouped default reaches it by drawing only the active group while presenting (the others fold to a
 * line each); the folding test below checks that the folds follow the step.
 */
const SHORT_OF_GOAL: Record<string, { cell: number; font: number; area: number; why: string }> = {};

interface Measured {
  cell: number;
  font: number;
  area: number;
  gridsInside: boolean;
  arithmeticInside: boolean;
  statusShown: boolean;
  overflow: number;
}

/** Cells of every grid on the stage (images included), their numbers, and the grids' share of the screen. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const frame = document.querySelector('.stage-frame');
    const bar = document.querySelector('.app-controls')!.getBoundingClientRect();
    const arithmetic = document.querySelector('.arithmetic')?.getBoundingClientRect();
    const shown = (e: Element) => e.getClientRects().length > 0;
    const cells = Array.from(frame?.querySelectorAll('.cell') ?? []).filter(shown);
    const grids = Array.from(frame?.querySelectorAll('.grid') ?? []).filter(shown);
    let cell = Infinity;
    let font = Infinity;
    for (const c of cells) {
      const r = c.getBoundingClientRect();
      cell = Math.min(cell, r.width, r.height);
      if (c.textContent?.trim()) font = Math.min(font, parseFloat(getComputedStyle(c).fontSize));
    }
    let area = 0;
    let gridsInside = grids.length > 0;
    const bottom = arithmetic?.top ?? bar.top;
    for (const g of grids) {
      const r = g.getBoundingClientRect();
      area += r.width * r.height;
      gridsInside &&= r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= bottom + 1;
    }
    const status = document.querySelector('.step-count')?.getBoundingClientRect();
    return {
      cell: cells.length ? cell : 0,
      font: Number.isFinite(font) ? font : 0,
      area: area / (innerWidth * innerHeight),
      gridsInside,
      arithmeticInside: !!arithmetic && arithmetic.top >= 0 && arithmetic.bottom <= bar.top + 1,
      statusShown: !!status && status.bottom <= innerHeight && status.top >= bar.top - 1,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** The views the page offers: one per tab, named by the tab's id (tab-<mode>). */
async function modesOnPage(page: Page): Promise<string[]> {
  const ids = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.id));
  return ids.map((id) => id.replace(/^tab-/, ''));
}

// One test: each view is loaded once, then presented and measured at each size: a load per view
// instead of one per view and size.
test(`every view's default fills the screen at ${SIZES.map((s) => `${s.width}×${s.height}`).join(' and ')}`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(SIZES[0]);
  const kw = new KernelwisePage(page);
  await kw.open('');
  const modes = await modesOnPage(page);
  expect(modes.length, 'views offered').toBeGreaterThanOrEqual(6);
  const views = [
    ...modes.map((mode) => ({ name: mode, query: `mode=${mode}`, pipeline: false })),
    { name: 'maxpool pipeline', query: 'mode=maxpool&pipeline=1', pipeline: true },
  ];
  for (const view of views) {
    await test.step(view.name, async () => {
      // Loading the view ends the last one's presentation; presentAt sets each size.
      await kw.open(view.query);
      await expect(page.getByRole('status').filter({ hasText: /^Step / })).toBeVisible();
      await expect(page.locator('.stage-frame > *').first()).toBeVisible();
      // A view drawn without grids of cells (the stack of layers) has no cells to measure: say so.
      if ((await page.locator('.stage-frame .grid').count()) === 0) {
        test
          .info()
          .annotations.push({ type: 'not measured', description: `${view.name}: no grids of cells` });
        return;
      }
      for (const size of SIZES) {
        await kw.presentAt(size);
        const at = `${size.width}×${size.height} ${view.name}`;
        const scale = size.height / 1080;
        const short = SHORT_OF_GOAL[view.name];
        const cellGoal = (short?.cell ?? (view.pipeline ? GOAL.pipelineCell : GOAL.cell)) * scale;
        const fontGoal = (short?.font ?? (view.pipeline ? GOAL.pipelineFont : GOAL.font)) * scale;
        // The stage takes a moment to settle after fullscreen, a new size or a view's late code: the
        // whole measurement is retried until it holds (a reading taken mid-layout can be stable for a
        // while on a loaded machine, so two equal readings are not proof of a settled page).
        let m: Measured | undefined;
        await expect(async () => {
          m = await measure(page);
          expect(m.cell, `${at}: cell size`).toBeGreaterThanOrEqual(cellGoal);
          expect(m.font, `${at}: numbers' font size`).toBeGreaterThanOrEqual(fontGoal);
          expect(m.area, `${at}: grids' share of the screen`).toBeGreaterThanOrEqual(
            short?.area ?? GOAL.area,
          );
          expect(m.gridsInside, `${at}: every grid on screen, above the arithmetic`).toBe(true);
          expect(m.arithmeticInside, `${at}: the arithmetic on screen, above the playback bar`).toBe(true);
          expect(m.statusShown, `${at}: the step status in the playback bar`).toBe(true);
          expect(m.overflow, `${at}: no sideways scrolling`).toBeLessThanOrEqual(0);
        }).toPass({ timeout: 20_000 });
        console.log(
          `${at}: cell ${m!.cell.toFixed(1)} px, numbers ${m!.font.toFixed(1)} px, grids ${(m!.area * 100).toFixed(1)}% of the screen`,
        );
      }
    });
  }
});

test('the settings drawer, blanking, the laser pointer, and grouped folds (each from a fresh load)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The lecturer's tools are checked on a 1280×720 screen.
  await page.setViewportSize({ width: 1280, height: 720 });
  await test.step('the settings drawer opens and closes by keyboard, and focus never falls to the page', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard');
    await kw.present();
    const drawer = page.getByRole('complementary', { name: 'Settings' });
    const button = page.getByRole('button', { name: 'Settings', exact: true });
    await expect(drawer).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const focusOnBody = () => page.evaluate(() => document.activeElement === document.body);

    // S from the page: focus moves into the drawer.
    await page.keyboard.press('s');
    await expect(drawer).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusOnBody(), 'focus on <body>').toBe(false);
    }
    // Escape closes it, from a field inside; focus goes to the Settings button, not the page.
    await drawer.getByRole('spinbutton').first().focus();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(button).toBeFocused();

    // The button opens it too; Close settings closes it and gives focus back to the button.
    await page.keyboard.press('Enter');
    await expect(drawer).toBeVisible();
    await expect.poll(() => drawer.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await drawer.getByRole('button', { name: 'Close settings' }).focus();
    await page.keyboard.press('Enter');
    await expect(drawer).toBeHidden();
    await expect(button).toBeFocused();
    expect(await focusOnBody()).toBe(false);

    // The playback bar stays while presenting.
    await expect(kw.next()).toBeVisible();
  });

  await test.step('B blanks the screen; any key or a click brings it back, and the key does nothing else', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=dilated');
    await kw.present();
    const blank = page.getByTestId('blank-screen');
    const announcement = page.getByTestId('presenter-status');

    await page.keyboard.press('b');
    await expect(blank).toBeVisible();
    await expect(announcement).toHaveText(/Screen blanked/);
    const box = (await blank.boundingBox())!;
    expect(box.width * box.height).toBeGreaterThanOrEqual(1280 * 720);
    expect(await blank.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');

    await page.keyboard.press('ArrowRight');
    await expect(blank).toBeHidden();
    await expect(announcement).toHaveText(/Screen shown again/);
    await kw.expectStep(1);

    await page.keyboard.press('B');
    await expect(blank).toBeVisible();
    await page.mouse.click(640, 360);
    await expect(blank).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
  });

  await test.step('P turns on a laser dot that follows the pointer and takes no clicks', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=maxpool');
    await kw.present();
    const dot = page.getByTestId('laser-dot');

    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter-status')).toHaveText('Laser pointer on.');
    await page.mouse.move(300, 200);
    await page.mouse.move(500, 400, { steps: 4 });
    await expect(dot).toBeVisible();
    await expect
      .poll(async () => {
        const b = (await dot.boundingBox())!;
        return [Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2)];
      })
      .toEqual([500, 400]);
    expect(await dot.evaluate((e) => getComputedStyle(e).pointerEvents)).toBe('none');
    expect(await dot.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');

    // A click lands on what is under the dot: an output cell, which is then the step shown.
    const target = kw.cell('Output', 1, 1);
    const cols = Number(await kw.grid('Output').first().getAttribute('aria-colcount'));
    const b = (await target.boundingBox())!;
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await kw.expectStep(cols + 2);

    await kw.focusBody();
    await page.keyboard.press('p');
    await expect(dot).toHaveCount(0);
    await expect(page.getByTestId('presenter-status')).toHaveText('Laser pointer off.');
  });

  await test.step('presenting a grouped convolution opens the active group and folds the others, following the step', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=grouped');
    const folded = page.locator('[data-folded]');
    const inputGroup = (n: number) =>
      page.getByRole('group', { name: new RegExp(`^group ${n} of 2 · input channels`) });
    await expect(folded).toHaveCount(0);
    await kw.present();
    // Group 1's filters play first: group 2 is a labelled line in each column, with none of its grids.
    await expect(folded).toHaveCount(3);
    await expect(inputGroup(2)).toHaveAccessibleName(/input channels 3–4, folded/);
    await expect(inputGroup(2)).toContainText('group 2 of 2');
    await expect(kw.grid('Input channel 3')).toHaveCount(0);
    await expect(kw.grid('Input channel 1')).toBeVisible();
    // The last step is group 2's: the folds swap.
    await page.keyboard.press('End');
    await expect(inputGroup(1)).toBeVisible();
    await expect(kw.grid('Input channel 1')).toHaveCount(0);
    await expect(kw.grid('Input channel 3')).toBeVisible();
    await expect(kw.grid('Output channel 4')).toBeVisible();
    // Leaving presentation draws every group again.
    await page.keyboard.press('f');
    await expect(folded).toHaveCount(0);
    await expect(kw.grid('Input channel 1')).toBeVisible();
  });
});
