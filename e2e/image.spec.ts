// The image view: a PNG made here is loaded through the file picker, and the feature-map values the
// magnifier shows are checked against the compute module's conv2d on the same pixels; every bad file
// is refused with its own message while the picture, the settings and the link stay as they were.
import type { Page } from '@playwright/test';
import { conv2d, kernelPreset } from '../src/compute';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { animatedGif, pngHeaderOnly, pngOf, randomPixels } from './imageFiles';

const [W, H] = [40, 36];
const PIXELS = randomPixels(W, H, 7);
const GOOD = { name: 'random.png', mimeType: 'image/png', buffer: pngOf(W, H, PIXELS) };

/** The planes the operation reads, worked out here from the definition: BT.601 luma, rounded. */
function planes(color: 'gray' | 'rgb'): number[][][] {
  const at = (r: number, c: number, k: number) => PIXELS[(r * W + c) * 4 + k]!;
  const plane = (f: (r: number, c: number) => number) =>
    Array.from({ length: H }, (_, r) => Array.from({ length: W }, (_, c) => f(r, c)));
  if (color === 'gray')
    return [plane((r, c) => Math.round((299 * at(r, c, 0) + 587 * at(r, c, 1) + 114 * at(r, c, 2)) / 1000))];
  return [0, 1, 2].map((k) => plane((r, c) => at(r, c, k)));
}

async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.locator('input[type="file"]').setInputFiles(file);
}

const cursorGroup = (page: Page) => page.getByRole('group', { name: /Feature map cursor/ });
const magnifier = (page: Page) => page.locator('.image-magnifier');

