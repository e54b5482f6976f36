// Figures for slides: the Export dialog, used by keyboard only, saves an SVG of the current step, a
// PNG of the chosen size and a GIF of every step. The GIF is decoded (omggif): one frame a step, and
// frame 1 shows the first step — the cells the page marks as in the window and computed carry
// those colours in the frame, at the squares the SVG of that step places. The same link gives the
// same GIF and SVG, byte for byte.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { GifReader } from 'omggif';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

// Lazy chunks, a worker and an encoder on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });
const slow = { timeout: 60_000 };

// The figure's colours for a window cell (orange border) and a computed output cell (green fill).
const WINDOW_LINE = '#e69f00';
const OUTPUT_FILL = '#d9f2ea';

/** Opens the dialog from the Export button by keyboard. */
async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export a figure' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  return dialog;
}

/** Presses Enter on a dialog button and returns the saved file's bytes. */
async function save(page: Page, buttonName: RegExp): Promise<{ bytes: Buffer; download: Download }> {
  const dialog = page.getByRole('dialog', { name: 'Export a figure' });
  await dialog.getByRole('button', { name: buttonName }).focus();
  const [download] = await Promise.all([page.waitForEvent('download', slow), page.keyboard.press('Enter')]);
  return { bytes: await readFile((await download.path())!), download };
}

interface SvgRect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  line: string;
}

/** The cell squares of an exported SVG: each is a filled rect followed by its border rect. */
function svgCells(svg: string): SvgRect[] {
  const cells: SvgRect[] = [];
  const pattern =
    /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#[0-9a-f]{6})"\/><rect [^>]*fill="none" stroke="(#[0-9a-f]{6})"/g;
  for (const m of svg.matchAll(pattern))
    cells.push({ x: +m[1]!, y: +m[2]!, w: +m[3]!, h: +m[4]!, fill: m[5]!, line: m[6]! });
  return cells;
}

const svgTexts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

test('the dialog by keyboard, the SVG of the current step, and a PNG of the chosen size (each from a fresh load)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await test.step('keyboard: Export opens a dialog, Escape closes it and focus returns to the button', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=5&k=3&pad=0');
    const dialog = await openExport(page);
    await expect(dialog).toContainText('Kernelwise, CC BY 4.0');
    await expect(dialog.getByRole('radio', { name: '1280×720' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  });

  await test.step('the SVG holds the current step: its window values and its output', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=6&k=3&pad=1&step=7');
    const current = (await kw
      .cells('Output')
      .and(page.locator('[data-current="true"]'))
      .textContent())!.trim();
    const windowValues = (await kw.windowCells('Input').allTextContents())
      .map((t) => t.trim())
      .filter(Boolean);
    await openExport(page);
    const { bytes, download } = await save(page, /^SVG of step 8$/);
    expect(download.suggestedFilename()).toBe('kernelwise-standard-6x6-step-8.svg');
    const svg = bytes.toString('utf8');
    expect(svg).toContain('<title>Step 8 of 36: ');
    expect(svg).toMatch(new RegExp(`font-weight="bold">${current.replace('-', '\\-')}</text>`));
    const texts = svgTexts(svg);
    for (const value of windowValues) expect(texts).toContain(value);
    expect(texts).toContain('Kernelwise, CC BY 4.0');
    expect(texts.some((t) => t.startsWith('Standard · Input 6×6 · Kernel 3×3'))).toBe(true);
  });

  await test.step('the PNG has the chosen size', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=maxpool');
    await openExport(page);
    await page.getByRole('radio', { name: '1920×1080' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: '1920×1080' })).toBeChecked();
    const { bytes } = await save(page, /^PNG of step 1$/);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], 'IHDR width and height').toEqual([1920, 1080]);
  });
});

test('the GIF has one frame per step, and frame 1 is the first step', async ({ page }) => {
  const kw = new KernelwisePage(page);
  await kw.open('mode=standard&size=5&k=3&pad=0&step=0');
  const { m: steps } = await kw.stepText();
  const inWindow = await kw.windowCells('Input').count();
  await openExport(page);
  const svg = (await save(page, /^SVG of step 1$/)).bytes.toString('utf8');
  const { bytes, download } = await save(page, /^GIF of all/);
  expect(download.suggestedFilename()).toMatch(/\.gif$/);

  const gif = new GifReader(new Uint8Array(bytes));
  expect([gif.width, gif.height]).toEqual([1280, 720]);
  expect(gif.numFrames(), 'one frame per step').toBe(steps);

  // The SVG of step 1 marks as many window cells as the page, and one computed output cell.
  const cells = svgCells(svg);
  expect(cells.filter((c) => c.line === WINDOW_LINE)).toHaveLength(inWindow);
  expect(cells.filter((c) => c.fill === OUTPUT_FILL)).toHaveLength(1);
  // Frame 1 has each of those squares' colour inside it (just inside the border, away from text).
  expectFrameMatches(gif, 0, cells);

  // The frames after it are painted as changes over the one before: the last must still match
  // the SVG of the last step everywhere.
  await page.keyboard.press('Escape');
  await kw.last().click();
  await kw.expectStep(steps, steps);
  await openExport(page);
  const lastSvg = (await save(page, new RegExp(`^SVG of step ${steps}$`))).bytes.toString('utf8');
  const lastCells = svgCells(lastSvg);
  expect(lastCells.filter((c) => c.fill === OUTPUT_FILL)).toHaveLength(await kw.cells('Output').count());
  expectFrameMatches(gif, steps - 1, lastCells);
});

