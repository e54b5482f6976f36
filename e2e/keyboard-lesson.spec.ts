// A lesson by keyboard alone: switch view, change a parameter, play, pause, step, edit a weight, copy
// the link. After every action focus is visible (it matches :focus-visible and draws an outline or a
// ring) and is never on <body>; every stop Tab passes on the way is checked the same way.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

/** Null when focus is on a control and visibly marked; otherwise what is wrong. */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'focus is on <body>';
    const what = `${active.tagName.toLowerCase()} "${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30)}"`;
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    if (!active.matches(':focus-visible')) return `${what} does not match :focus-visible`;
    if (!outline && !ring) return `${what} has no outline or ring`;
    return null;
  });
}

async function expectFocusVisible(page: Page, after: string): Promise<void> {
  expect(await focusProblem(page), `focus after ${after}`).toBeNull();
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking every stop on the way. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return;
    const problem = await focusProblem(page);
    // Tabbing past the last control leaves the page for a moment; that stop is the browser's own.
    if (problem && problem !== 'focus is on <body>') throw new Error(`While tabbing: ${problem}`);
  }
  throw new Error(`${key} never reached ${target}`);
}

test('a lesson by keyboard only keeps focus visible and off <body>', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  const kw = new KernelwisePage(page);
  await kw.open('mode=standard');
  await kw.focusBody();

  // Switch view: to the tabs, then an arrow key.
  await tabTo(page, kw.tab('Standard'));
  await page.keyboard.press('ArrowRight');
  await expect(kw.tab('Dilated')).toHaveAttribute('aria-selected', 'true');
  await expect(kw.tab('Dilated')).toBeFocused();
  await expectFocusVisible(page, 'switching view');
  await expect(kw.grid('Input')).toHaveAttribute('aria-label', /^Input, 7 by 7\b/);

  // Change a parameter: the input height, one up.
  const height = kw.field('Input height');
  await tabTo(page, height);
  await page.keyboard.press('ArrowUp');
  await expect(kw.grid('Input')).toHaveAttribute('aria-label', /^Input, 8 by 7\b/);
  await expectFocusVisible(page, 'changing the input height');

  // Play, then pause, on the one button.
  await tabTo(page, kw.play());
  await page.keyboard.press('Enter');
  await expect(kw.pause()).toBeFocused();
  await expectFocusVisible(page, 'Play');
  await page.keyboard.press('Space');
  await expect(kw.play()).toBeFocused();
  await expectFocusVisible(page, 'Pause');

  // Step: the next button along.
  const before = (await kw.stepText()).n;
  await tabTo(page, kw.next());
  await page.keyboard.press('Enter');
  await kw.expectStep(before + 1);
  await expect(kw.next()).toBeFocused();
  await expectFocusVisible(page, 'Next step');

  // Edit a weight: back to the kernel grid, arrow to (1, 1), type, Enter.
  await tabTo(page, kw.grid('Kernel').locator('[role="gridcell"][tabindex="0"]'), 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const weight = kw.cell('Kernel', 1, 1);
  await expect(weight).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(weight).toHaveText('3');
  await expect(weight).toBeFocused();
  await expectFocusVisible(page, 'editing a weight');

  // Copy the link: back up to the header.
  const copy = page.getByRole('button', { name: 'Copy link', exact: true });
  await tabTo(page, copy, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Copied')).toBeVisible();
  await expect(copy).toBeFocused();
  await expectFocusVisible(page, 'Copy link');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('mode')).toBe('dilated');
});
