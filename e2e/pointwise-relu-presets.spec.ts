// The pointwise view with ReLU on says and writes what it computes (issue 8): the status announces
// the value after ReLU, and the code snippets include the ReLU. Its kernel presets are channel
// presets that mean something for a 1×1 filter, not spatial kernels cut down to one weight.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { parseShown, shownInput, shownKernel, shownOutput, viewParams } from './oracle';

/** The value the status announces for the current output: the first number after '='. */
async function announced(kw: KernelwisePage): Promise<string> {
  const text = (await kw.status().textContent()) ?? '';
  const match = /=\s*(-?[\d.]+|-?∞)/.exec(text);
  if (!match) throw new Error(`The status announces no value: ${JSON.stringify(text)}`);
  return match[1]!;
}

test.describe('pointwise view', () => {
  // Two channels of a 2×2 input; weights 1 and −1 make every sum −4, and −1 and 1 make it +4.
  const base = 'mode=pointwise&size=2&cin=2&cout=1&relu=1&input=1,2_3,4~5,6_7,8';

  test('pointwise: ReLU announced and in the code; channel presets (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await test.step('a negative sum is announced as the 0 that ReLU gives, as the output cell shows', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(`${base}&kernel=1~-1`);
      const current = kw.cells('Output').and(page.locator('[data-current="true"]'));
      await expect(current).toHaveText('0');
      expect(await announced(kw)).toBe('0');
      await kw.next().click();
      await kw.expectStep(2, 4);
      expect(await announced(kw)).toBe('0');
    });

    await test.step('a positive sum is announced unchanged', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(`${base}&kernel=-1~1`);
      expect(await announced(kw)).toBe('4');
    });

    await test.step('the PyTorch and Keras code include the ReLU', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(`${base}&kernel=-1~1`);
      await expect(page.getByRole('region', { name: 'Same in code' }).locator('code').first()).toContainText(
        'nn.ReLU()',
      );
      await page.getByRole('radio', { name: 'Keras / TensorFlow' }).check();
      await expect(page.getByLabel('Keras code')).toContainText('relu');
    });

    await test.step('offer RGB → luminance for 3 channels, and no spatial kernels', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('pointwise', { size: 3, cin: 3, cout: 2 });
      await kw.open('mode=pointwise&size=3&cin=3&cout=2');
      const preset = kw.field('Kernel preset');
      const labels = await preset.locator('option').allTextContents();
      for (const spatial of ['Sharpen', 'Sobel x', 'Laplacian (edges)', 'Emboss'])
        expect(labels, `${spatial} is not offered for a 1×1 kernel`).not.toContain(spatial);
      await preset.selectOption({ label: 'RGB → luminance' });
      const kernel = shownKernel(await kw.readGrids(), p);
      for (const filter of kernel) expect(filter.map((plane) => plane[0]![0])).toEqual([0.299, 0.587, 0.114]);
    });

    await test.step('Average of the channels makes each output the mean of its pixel’s channels', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('pointwise', { size: 4, cin: 6, cout: 2 });
      await kw.open('mode=pointwise&size=4&cin=6&cout=2');
      const preset = kw.field('Kernel preset');
      expect(await preset.locator('option').allTextContents()).not.toContain('RGB → luminance');
      await preset.selectOption({ label: 'Average of the channels' });
      await kw.last().click();
      const grids = await kw.readGrids();
      const x = shownInput(grids, p);
      const out = shownOutput(grids, p);
      for (const filter of out)
        filter.forEach((row, r) =>
          row.forEach((v, c) => {
            const mean = x.reduce((sum, plane) => sum + plane[r]![c]!, 0) / x.length;
            expect(Math.abs(v - mean), `output (${r}, ${c})`).toBeLessThan(0.0051);
          }),
        );
      expect(parseShown((await kw.cell('Kernel filter 1', 0, 0).first().textContent()) ?? '')).toBeCloseTo(
        1 / 6,
        3,
      );
    });
  });
});
