// axe-core over every view and the states a user reaches (embed, presentation, themes, dialogs,
// playing, a phone): zero WCAG 2.2 AA violations. The experimental label-in-name rule is switched on
// too, because a cell whose accessible name disagrees with its text is what a screen reader user hears.
import { COLOUR_RULES, expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const VIEWS: Record<string, string> = {
  standard: 'mode=standard&step=4',
  dilated: 'mode=dilated&step=4',
  pointwise: 'mode=pointwise&step=4',
  'max pooling': 'mode=maxpool&step=2',
  'the image → conv → pool pipeline': 'mode=maxpool&pipeline=1&step=2',
  'average pooling': 'mode=maxpool&pool=avg&step=2',
  'transposed (scatter)': 'mode=transposed&step=4',
  'transposed (gather)': 'mode=transposed&view=gather&step=4',
  'grouped, with bias': 'mode=grouped&bias=1&step=4',
  'depthwise-separable': 'mode=grouped&separable=1&bias=1&step=30',
  'image (a sample through Sobel x)': 'mode=image',
  'image, RGB max pooling': 'mode=image&op=max&color=rgb&image=shapes',
  'stack of layers': 'mode=stack&step=85',
  'stack, encoder–decoder': 'mode=stack&layers=i16_c3p1n8_m2_c3p1n16_m2_t2s2n8_t2s2n1&step=300',
  'the embed': 'mode=standard&embed=1&step=4',
  'the embed with controls': 'mode=dilated&embed=1&controls=1&step=4',
};

test.describe('axe, WCAG 2.2 AA', () => {
  // One analysis of a full page takes several seconds on a slow, shared machine.
  test.describe.configure({ timeout: 180_000 });

  // Four views to a test, one browser page each: the first view is loaded, the others are reached in
  // the app (as Back and Forward do), except the embeds, which are loaded since the embed layout is
  // chosen by the link a host page loads.
  const views = Object.entries(VIEWS);
  for (let first = 0; first < views.length; first += 4) {
    const group = views.slice(first, first + 4);
    test(`${group.map(([name]) => name).join('; ')}: no violations`, async ({ page }) => {
      const kw = new KernelwisePage(page);
      for (const [name, query] of group) {
        await test.step(name, async () => {
          await (query.includes('embed=1') ? kw.open(query) : kw.visit(query));
          await expectNoViolations(page, `${name}: axe WCAG 2.2 AA violations`);
        });
      }
    });
  }

  test('presentation mode, then its settings drawer open and laser pointer on: no violations', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    await test.step('presentation mode', async () => {
      await kw.open('step=4');
      await kw.focusBody();
      await page.keyboard.press('f');
      await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
      // The presenter's layer is its own chunk, loaded on the first F.
      await expect(page.getByTestId('presenter-status')).toBeAttached({ timeout: 15_000 });
      await expectNoViolations(page, 'presentation mode: axe WCAG 2.2 AA violations');
    });
    await test.step('grouped, presented, settings drawer open and laser pointer on', async () => {
      await kw.navigate('mode=grouped&step=4');
      await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
      await kw.focusBody();
      await page.keyboard.press('p');
      await page.mouse.move(400, 300);
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await expect(page.getByRole('complementary', { name: 'Settings' })).toBeVisible();
      await expectNoViolations(page, 'presentation tools: axe WCAG 2.2 AA violations');
    });
  });

  // Every rule ran on these views in the light theme above; a theme changes colours only, so here
  // the colour rules run (COLOUR_RULES), in each theme and in the system's dark setting.
  test('dark theme (the system setting) and each theme from the menu: no contrast violations', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    await test.step('the system setting: dark', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await kw.open('step=4');
      await expectNoViolations(page, 'system dark, standard', COLOUR_RULES);
      await page.emulateMedia({ colorScheme: 'light' });
    });
    for (const theme of ['Dark', 'High contrast'] as const) {
      await test.step(theme, async () => {
        await kw.navigate('mode=maxpool&step=2');
        await kw.expectStep(3);
        await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
        await expectNoViolations(page, `${theme}, pooling`, COLOUR_RULES);
        await kw.tab('Pointwise').click();
        await expect(kw.tab('Pointwise')).toHaveAttribute('aria-selected', 'true');
        await expectNoViolations(page, `${theme}, pointwise`, COLOUR_RULES);
      });
    }
    // Light from the menu under a light system draws the default light colours, analysed in full on
    // both views above: one view here, to catch colours the Light theme might one day set itself.
    await test.step('Light', async () => {
      await kw.navigate('mode=maxpool&step=2');
      await kw.expectStep(3);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
      await expectNoViolations(page, 'Light, pooling', COLOUR_RULES);
    });
  });

  test('the shortcuts, Embed and Export dialogs open, and while playing: no violations', async ({ page }) => {
    const kw = new KernelwisePage(page);
    await kw.open('step=4');
    await test.step('the shortcuts dialog open', async () => {
      await kw.focusBody();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(dialog).toBeVisible();
      await expectNoViolations(page, 'the shortcuts dialog: axe WCAG 2.2 AA violations');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step('the Embed dialog open, its preview loaded', async () => {
      const dialog = await kw.openEmbedDialog();
      await expectNoViolations(page, 'the Embed dialog: axe WCAG 2.2 AA violations');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step('the Export dialog open, after saving a PNG', async () => {
      await kw.navigate('mode=transposed&step=2');
      await kw.expectStep(3);
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export a figure' });
      await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: /^PNG of step/ }).click(),
      ]);
      await expect(dialog).toContainText('Saved kernelwise-transposed');
      await expectNoViolations(page, 'the Export dialog: axe WCAG 2.2 AA violations');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step('while playing', async () => {
      // Slowly, so the page holds still long enough for one analysis.
      await kw.navigate('speed=0.5');
      await kw.play().click();
      await expect(kw.pause()).toBeVisible();
      await expectNoViolations(page, 'while playing: axe WCAG 2.2 AA violations');
    });
  });

  test.describe('on a phone (390×844)', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('standard, pooling and pointwise, and a refused change: no violations', async ({ page }) => {
      const kw = new KernelwisePage(page);
      for (const query of ['step=4', 'mode=maxpool&step=2', 'mode=pointwise&step=4']) {
        await test.step(query, async () => {
          await kw.visit(query);
          await expectNoViolations(page, `${query}: axe WCAG 2.2 AA violations`);
        });
      }
      await test.step('a refused change', async () => {
        await kw.navigate('size=5&k=3&pad=0');
        await expect(kw.field('Kernel height')).toHaveValue('3');
        await kw.field('Kernel height').fill('7');
        await expect(kw.refusal()).toBeVisible();
        await expectNoViolations(page, 'a refused change: axe WCAG 2.2 AA violations');
      });
    });
  });
});
