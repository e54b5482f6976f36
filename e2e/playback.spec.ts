// Playback under a fake clock: the app's requestAnimationFrame loop only moves when the test says
// time passes (page.clock.runFor), so step counts are exact up to frame rounding. No sleeps.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, queryFor, viewParams } from './oracle';

const START = new Date('2025-01-06T09:00:00Z');
const p = viewParams('standard', { size: 5, k: 3, pad: 1 });
const { steps } = geometryOf(p);

/** Installs the clock before the page loads, opens the view, then freezes time until runFor. */
async function openFrozen(kw: KernelwisePage, extra: Record<string, string | number> = {}): Promise<void> {
  await kw.page.clock.install({ time: START });
  await kw.open(queryFor(p, extra));
  await kw.page.clock.pauseAt(new Date(START.getTime() + 3_600_000));
}

test.describe('playback', () => {
  test('playback: play, pause, speed, loop, autoplay, slider, buttons and keys (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('Play at speed 2 advances about 2 steps a second; Pause stops it', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { speed: 2 });
      await kw.expectStep(1, steps);
      await kw.play().click();
      await expect(kw.pause()).toBeVisible();

      await page.clock.runFor(1_000);
      const afterOne = (await kw.stepText()).n - 1;
      expect(afterOne, 'steps after 1 s at 2 steps/s').toBeGreaterThanOrEqual(1);
      expect(afterOne).toBeLessThanOrEqual(3);

      await page.clock.runFor(4_000);
      const afterFive = (await kw.stepText()).n - 1;
      expect(Math.abs(afterFive - 10), `steps after 5 s at 2 steps/s (got ${afterFive})`).toBeLessThanOrEqual(
        1,
      );

      await kw.pause().click();
      await expect(kw.play()).toBeVisible();
      const paused = await kw.stepText();
      await page.clock.runFor(3_000);
      expect(await kw.stepText(), 'no step while paused').toEqual(paused);
    });

    await test.step('a faster speed from the URL plays faster', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { speed: 8 });
      await kw.play().click();
      await page.clock.runFor(2_000);
      const advanced = (await kw.stepText()).n - 1;
      expect(Math.abs(advanced - 16), `steps after 2 s at 8 steps/s (got ${advanced})`).toBeLessThanOrEqual(
        1,
      );
    });

    await test.step('with loop=0 playback stops on the last step and the button returns to Play', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { loop: 0, speed: 2, step: steps - 3 });
      await kw.expectStep(steps - 2, steps);
      await kw.play().click();
      await page.clock.runFor(5_000);
      await kw.expectStep(steps, steps);
      await expect(kw.play()).toBeVisible();
      await expect(kw.pause()).toHaveCount(0);
      await page.clock.runFor(2_000);
      await kw.expectStep(steps, steps);
    });

    await test.step('with looping on, playback wraps from the last step to the first', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { speed: 2, step: steps - 2 });
      await kw.play().click();
      await page.clock.runFor(1_600); // ~3 steps: the last, then the first, then the second
      const { n } = await kw.stepText();
      expect(n, 'wrapped around to the start').toBeLessThanOrEqual(3);
      await expect(kw.pause()).toBeVisible();
    });

    await test.step('autoplay=1 starts playing on load', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { autoplay: 1, speed: 2 });
      await expect(kw.pause()).toBeVisible();
      await page.clock.runFor(2_000);
      expect((await kw.stepText()).n).toBeGreaterThan(1);
    });

    await test.step('the Step slider seeks, by value and by its arrow keys', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(p));
      const slider = kw.slider();
      await slider.fill('7');
      await kw.expectStep(8, steps);
      await slider.press('ArrowRight');
      await kw.expectStep(9, steps);
      await slider.press('ArrowLeft');
      await slider.press('ArrowLeft');
      await kw.expectStep(7, steps);
      await slider.press('End');
      await kw.expectStep(steps, steps);
      await slider.press('Home');
      await kw.expectStep(1, steps);
      await expect(slider).toHaveAttribute('aria-valuetext', `Step 1 of ${steps}`);
    });

    await test.step('buttons: Next, Previous, Last and First step', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(p));
      await expect(kw.first()).toBeDisabled();
      await kw.next().click();
      await kw.next().click();
      await kw.expectStep(3, steps);
      await kw.previous().click();
      await kw.expectStep(2, steps);
      await kw.last().click();
      await kw.expectStep(steps, steps);
      await expect(kw.last()).toBeDisabled();
      await kw.first().click();
      await kw.expectStep(1, steps);
    });

    await test.step('keyboard on the page: Space plays and pauses, arrows step, Home and End jump', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { speed: 2 });
      await kw.focusBody();

      await page.keyboard.press('Space');
      await expect(kw.pause()).toBeVisible();
      await page.clock.runFor(1_600);
      await page.keyboard.press('Space');
      await expect(kw.play()).toBeVisible();
      const { n } = await kw.stepText();
      expect(n, 'played a few steps').toBeGreaterThan(1);

      await page.keyboard.press('ArrowRight');
      await kw.expectStep(n + 1, steps);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await kw.expectStep(n - 1, steps);
      await page.keyboard.press('End');
      await kw.expectStep(steps, steps);
      await page.keyboard.press('Home');
      await kw.expectStep(1, steps);
    });

    await test.step('Space on the focused Play button toggles once; arrows inside a grid move between cells, not steps', async () => {
      const kw = new KernelwisePage(page);
      await openFrozen(kw, { speed: 2 });
      await kw.play().focus();
      await page.keyboard.press('Space');
      await expect(kw.pause()).toBeVisible();
      await page.keyboard.press('Space');
      await expect(kw.play()).toBeVisible();

      const before = await kw.stepText();
      const cell = kw.cell('Input', 0, 0);
      await cell.focus();
      await page.keyboard.press('ArrowRight');
      await expect(kw.cell('Input', 0, 1)).toBeFocused();
      await page.keyboard.press('End');
      expect(await kw.stepText(), 'keys inside a grid do not step').toEqual(before);
    });

    await test.step('a step beyond the last in the URL shows the last step', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(p, { step: 100_000 }));
      await kw.expectStep(steps, steps);
    });
  });
});
