// The four views are tabs: choosing one selects it, shows its panel, and puts it in the URL.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const TABS = [
  { name: 'Dilated', mode: 'dilated' },
  { name: 'Pointwise', mode: 'pointwise' },
  { name: 'Max pooling', mode: 'maxpool' },
  { name: 'Standard', mode: 'standard' },
] as const;

test('tabs: each view, the URL’s mode, Back, and settings kept per view (each from a fresh load)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await test.step('each tab shows its view and the URL’s mode follows; Back returns to the previous view', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('');
    await expect(kw.tab('Standard')).toHaveAttribute('aria-selected', 'true');
    for (const { name, mode } of TABS) {
      await kw.tab(name).click();
      await expect(kw.tab(name)).toHaveAttribute('aria-selected', 'true');
      for (const other of TABS.filter((t) => t.name !== name))
        await expect(kw.tab(other.name)).toHaveAttribute('aria-selected', 'false');
      await expect(page.getByRole('tabpanel')).toHaveAccessibleName(new RegExp(`^${name}`));
      await expect
        .poll(() => new URL(page.url()).searchParams.get('mode'), { message: `mode for ${name}` })
        .toBe(mode);
      await kw.expectStep(1);
      await expect(kw.grid('Input').first()).toBeVisible();
      await expect(kw.grid('Output').first()).toBeVisible();
      // Pooling has a window, not weights; the convolutions show their kernels.
      if (mode === 'maxpool') await expect(kw.grid('Kernel')).toHaveCount(0);
      else await expect(kw.grid('Kernel').first()).toBeVisible();
    }
    await page.goBack();
    await expect(kw.tab('Max pooling')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('maxpool');
  });

  await test.step('the URL’s mode opens its tab', async () => {
    const kw = new KernelwisePage(page);
    for (const { name, mode } of TABS) {
      await kw.open(`mode=${mode}`);
      await expect(kw.tab(name)).toHaveAttribute('aria-selected', 'true');
    }
  });

  await test.step('each view keeps its own settings when you switch away and back', async () => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=5');
    await page.getByLabel('Input width', { exact: true }).fill('7');
    await expect(kw.grid('Input')).toHaveAttribute('aria-label', /^Input, 5 by 7\b/);
    await kw.tab('Dilated').click();
    await expect(kw.tab('Dilated')).toHaveAttribute('aria-selected', 'true');
    await expect(kw.grid('Input')).not.toHaveAttribute('aria-label', /^Input, 5 by 7\b/);
    await kw.tab('Standard').click();
    await expect(kw.grid('Input')).toHaveAttribute('aria-label', /^Input, 5 by 7\b/);
    await expect.poll(() => new URL(page.url()).searchParams.get('size')).toBe('5x7');
  });

  await test.step('the tab chosen last wins, whatever order the views’ code arrives in', async () => {
    const kw = new KernelwisePage(page);
    // Each view's code asked for arrives sooner than the one asked for before it: the views land in
    // the reverse of the order their tabs were clicked.
    let delays: number[] = [];
    await page.route('**/assets/view-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
      await route.continue();
    });
    for (const [clicks, last] of [
      [['Dilated', 'Pointwise'], 'Pointwise'],
      [['Dilated', 'Pointwise', 'Max pooling', 'Standard'], 'Standard'],
    ] as const) {
      await kw.open('mode=standard');
      delays = [1500, 800, 300];
      for (const name of clicks) await kw.tab(name).click();
      // Longer than every delay: a later switch would have happened by now.
      await page.waitForTimeout(2500);
      await expect(kw.tab(last)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toHaveAccessibleName(new RegExp(`^${last}`));
    }
    await page.unroute('**/assets/view-*.js');
  });
});