function expectFrameMatches(gif: GifReader, frame: number, cells: SvgRect[]) {
  const pixels = new Uint8Array(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(frame, pixels);
  const hexAt = (x: number, y: number) => {
    const o = (Math.round(y) * gif.width + Math.round(x)) * 4;
    return `#${[...pixels.slice(o, o + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };
  for (const cell of cells) {
    const inset = Math.ceil(cell.w * 0.12);
    expect(hexAt(cell.x + inset, cell.y + inset), `frame ${frame + 1} at (${cell.x}, ${cell.y})`).toBe(
      cell.fill,
    );
  }
}

test('the same link gives the same GIF and SVG, byte for byte', async ({ page, context }) => {
  const link = 'mode=transposed&size=3&k=3&step=2';
  const files: Buffer[][] = [];
  for (const tab of [page, await context.newPage()]) {
    await new KernelwisePage(tab).open(link);
    await openExport(tab);
    files.push([(await save(tab, /^SVG of step 3$/)).bytes, (await save(tab, /^GIF of all/)).bytes]);
  }
  expect(files[0]![0]!.equals(files[1]![0]!), 'SVG').toBe(true);
  expect(files[0]![1]!.equals(files[1]![1]!), 'GIF').toBe(true);
});

test('every view exports an SVG of its step', async ({ page }) => {
  const kw = new KernelwisePage(page);
  for (const query of [
    'standard',
    'dilated',
    'pointwise',
    'maxpool',
    'maxpool&pipeline=1',
    'transposed',
    'transposed&view=gather',
    'grouped',
    'grouped&separable=1',
    'stack',
  ]) {
    // Each view after the first is reached in the app (as Back and Forward do), not reloaded.
    await kw.visit(`mode=${query}&step=1`);
    await kw.expectStep(2);
    await openExport(page);
    const svg = (await save(page, /^SVG of step 2$/)).bytes.toString('utf8');
    const { m } = await kw.stepText();
    expect(svg, query).toContain(`<title>Step 2 of ${m}: `);
    expect(svgCells(svg).length, query).toBeGreaterThan(9);
    await page.keyboard.press('Escape');
  }
});

test('32×32: a GIF beyond the frame limit is refused; one within it is reduced to the work limit, with progress, timed', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const kw = new KernelwisePage(page);
  await test.step('a GIF beyond the frame limit is refused before it starts, and says why', async () => {
    await kw.open('mode=standard&size=32&pad=1&cout=4');
    const dialog = await openExport(page);
    await expect(dialog.getByRole('button', { name: /^GIF of all 4,096 steps/ })).toBeDisabled();
    await expect(dialog).toContainText('a GIF takes at most 1,024 frames');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('a 32×32 GIF: reduced to the work limit, with progress, timed', async () => {
    // One output channel instead of four, reached in the app rather than by a second 32×32 load.
    await kw.navigate('mode=standard&size=32&pad=1');
    await kw.expectStep(1, 1024);
    const dialog = await openExport(page);
    await expect(dialog).toContainText('the GIF is made at 666×374 instead');
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 280_000 }),
      (async () => {
        await dialog.getByRole('button', { name: /^GIF of all 1,024 steps/ }).focus();
        await page.keyboard.press('Enter');
        await expect(dialog.getByRole('progressbar', { name: 'GIF progress' })).toBeVisible();
      })(),
    ]);
    const seconds = (Date.now() - started) / 1000;
    const bytes = await readFile((await download.path())!);
    const gif = new GifReader(new Uint8Array(bytes));
    expect(gif.numFrames()).toBe(1024);
    console.log(
      `32×32 standard convolution GIF: 1,024 frames at ${gif.width}×${gif.height}, ${(bytes.length / 1e6).toFixed(1)} MB, ${seconds.toFixed(1)} s`,
    );
  });
});
