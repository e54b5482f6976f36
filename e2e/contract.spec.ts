// Contract §3 across every view and the pipeline preset: grid labels, cell coordinates, one current
// output cell, the step announcement and the named controls.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const VIEWS = [
  'mode=standard',
  'mode=standard&cin=2&cout=2',
  'mode=dilated',
  'mode=pointwise',
  'mode=maxpool',
  'mode=maxpool&pipeline=1',
  'mode=maxpool&pool=avg',
];

// One page walks every view (a navigation each): a new browser page per view cost more than the checks.
test('the accessible structure holds in every view', async ({ page }) => {
  test.slow(); // several views or cases, one after another
  const kw = new KernelwisePage(page);
  // Was smoke.spec.ts: the bare address loads the app.
  await test.step('the page loads with its title and at least one grid', async () => {
    await page.goto('/');
    await expect(page).toHaveTitle('Kernelwise');
    await expect(page.getByRole('grid').first()).toBeVisible();
  });
  for (const query of VIEWS) {
    await test.step(query, async () => {
      await kw.open(`${query}&step=3`);
      const labels = await page
        .getByRole('grid')
        .evaluateAll((grids) => grids.map((g) => g.getAttribute('aria-label') ?? ''));
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const label of labels) expect(label).toMatch(/^(Input|Kernel|Output)/);
      expect(labels.some((l) => l.startsWith('Input'))).toBe(true);
      expect(labels.some((l) => l.startsWith('Output'))).toBe(true);

      const cells = await page.getByRole('gridcell').evaluateAll((all) =>
        all.map((c) => ({
          row: c.getAttribute('data-row'),
          col: c.getAttribute('data-col'),
          text: c.textContent ?? '',
          pending: (c.getAttribute('aria-label') ?? '').includes('not computed yet'),
        })),
      );
      expect(
        cells.some((c) => c.pending),
        'step 4 leaves outputs to compute',
      ).toBe(true);
      for (const cell of cells) {
        expect(cell.row).toMatch(/^-?\d+$/);
        expect(cell.col).toMatch(/^-?\d+$/);
        // Every cell shows its value as text, except an output not computed yet: it shows no number.
        if (cell.pending) expect(cell.text).not.toMatch(/\d/);
        else expect(cell.text.trim()).not.toBe('');
      }
      await expect(page.locator('[role="gridcell"][data-current="true"]')).toHaveCount(1);
      await expect(kw.status()).toContainText(/Step 4 of \d+/);
      for (const name of ['Play', 'Previous step', 'Next step', 'First step', 'Last step']) {
        await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('slider', { name: 'Step', exact: true })).toHaveValue('3');
      for (const name of ['Standard', 'Dilated', 'Pointwise', 'Max pooling']) {
        await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toBeVisible();
      }
    });
  }
});
