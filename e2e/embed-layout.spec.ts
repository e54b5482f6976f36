// The embeddable view (`?embed=1`, contract §2) at the sizes the Embed dialog offers as its minimum
// (320×240) and its default (640×480): it fits the width, keeps the grids and playback, and offers a
// way out to the full app; `controls=0` hides the parameters, `autoplay=1` starts playing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const SIZES = [
  { width: 320, height: 240 },
  { width: 640, height: 480 },
] as const;

/** The page never scrolls sideways: its content is no wider than the viewport. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, clientWidth, bodyScrollWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    bodyScrollWidth: document.body.scrollWidth,
  }));
  expect(scrollWidth, `document scrollWidth ≤ clientWidth (${clientWidth})`).toBeLessThanOrEqual(clientWidth);
  expect(bodyScrollWidth, `body scrollWidth ≤ clientWidth (${clientWidth})`).toBeLessThanOrEqual(clientWidth);
}

for (const size of SIZES) {
  test.describe(`embed layout at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    // One browser page; each step starts from its own fresh load. The clock stays installed once
    // autoplay's step installs it, so that step comes last.
    test('fits the width and links out; controls=0; autoplay=1 (each from a fresh load)', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await test.step('fits the width, shows the grids and playback, and links out in a new tab', async () => {
        const kw = new KernelwisePage(page);
        await kw.open('embed=1&mode=standard');
        await expectNoHorizontalOverflow(page);
        for (const grid of ['Input', 'Kernel', 'Output'])
          await expect(kw.grid(grid).first(), `${grid} grid`).toBeVisible();
        await expect(kw.play()).toBeVisible();
        await expect(kw.status()).toContainText('Step 1 of 25');
        // No page chrome: the header's tools are not there.
        await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Present' })).toHaveCount(0);

        const out = page.getByRole('link', { name: /Open in Kernelwise/ });
        await expect(out).toBeVisible();
        await expect(out).toHaveAttribute('target', '_blank');
        await expect(out).toHaveAttribute('rel', /noopener/);
        const href = new URL((await out.getAttribute('href'))!, page.url());
        expect(href.origin, 'the link goes to this app').toBe(new URL(page.url()).origin);
        expect(href.searchParams.get('embed'), 'the link opens the full app, not the embed').not.toBe('1');
        expect(href.searchParams.get('mode')).toBe('standard');

        // Playback still works at this size, and the layout stays within the width while it does.
        await kw.next().click();
        await kw.expectStep(2, 25);
        await expectNoHorizontalOverflow(page);

        // A larger configuration still fits the width.
        await kw.open('embed=1&mode=standard&size=12&k=5&pad=2');
        await expect(kw.grid('Output').first()).toBeVisible();
        await expect(kw.play()).toBeVisible();
        await expectNoHorizontalOverflow(page);
      });

      await test.step('controls=0 hides the parameters but keeps playback', async () => {
        const kw = new KernelwisePage(page);
        await kw.open('embed=1&mode=standard');
        await expect(
          page.getByRole('heading', { name: 'Parameters' }),
          'parameters shown by default',
        ).toBeVisible();

        await kw.open('embed=1&mode=standard&controls=0');
        await expect(kw.grid('Output').first()).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Parameters' })).toHaveCount(0);
        await expect(page.getByRole('complementary', { name: 'Settings' })).toHaveCount(0);
        await expect(kw.field('Input width')).toHaveCount(0);
        for (const control of [kw.play(), kw.next(), kw.previous(), kw.first(), kw.last(), kw.slider()])
          await expect(control).toBeVisible();
        await kw.next().click();
        await kw.expectStep(2, 25);
        await expectNoHorizontalOverflow(page);
      });

      await test.step('autoplay=1 starts playing on load', async () => {
        const kw = new KernelwisePage(page);
        // The page's time moves only when the test moves it: frozen from before the load.
        const start = Date.UTC(2030, 0, 1);
        await page.clock.install({ time: start });
        await page.clock.pauseAt(start + 1_000);
        await kw.open('embed=1&mode=standard&autoplay=1');
        await expect(kw.pause(), 'playing: the button offers Pause').toBeVisible();
        await kw.expectStep(1, 25);
        // 2 steps a second by default: 2.5 s is about 5 steps (the first frame only starts the count).
        await page.clock.runFor(2_500);
        const after = (await kw.stepText()).n;
        expect(after - 1, 'steps played in 2.5 s').toBeGreaterThanOrEqual(4);
        expect(after - 1, 'steps played in 2.5 s').toBeLessThanOrEqual(5);
        await kw.pause().click();
        await expect(kw.play()).toBeVisible();
        await page.clock.runFor(2_000);
        await kw.expectStep(after, 25);
      });
    });
  });
}
