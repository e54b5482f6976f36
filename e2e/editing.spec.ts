// Typing over input and kernel values: a valid number is applied and the output follows (checked
// against the oracle on the displayed values); a wrong entry is shown as a problem, never applied,
// and leaves the rest of the page working; Escape cancels.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import {
  expectedOutput,
  geometryOf,
  mismatches,
  queryFor,
  shownOutput,
  viewParams,
  type Tensor3,
} from './oracle';
import { expectOutputMatchesOracle } from './checks';

const p = viewParams('standard', { size: 5, k: 3, pad: 1 });
const { steps } = geometryOf(p);

/** Opens the view at its last step, where every output value is shown. */
async function openFinished(kw: KernelwisePage): Promise<Tensor3> {
  await kw.open(queryFor(p, { step: steps - 1 }));
  await kw.expectStep(steps, steps);
  return shownOutput(await kw.readGrids(), p);
}

test.describe('editing values', () => {
  test('editing values: typed, negative, refused, minus, Escape, pointwise (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('typing a new input value and Enter updates the output to match the oracle', async () => {
      const kw = new KernelwisePage(page);
      const before = await openFinished(kw);
      const cell = kw.cell('Input', 2, 2);
      const old = (await cell.textContent())?.trim();
      const value = old === '12' ? '13' : '12';
      await cell.click();
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
      await expect(cell).toHaveText(value);
      await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
      await expectOutputMatchesOracle(kw, p);
      // The oracle on the new values differs from what was shown before: the output really changed.
      const after = expectedOutput(await kw.readGrids(), p);
      expect(mismatches(before, after), 'outputs that read the edited cell changed').not.toEqual([]);
    });

    await test.step('typing a negative weight and a fraction into the kernel updates the output', async () => {
      const kw = new KernelwisePage(page);
      await openFinished(kw);
      const weight = kw.cell('Kernel', 1, 1);
      await weight.click();
      await page.keyboard.type('-3');
      await page.keyboard.press('Enter');
      await expect(weight).toHaveText('-3');
      await expectOutputMatchesOracle(kw, p);

      const corner = kw.cell('Kernel', 0, 2);
      await corner.click();
      await page.keyboard.type('1/4');
      await page.keyboard.press('Enter');
      await expect(corner).toHaveText(/^0?\.25$/);
      await expectOutputMatchesOracle(kw, p);
    });

    // One page for all of them: a fresh browser page each cost more than the checks.
    await test.step('typing abc, - or 1e400 shows a problem, is not applied, and the page keeps working', async () => {
      for (const entry of ['abc', '-', '1e400']) {
        await test.step(`typing ${JSON.stringify(entry)} shows a problem, is not applied, and the page keeps working`, async () => {
          const kw = new KernelwisePage(page);
          await kw.open(queryFor(p));
          // The output as it must stay if the entry is not applied: the oracle on the values shown now.
          const before = expectedOutput(await kw.readGrids(), p);
          const cell = kw.cell('Input', 1, 3);
          await cell.click();
          // Enter opens the cell for editing with its value; the entry replaces it.
          await page.keyboard.press('Enter');
          const box = cell.getByRole('textbox');
          await expect(box).toBeFocused();
          await box.fill(entry);
          await page.keyboard.press('Enter');

          await expect(cell).toHaveAttribute('aria-invalid', 'true');
          const problem = cell.getByRole('alert');
          await expect(problem).toBeVisible();
          await expect(problem).not.toBeEmpty();

          // The rest of the page still works, and the wrong entry was not applied.
          await kw.next().click();
          await kw.expectStep(2, steps);
          await expect(cell).toHaveAttribute('aria-invalid', 'true');
          // Outputs not computed yet show no number (contract §3): compare them all at the last step.
          await kw.last().click();
          await kw.expectStep(steps, steps);
          expect(mismatches(shownOutput(await kw.readGrids(), p), before), 'outputs unchanged').toEqual([]);
        });
      }
    });

    await test.step('typing a lone minus sign straight onto a cell asks to finish the number', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(p));
      const cell = kw.cell('Input', 0, 0);
      await cell.click();
      await page.keyboard.type('-');
      await expect(cell).toHaveAttribute('aria-invalid', 'true');
      await expect(cell.getByRole('alert')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
      await expect(cell.getByRole('alert')).toHaveCount(0);
    });

    await test.step('Escape cancels an edit and keeps the old value', async () => {
      const kw = new KernelwisePage(page);
      const before = await openFinished(kw);
      const cell = kw.cell('Input', 3, 1);
      const old = ((await cell.textContent()) ?? '').trim();
      await cell.click();
      await page.keyboard.type('42');
      await expect(cell.getByRole('textbox')).toHaveValue('42');
      await page.keyboard.press('Escape');
      await expect(cell.getByRole('textbox')).toHaveCount(0);
      await expect(cell).toHaveText(old);
      expect(mismatches(shownOutput(await kw.readGrids(), p), before), 'outputs unchanged').toEqual([]);
    });

    await test.step('pointwise: editing a second-channel input and a weight of the second filter', async () => {
      const kw = new KernelwisePage(page);
      const pw = viewParams('pointwise', { size: 4, cin: 3, cout: 2 });
      await kw.open(queryFor(pw));
      const input = kw.cell('Input channel 2', 1, 2);
      await input.click();
      await page.keyboard.type('7.5');
      await page.keyboard.press('Enter');
      await expect(input).toHaveText('7.5');
      const weight = kw.cells('Kernel filter 2').and(page.locator('[data-channel="2"]'));
      await weight.click();
      await page.keyboard.type('-2');
      await page.keyboard.press('Enter');
      await expect(weight).toHaveText('-2');
      await expectOutputMatchesOracle(kw, pw);
    });
  });
});
