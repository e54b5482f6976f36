// A presentation clicker sends Page Up / Page Down. After the lecturer has used any control with the
// mouse, focus stays on it, and those two keys must still step (previous / next) without changing the
// control; every other key keeps its native meaning in a form control.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, queryFor, viewParams } from './oracle';
import type { Locator } from '@playwright/test';

const p = viewParams('standard', { size: 6, k: 3, pad: 1 });
const { steps } = geometryOf(p);

/** What the control holds now, whatever its kind. */
const valueOf = (control: Locator) =>
  control.evaluate((el) =>
    el instanceof HTMLInputElement && el.type === 'checkbox'
      ? String(el.checked)
      : (el as HTMLInputElement | HTMLSelectElement).value,
  );

const CONTROLS: { name: string; find: (kw: KernelwisePage) => Locator }[] = [
  { name: 'the Step slider', find: (kw) => kw.slider() },
  { name: 'the Speed slider', find: (kw) => kw.page.getByRole('slider', { name: /^Speed/ }) },
  { name: 'a parameter select', find: (kw) => kw.field('Padding') },
  { name: 'the theme select', find: (kw) => kw.page.getByRole('combobox', { name: 'Theme' }) },
  { name: 'a number field', find: (kw) => kw.field('Input height') },
  { name: 'the Loop checkbox', find: (kw) => kw.page.getByRole('checkbox', { name: 'Loop' }) },
  { name: 'the Next step button', find: (kw) => kw.next() },
];

test('clicker keys step from a clicked control, other keys keep their meaning (each from a fresh load)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // One browser page, reloaded for each control: a fresh page per control cost more than the checks.
  await test.step('Page Down / Page Up step while a clicked control has focus, and leave it as it was', async () => {
    const kw = new KernelwisePage(page);
    for (const { name, find } of CONTROLS) {
      await test.step(name, async () => {
        await kw.open(queryFor(p, { step: 10 }));
        const control = find(kw);
        await control.click();
        // A click on a select opens its list; the lecturer closes it and carries on with the clicker.
        if (await control.evaluate((el) => el.tagName === 'SELECT')) await page.keyboard.press('Escape');
        await expect(control).toBeFocused();
        const before = await valueOf(control);
        const { n } = await kw.stepText();
        expect(n, 'a step with room on both sides').toBeGreaterThan(2);
        expect(n).toBeLessThan(steps - 2);

        await page.keyboard.press('PageDown');
        await kw.expectStep(n + 1, steps);
        await page.keyboard.press('PageDown');
        await kw.expectStep(n + 2, steps);
        await page.keyboard.press('PageUp');
        await kw.expectStep(n + 1, steps);
        if (name !== 'the Step slider') expect(await valueOf(control), `${name} unchanged`).toBe(before);
        await expect(control).toBeFocused();
      });
    }
  });

  await test.step('other keys keep their native meaning in form controls', async () => {
    const kw = new KernelwisePage(page);
    await kw.open(queryFor(p, { step: 10, speed: 2 }));
    const speed = page.getByRole('slider', { name: /^Speed/ });
    await speed.focus();
    await page.keyboard.press('ArrowRight');
    await expect(speed).toHaveValue('2.5');
    await kw.expectStep(11, steps);
    await kw.slider().focus();
    await page.keyboard.press('ArrowRight');
    await kw.expectStep(12, steps);
  });
});
