// The embed's first screen at the README's frame sizes (640×480 and 320×240): input, kernel (or the
// pooling window) and output all inside the frame together, clear of the tabs and the playback bar,
// with cells large enough to see, in every view. Checked at the top level with the frame's size as
// the viewport, and once inside a real iframe on another origin.
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { APP_ORIGIN, HOST_ORIGIN } from './embed-host';

const SIZES = [
  { width: 640, height: 480 },
  { width: 320, height: 240 },
] as const;

// The kernel of pooling views is the window's shape (one image, not a grid of values).
const KERNEL = '[role="grid"][aria-label^="Kernel"], [role="img"][aria-label^="Pooling window"]';

const VIEWS = [
  { name: 'standard', query: 'mode=standard' },
  { name: 'dilated', query: 'mode=dilated' },
  { name: 'pointwise, 6 channels', query: 'mode=pointwise&cin=6' },
  { name: 'max pooling', query: 'mode=maxpool' },
  { name: 'max pooling pipeline', query: 'mode=maxpool&pipeline=1' },
  { name: '32×32 input', query: 'mode=standard&size=32' },
  { name: 'transposed, scatter', query: 'mode=transposed' },
  { name: 'transposed, gather', query: 'mode=transposed&view=gather' },
  { name: 'grouped', query: 'mode=grouped' },
  { name: 'depthwise-separable', query: 'mode=grouped&separable=1' },
];

/**
 * The smallest cell we accept. A 32×32 input padded to 34×34, a 3×3 kernel and a 32×32 output side
 * by side need 69 cells and their gaps across 320px, and 34 cells down in what is left of 240px
 * under the tabs and over the playback bar: under 4px each. There, "visible" is the most we ask.
 */
const SMALLEST_AT_320: Record<string, number> = {
  '32×32 input': 2.5,
  // Four channels in two labelled bands, their kernels and outputs; the separable block's five
  // columns: scaled to fit 240px down, their cells come to 3–6px.
  grouped: 3,
  'depthwise-separable': 3,
};
const minimumCell = (view: string, width: number) => (width === 320 ? (SMALLEST_AT_320[view] ?? 6) : 6);

interface Box {
  label: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
}

/** Every input, kernel and output, the playback bar's top and the first cell's size, in `frame`. */
async function measure(frame: Page | Frame) {
  return frame.evaluate((kernel) => {
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return { label: e.getAttribute('aria-label') ?? '', x: r.x, y: r.y, right: r.right, bottom: r.bottom };
    };
    const all = (selector: string) => Array.from(document.querySelectorAll(selector), box);
    const cell = document.querySelector('[role="gridcell"]')!.getBoundingClientRect();
    return {
      inputs: all('[role="grid"][aria-label^="Input"]'),
      kernels: all(kernel),
      outputs: all('[role="grid"][aria-label^="Output"]'),
      barTop: document.querySelector('.app-controls')!.getBoundingClientRect().top,
      cell: Math.min(cell.width, cell.height),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, KERNEL);
}

type Measured = Awaited<ReturnType<typeof measure>>;

function expectAllVisible(m: Measured, size: { width: number; height: number }, minCell: number): void {
  for (const [role, boxes] of [
    ['input', m.inputs],
    ['kernel', m.kernels],
    ['output', m.outputs],
  ] as const) {
    expect(boxes.length, `an ${role} is shown`).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.x, `${b.label}: left edge`).toBeGreaterThanOrEqual(0);
      expect(b.y, `${b.label}: top edge`).toBeGreaterThanOrEqual(0);
      expect(b.right, `${b.label}: right edge within ${size.width}px`).toBeLessThanOrEqual(size.width);
      expect(b.bottom, `${b.label}: bottom edge above the playback bar`).toBeLessThanOrEqual(m.barTop);
    }
  }
  expect(m.barTop, 'the playback bar is in the frame').toBeLessThan(size.height);
  expect(m.cell, 'cell size in px').toBeGreaterThanOrEqual(minCell);
  expect(m.overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
}

/** Waits for the fit to settle (it follows a resize observer), then checks it. */
async function expectFits(
  page: Page,
  size: { width: number; height: number },
  minCell: number,
): Promise<void> {
  await expect(async () => expectAllVisible(await measure(page), size, minCell)).toPass({ timeout: 10_000 });
}

test.describe('embed first screen at 640×480 and at 320×240', () => {
  // Five views to a test, one browser page (warm cache) each; every view at every size is still a
  // first load, not a resize.
  for (let first = 0; first < VIEWS.length; first += 5) {
    const group = VIEWS.slice(first, first + 5);
    test(`${group.map((view) => view.name).join('; ')}: input, kernel and output all in view`, async ({
      page,
    }) => {
      // Two sizes a view, each before and after a step; two 32×32 grids are slow to draw in a
      // software-rendered Chromium on a busy machine.
      test.setTimeout(180_000);
      const kw = new KernelwisePage(page);
      for (const view of group) {
        await test.step(view.name, async () => {
          for (const size of SIZES) {
            await page.goto('about:blank');
            await page.setViewportSize(size);
            await kw.open(`embed=1&${view.query}`);
            await expect(kw.grid('Output').first()).toBeVisible();
            await expectFits(page, size, minimumCell(view.name, size.width));
            // Still so after moving on: the window moves, the layout does not.
            await kw.last().click();
            await expectFits(page, size, minimumCell(view.name, size.width));
          }
        });
      }
    });
  }

  test('inside an iframe of each size on another origin', async ({ page }) => {
    for (const size of SIZES) {
      await test.step(`${size.width}×${size.height}`, async () => {
        await page.setViewportSize(size);
        await page.goto(`${HOST_ORIGIN}/?q=${encodeURIComponent('embed=1&mode=dilated')}`);
        // A host with a fixed frame, as in the README's snippet: min and max height outweigh the
        // height this host page would otherwise set from each resize event.
        await page.evaluate(({ width, height }) => {
          const frame = document.getElementById('kw')!;
          frame.style.cssText = `width:${width}px;height:${height}px;min-height:${height}px;max-height:${height}px`;
        }, size);
        const frame = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`))!;
        await expect(page.frameLocator('#kw').getByRole('grid', { name: /^Output/ })).toBeVisible();
        expectAllVisible(await measure(frame), size, 6);
      });
    }
  });
});