async function shownOutputs(page: Page): Promise<{ row: number; col: number; values: number[] }> {
  const m = magnifier(page);
  const row = Number(await m.getAttribute('data-out-row'));
  const col = Number(await m.getAttribute('data-out-col'));
  const values = await m
    .locator('output[data-channel]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  return { row, col, values };
}

async function openOwnImage(kw: KernelwisePage, query: string) {
  await kw.open(query);
  await openFile(kw.page, GOOD);
  await expect(kw.page.getByRole('img', { name: /your image “random\.png”/ })).toBeVisible();
  await expect(magnifier(kw.page)).toBeVisible({ timeout: 20_000 });
}

/** Moves the cursor with the keyboard through corners and the middle, checking each value against `expected`. */
async function walkAndCheck(page: Page, expected: number[][][]) {
  await cursorGroup(page).focus();
  const keys = [
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowUp',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'Shift+ArrowLeft',
    'ArrowRight',
    'ArrowDown',
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowRight',
    'Shift+ArrowDown',
    'Shift+ArrowDown',
    'Shift+ArrowDown',
    'Shift+ArrowDown',
    'Shift+ArrowDown',
  ];
  const seen = new Set<string>();
  for (const key of keys) {
    await page.keyboard.press(key);
    const { row, col, values } = await shownOutputs(page);
    seen.add(`${row},${col}`);
    expect(values.length).toBe(expected.length);
    values.forEach((v, c) =>
      expect(v, `channel ${c} at (${row}, ${col})`).toBeCloseTo(expected[c]![row]![col]!, 9),
    );
  }
  // The walk reached the corners, where padding is read, and the far edge.
  expect(seen.has('0,0')).toBe(true);
  expect([...seen].some((p) => p.endsWith(`,${expected[0]![0]!.length - 1}`))).toBe(true);
  expect([...seen].some((p) => p.startsWith(`${expected[0]!.length - 1},`))).toBe(true);
}

test.describe('image view', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a generated PNG through Sobel x (grayscale, same padding): the magnifier shows conv2d', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    await openOwnImage(kw, 'mode=image');
    const expected = conv2d(planes('gray'), [[kernelPreset('sobelX')]], { padding: 'same' });
    await walkAndCheck(page, expected);
  });

  test('RGB, dilated 3×3 at rate 2, stride 2: each channel is conv2d of that channel', async ({ page }) => {
    const kw = new KernelwisePage(page);
    await openOwnImage(kw, 'mode=image&color=rgb&dilation=2&stride=2&pad=2');
    const kernel = [[kernelPreset('sobelX')]];
    const expected = planes('rgb').map(
      (p) => conv2d([p], kernel, { padding: 2, dilation: 2, stride: 2 })[0]!,
    );
    await walkAndCheck(page, expected);
  });

  test('typing a weight redraws the feature map with the new kernel', async ({ page }) => {
    const kw = new KernelwisePage(page);
    await openOwnImage(kw, 'mode=image');
    await page.getByRole('textbox', { name: 'Weight row 2, column 2' }).fill('1/2');
    const kernel = kernelPreset('sobelX').map((r) => [...r]);
    kernel[1]![1] = 0.5;
    const expected = conv2d(planes('gray'), [[kernel]], { padding: 'same' });
    // The difference from conv2d with the new kernel, wherever the cursor is.
    const off = async () => {
      const { row, col, values } = await shownOutputs(page);
      return Math.abs(values[0]! - expected[0]![row]![col]!);
    };
    await expect.poll(off, { timeout: 30_000 }).toBeLessThan(1e-9);
    // A new picture starts the cursor in the middle.
    expect(await shownOutputs(page)).toMatchObject({ row: H >> 1, col: W >> 1 });
  });

  test('each bad file is refused with its message; the picture, the settings and the link stay', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    await openOwnImage(kw, 'mode=image');
    await page.getByRole('button', { name: /Laplacian/ }).click();
    await expect(page.getByRole('button', { name: /Laplacian/ })).toHaveAttribute('aria-pressed', 'true');
    const url = page.url();
    const before = await shownOutputs(page);
    const good = pngOf(W, H, PIXELS);
    const damagedData = Buffer.from(good);
    damagedData.fill(0x55, 41, damagedData.length - 12); // IDAT's bytes, keeping its framing and IEND
    const cases: [string, { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
      [
        'not an image',
        { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, not pixels') },
        /not an image the view can read/,
      ],
      [
        'an SVG',
        {
          name: 'drawing.svg',
          mimeType: 'image/svg+xml',
          buffer: Buffer.from(
            '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"/>',
          ),
        },
        /SVG drawing/,
      ],
      [
        'a truncated PNG',
        { name: 'cut.png', mimeType: 'image/png', buffer: good.subarray(0, good.length >> 1) },
        /cut short/,
      ],
      [
        'a damaged header',
        {
          name: 'bad.png',
          mimeType: 'image/png',
          buffer: Buffer.concat([good.subarray(0, 8), Buffer.from('garbage garbage garbage')]),
        },
        /header is damaged/,
      ],
      [
        'damaged pixels',
        { name: 'noise.png', mimeType: 'image/png', buffer: damagedData },
        /could not be decoded/,
      ],
      [
        'a 0×0 image',
        { name: 'empty.png', mimeType: 'image/png', buffer: pngHeaderOnly(0, 0) },
        /0×0 pixels: there is nothing to convolve/,
      ],
      [
        'a 20,000×20,000 image',
        { name: 'huge.png', mimeType: 'image/png', buffer: pngHeaderOnly(20000, 20000) },
        /20000×20000 pixels.*up to 8192/,
      ],
    ];
    for (const [what, file, message] of cases) {
      await test.step(what, async () => {
        await openFile(page, file);
        await expect(page.getByRole('alert')).toContainText(message);
        await expect(page.getByRole('alert')).toContainText(
          'The previous image and every setting stay as they were',
        );
        await expect(page.getByRole('img', { name: /your image “random\.png”/ })).toBeVisible();
        expect(page.url()).toBe(url);
        expect(await shownOutputs(page)).toEqual(before);
      });
    }
    await test.step('a file of hundreds of MB, dropped: refused by its size before it is read', async () => {
      await page.evaluate(() => {
        // A real 300 MB blob would cost this shared machine 300 MB; the view reads only the size the
        // file reports before touching a byte, so a small file reporting that size is the same test.
        const file = new File([new Uint8Array(1024)], 'film.png', { type: 'image/png' });
        Object.defineProperty(file, 'size', { value: 300 * 1024 * 1024 });
        const drop = new Event('drop', { bubbles: true, cancelable: true });
        Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } });
        document.body.dispatchEvent(drop);
      });
      await expect(page.getByRole('alert')).toContainText(
        /“film\.png” is 300 MB; the view opens files up to 50 MB/,
      );
      expect(page.url()).toBe(url);
      expect(await shownOutputs(page)).toEqual(before);
    });
  });

  test('an animated GIF: its first frame is used, and the page says so', async ({ page }) => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=image');
    await openFile(page, { name: 'moving.gif', mimeType: 'image/gif', buffer: animatedGif(64, 40) });
    await expect(page.getByText('“moving.gif” is animated: the view uses its first frame.')).toBeVisible();
    await expect(magnifier(page)).toBeVisible({ timeout: 20_000 });
    // Frame 1 is a ramp (grey 2·⌊127x/63⌋ in column x); frame 2 is flat 254 everywhere.
    const row = await magnifier(page)
      .locator('tr')
      .first()
      .locator('td')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
    const { col } = await shownOutputs(page);
    expect(row).toEqual([col - 1, col, col + 1].map((x) => 2 * Math.floor((127 * x) / 63)));
  });

  test('Enter on the cursor opens that region in the step-by-step view, at the step that makes the same value', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    await openOwnImage(kw, 'mode=image');
    await cursorGroup(page).focus();
    await page.keyboard.press('Shift+ArrowUp');
    const { values } = await shownOutputs(page);
    await page.keyboard.press('Enter');
    await expect(kw.tab('Standard')).toHaveAttribute('aria-selected', 'true');
    await expect(kw.tab('Standard')).toBeFocused();
    const current = page.locator('[role="grid"][aria-label^="Output"] [data-current="true"]');
    await expect(current).toHaveCount(1);
    expect(Number(await current.textContent())).toBeCloseTo(values[0]!, 2);
  });

  test('a sample is in the link; choosing another redraws', async ({ page }) => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=image&image=checker');
    await expect(page.getByRole('img', { name: /the sample, a checkerboard/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Sample image' }).selectOption('scene');
    await expect(page.getByRole('img', { name: /the sample, a gradient scene/ })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('image')).toBe('scene');
  });
});
