// Large grids are drawn on a canvas while their cells stay in the page (issue 8's frames): the canvas
// must show what the page's own CSS would, cell by cell, through steps, hovers, themes and a
// max-pooling winner; the cells must stay for assistive technology and focus; and where the author's
// colours give way (forced colours) the page paints the cells itself.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe-check';
import { KernelwisePage } from './kernelwise-page';

test.use({ viewport: { width: 1280, height: 720 } });

/** Turns the canvas off and paints every row from the DOM: the reference the canvas is held to. */
const DOM_PAINTS = '.grid--canvas > .grid-row { opacity: 1 !important } .grid-canvas { display: none }';

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The mean colour, as [r, g, b], of each of `boxes` (page pixels) in one screenshot of `area`. */
async function meanColours(page: Page, area: Area, boxes: Area[]): Promise<number[][]> {
  const png = (await page.screenshot({ clip: area, animations: 'disabled' })).toString('base64');
  return page.evaluate(
    async ({ data, area, boxes }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const pixels = ctx.getImageData(0, 0, image.width, image.height).data;
      return boxes.map((r) => {
        const sum = [0, 0, 0];
        let n = 0;
        for (let y = Math.ceil(r.y - area.y); y < Math.floor(r.y + r.height - area.y); y++)
          for (let x = Math.ceil(r.x - area.x); x < Math.floor(r.x + r.width - area.x); x++) {
            const i = (y * image.width + x) * 4;
            for (let c = 0; c < 3; c++) sum[c]! += pixels[i + c]!;
            n++;
          }
        return sum.map((s) => s / Math.max(1, n));
      });
    },
    { data: png, area, boxes },
  );
}

/**
 * The mean colour of every cell of every grid drawn on a canvas (the reference page has the same
 * grids, painted by the DOM), from one screenshot of the area they cover.
 */
