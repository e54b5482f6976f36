// The embed's first screen for the two views drawn as pictures, at the README's frame sizes (640×480,
// then resized to 320×240 on the same page): the stack view shows every feature map, the selected
// cell's field and each layer's receptive field; the image view shows input, kernel and feature map
// together. All inside the frame, clear of the tabs and the playback bar, with nothing scrolled sideways.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const FRAMES = [
  // Pictures at least this wide: a 11×11 map whose cells a pointer can still pick, a digit one can read.
  { width: 640, height: 480, picture: 150 },
  { width: 320, height: 240, picture: 60 },
] as const;

interface Placed {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

async function placed(locator: Locator): Promise<Placed> {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });
}

/** The band between the view tabs and the playback bar, where the first screen must show everything. */
async function band(page: Page): Promise<{ top: number; bottom: number; overflow: number }> {
  return page.evaluate(() => ({
    top: document.querySelector('.embed-tabs')!.getBoundingClientRect().bottom,
    bottom: document.querySelector('.app-controls')!.getBoundingClientRect().top,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
}

async function expectInside(page: Page, what: string, locator: Locator, width: number): Promise<Placed> {
  const b = await placed(locator);
  const { top, bottom } = await band(page);
  expect(b.left, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(b.right, `${what}: right edge`).toBeLessThanOrEqual(width);
  expect(b.top, `${what}: below the tabs`).toBeGreaterThanOrEqual(top - 1);
  expect(b.bottom, `${what}: above the playback bar`).toBeLessThanOrEqual(bottom + 1);
  return b;
}

/** Waits until two readings of the layout agree (the ResizeObserver has sized the pictures). */
async function settled(locator: Locator): Promise<void> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await placed(locator));
        const same = now === previous;
        previous = now;
        return same;
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBe(true);
}

test('stack and image views embedded: everything on the first screen (each from a fresh load)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await test.step('stack view embedded: the maps, the selected cell’s field and every layer’s field on the first screen', async () => {
    await page.setViewportSize(FRAMES[0]);
    const kw = new KernelwisePage(page);
    await kw.open('embed=1&mode=stack');
    const maps = page.locator('figure[data-layer]');
    await expect(maps).toHaveCount(3);
    const selected = page.getByTestId('stack-selected');
    const fields = page.getByTestId('stack-fields');
    for (const frame of FRAMES) {
      await test.step(`${frame.width}×${frame.height}`, async () => {
        await page.setViewportSize(frame);
        await settled(maps.last());
        for (let j = 0; j < 3; j++) {
          const svg = await expectInside(page, `map ${j}`, maps.nth(j).locator('svg'), frame.width);
          expect(svg.width, `map ${j}: side`).toBeGreaterThanOrEqual(frame.picture * 0.6);
        }
        // The pipeline of the issue: conv 3×3 sees 3×3, the 3×3 pool after it 5×5.
        await expect(fields).toContainText('1: 3×3 · 2: 5×5');
        for (const [what, line] of [
          ['selected cell', selected],
          ['fields', fields],
        ] as const) {
          await expectInside(page, what, line, frame.width);
          const size = await line.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
          expect(size, `${what}: type size`).toBeGreaterThanOrEqual(11);
        }
        expect((await band(page)).overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      });
    }

    // By keyboard inside the small frame: the pooled map's centre cell sees the middle 5×5 of the input.
    const cursor = maps.nth(2).getByRole('button', { name: /^layer 2, row/ });
    await cursor.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(selected).toHaveText(
      'Layer 2, row 1, column 1 sees rows 3–7, columns 3–7 of the input (5×5).',
    );
    await expect(maps.nth(0)).toHaveAttribute('data-region', '3,3,7,7');
  });

  await test.step('image view embedded: input, kernel and feature map together on the first screen', async () => {
    await page.setViewportSize(FRAMES[0]);
    const kw = new KernelwisePage(page);
    await kw.open('embed=1&mode=image');
    const input = page.getByRole('img', { name: /^Input:/ });
    const output = page.getByRole('img', { name: /^Output:/ });
    const kernel = page.getByRole('group', { name: 'Kernel weights' });
    await expect(output).toBeVisible();
    for (const frame of FRAMES) {
      await test.step(`${frame.width}×${frame.height}`, async () => {
        await page.setViewportSize(frame);
        await settled(output);
        const shown = [
          await expectInside(page, 'input', input, frame.width),
          await expectInside(page, 'feature map', output, frame.width),
        ];
        for (const p of shown) expect(p.width, 'picture width').toBeGreaterThanOrEqual(frame.picture);
        // Input and feature map side by side, the kernel beside them.
        expect(shown[1]!.left).toBeGreaterThanOrEqual(shown[0]!.right);
        const k = await expectInside(page, 'kernel', kernel, frame.width);
        expect(k.left).toBeGreaterThanOrEqual(shown[1]!.right);
        await expect(kernel.getByRole('textbox', { name: 'Weight row 2, column 1' })).toHaveValue('-2');
        expect((await band(page)).overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      });
    }
  });
});
