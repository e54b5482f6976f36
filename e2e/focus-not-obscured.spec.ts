// WCAG 2.4.11 (Focus Not Obscured) on a phone: the playback bar sticks to the bottom of the screen, so
// every control Tab reaches must end up above it, not beneath it.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

interface Seen {
  what: string;
  inBar: boolean;
  top: number;
  bottom: number;
  barTop: number;
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  // One page for all of them: a fresh browser page each cost more than the checks.
  test('Tab never leaves focus under the sticky playback bar (standard, pooling, pointwise)', async ({
    page,
  }) => {
    // Dozens of Tab presses in three views, each measured in the page: slow on a loaded machine.
    test.slow();
    for (const query of ['mode=standard', 'mode=maxpool', 'mode=pointwise']) {
      await test.step(`${query}: Tab never leaves focus under the sticky playback bar`, async () => {
        const kw = new KernelwisePage(page);
        await kw.open(query);
        await kw.focusBody();
        const covered: Seen[] = [];
        let reachedEnd = false;
        for (let i = 0; i < 120 && !reachedEnd; i++) {
          await page.keyboard.press('Tab');
          const seen = await page.evaluate((): Seen | null => {
            const active = document.activeElement;
            const bar = document.querySelector('footer');
            if (!(active instanceof HTMLElement) || active === document.body || !bar) return null;
            const box = active.getBoundingClientRect();
            const label = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30) ?? '';
            return {
              what: `${active.tagName.toLowerCase()} "${label}"`,
              inBar: bar.contains(active),
              top: box.top,
              bottom: box.bottom,
              barTop: bar.getBoundingClientRect().top,
            };
          });
          if (!seen) continue;
          // The bar's own controls come last in the page: once there, the walk is done.
          if (seen.inBar) reachedEnd = true;
          else if (seen.bottom > seen.barTop + 0.5) covered.push(seen);
        }
        expect(reachedEnd, 'Tab reached the playback bar').toBe(true);
        expect(covered, 'focused controls overlapping the sticky bar').toEqual([]);
      });
    }
  });
});