async function cellColours(page: Page): Promise<number[][]> {
  const { area, cells } = await page.evaluate(() => {
    const grids = [...document.querySelectorAll('.grid--canvas')].map((g) => g.getBoundingClientRect());
    const left = Math.floor(Math.min(...grids.map((r) => r.left)));
    const top = Math.floor(Math.min(...grids.map((r) => r.top)));
    const right = Math.ceil(Math.max(...grids.map((r) => r.right)));
    const bottom = Math.ceil(Math.max(...grids.map((r) => r.bottom)));
    const cells = Array.from(document.querySelectorAll('.grid--canvas [role="gridcell"]'), (cell) => {
      const r = cell.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return { area: { x: left, y: top, width: right - left, height: bottom - top }, cells };
  });
  return meanColours(page, area, cells);
}

/**
 * A second page in the same state, painted by the DOM from the start: the reference. (Switching one
 * page back and forth would change its rows' paint behind the canvas's back.)
 */
async function referenceFor(page: Page, url: string): Promise<Page> {
  const reference = await page.context().newPage();
  await reference.goto(url);
  await reference.addStyleTag({ content: DOM_PAINTS });
  return reference;
}

/** The canvases' picture of every large grid matches the page's own painting of it, cell by cell. */
async function expectCanvasMatchesPage(page: Page, reference: Page, what: string) {
  // Both pages are read again at each try: after a change in the app either may still be catching up
  // (the canvas a frame or two behind its page, a page behind an in-app navigation). Poll, don't sleep.
  // Anti-aliasing and the phase of a hatch differ a little; a wrong fill or border is 30 or more.
  await expect
    .poll(
      async () => {
        const [drawn, painted] = [await cellColours(page), await cellColours(reference)];
        if (drawn.length === 0 || drawn.length !== painted.length) return Infinity;
        return Math.max(
          ...drawn.map((rgb, i) => Math.max(...rgb.map((v, c) => Math.abs(v - painted[i]![c]!)))),
        );
      },
      // Each try screenshots and decodes two pages of ~2,200 cells: a few seconds on a loaded
      // machine, so the default 10 s could end after one try taken before a theme's redraw.
      { message: `${what}: the largest difference of a cell's mean colour (0–255)`, timeout: 30_000 },
    )
    .toBeLessThan(16);
}

const INPUT = /^Input/;
const OUTPUT = /^Output/;

test('a 32×32 grid on a canvas looks as the page would paint it, and its cells stay for AT and focus', async ({
  page,
}) => {
  test.slow();
  const url = '/?mode=standard&size=32&k=3&pad=1&cin=1&step=100';
  await page.goto(url);
  const reference = await referenceFor(page, url);
  const both = async (act: (p: Page) => Promise<void>) => {
    await act(page);
    await act(reference);
  };
  const input = page.getByRole('grid', { name: INPUT });
  const output = page.getByRole('grid', { name: OUTPUT });
  const rowOpacities = () =>
    page
      .getByRole('grid', { name: INPUT })
      .first()
      .getByRole('row')
      .evaluateAll((rows) => [...new Set(rows.map((r) => getComputedStyle(r).opacity))]);
  await expect(output.getByRole('gridcell', { name: /^Output row 3, column 4: / })).toHaveAttribute(
    'data-current',
    'true',
  );

  await test.step('a step, padding and done and pending outputs', async () => {
    await expect(input.locator('canvas.grid-canvas')).toHaveCount(1);
    await expect(output.locator('canvas.grid-canvas')).toHaveCount(1);
    await expectCanvasMatchesPage(page, reference, 'input and output');
  });

  await test.step('three steps later, and with an output hovered', async () => {
    await both(async (p) => {
      for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
      await expect(p.locator('[data-current="true"]')).toHaveAttribute('data-col', '7');
      await p.getByRole('gridcell', { name: /^Output row 20, column 9: / }).hover();
    });
    await expectCanvasMatchesPage(page, reference, 'an output hovered');
    await both((p) => p.mouse.move(0, 0));
  });

  await test.step('the dark theme', async () => {
    await both(async (p) => {
      await p.getByRole('combobox', { name: /theme/i }).selectOption('dark');
    });
    await expectCanvasMatchesPage(page, reference, 'dark');
    await both(async (p) => {
      await p.getByRole('combobox', { name: /theme/i }).selectOption('system');
    });
  });

  await test.step('the cells are still there for assistive technology, with their numbers', async () => {
    await expect(input.getByRole('gridcell')).toHaveCount(34 * 34);
    await expect(output.getByRole('gridcell', { name: /^Output row 0, column 0: -?\d/ })).toHaveCount(1);
    await expect(
      output.getByRole('gridcell', { name: 'Output row 31, column 31: not computed yet' }),
    ).toHaveCount(1);
    await expectNoViolations(page, 'axe on a 32×32 page drawn on canvases');
  });

  await test.step('a focused cell’s row is painted by the page, with its focus ring', async () => {
    await page.bringToFront();
    await input.getByRole('gridcell', { name: /^Input row 5, column 6: / }).focus();
    await page.keyboard.press('ArrowRight');
    const focused = input.getByRole('gridcell', { name: /^Input row 5, column 7: / });
    await expect(focused).toBeFocused();
    const opacity = (l: Locator) => l.evaluate((e) => getComputedStyle(e.closest('[role="row"]')!).opacity);
    await expect.poll(() => opacity(focused)).toBe('1');
    await expect
      .poll(() => opacity(input.getByRole('gridcell', { name: /^Input row 9, column 7: / })))
      .toBe('0');
    expect(await focused.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
  });

  await test.step('forced colours: the page paints every cell itself', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await expect(input.locator('canvas.grid-canvas')).toBeHidden();
    await expect.poll(rowOpacities).toEqual(['1']);
    await page.emulateMedia({ forcedColors: 'none' });
  });

  await test.step('new configurations: other sizes and channels, a grid too small for a canvas, and back', async () => {
    const walk = async (query: string) => both((p) => new KernelwisePage(p).navigate(query));
    await walk('mode=standard&size=20x28&k=5&pad=2&cin=2&step=77');
    await expect(page.getByRole('grid', { name: /^Input channel 2/ }).locator('canvas')).toHaveCount(1);
    await expectCanvasMatchesPage(page, reference, '20×28, 5×5, two channels');
    await walk('mode=standard&size=8&step=3');
    await expect(page.locator('canvas.grid-canvas')).toHaveCount(0);
    await expect.poll(rowOpacities).toEqual(['1']);
    await walk('mode=dilated&size=32&k=3&dilation=2&step=200');
    await expectCanvasMatchesPage(page, reference, 'dilated 32×32');
  });
});

/** The mean colour of the top-right quarter of the pooling winner's cell, as the screen shows it. */
async function winnerCorner(page: Page): Promise<number[]> {
  const winner = page.getByRole('grid', { name: INPUT }).locator('[data-argmax="true"]');
  const r = (await winner.boundingBox())!;
  const quarter = {
    x: Math.ceil(r.x + r.width / 2),
    y: Math.ceil(r.y),
    width: Math.floor(r.width / 2),
    height: Math.floor(r.height / 2),
  };
  return (await meanColours(page, quarter, [quarter]))[0]!;
}

test('max pooling on a canvas: the winner and its corner mark are drawn too', async ({ page }) => {
  const url = '/?mode=maxpool&size=32&k=2&step=40';
  await page.goto(url);
  const reference = await referenceFor(page, url);
  const winner = page.getByRole('grid', { name: INPUT }).locator('[data-argmax="true"]');
  await expect(winner).toHaveCount(1);
  await expect(page.getByRole('grid', { name: INPUT }).locator('canvas.grid-canvas')).toHaveCount(1);
  // The winner's row is left to the canvas, mark and all.
  expect(await winner.evaluate((e) => getComputedStyle(e.closest('[role="row"]')!).opacity)).toBe('0');
  await expectCanvasMatchesPage(page, reference, 'max-pooling input');
  // The mark is a small part of its cell: held to the page's painting on the quarter it lies in.
  const painted = await winnerCorner(reference);
  await expect
    .poll(async () => Math.max(...(await winnerCorner(page)).map((v, c) => Math.abs(v - painted[c]!))), {
      message: "the winner's corner: the largest difference of its mean colour (0–255)",
    })
    .toBeLessThan(16);
  // 16×16 outputs are few enough for the page to paint.
  await expect(page.getByRole('grid', { name: OUTPUT }).locator('canvas')).toHaveCount(0);
});
