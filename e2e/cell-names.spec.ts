// What a cell says to assistive technology and to copy-paste: an output no step has reached holds no
// number at all (contract §3); input, padding and kernel cells are named by where they are and what
// they show (the name contains the visible text, WCAG 2.5.3), and padding is named as padding.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

const DIGIT = /\d/;

test.describe('cell names', () => {
  test('cell names: outputs not computed, input, padding, weights, pointwise, pooling padding (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await test.step('an output not computed yet has no number in its text, its name, or the copied grid', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&size=5&k=3&pad=1&step=4');
      const outputs = await kw.cells('Output').evaluateAll((cells) =>
        cells.map((c) => ({
          reached: c.dataset.done === 'true' || c.dataset.current === 'true',
          text: (c.textContent ?? '').trim(),
          value: (c.getAttribute('aria-label') ?? '').split(':').slice(1).join(':'),
        })),
      );
      const pending = outputs.filter((c) => !c.reached);
      expect(pending.length, 'a middle step leaves outputs to compute').toBeGreaterThan(0);
      expect(
        pending.filter((c) => c.text !== ''),
        'pending cells with text',
      ).toEqual([]);
      expect(
        pending.filter((c) => DIGIT.test(c.value)),
        'pending cells whose name gives a value',
      ).toEqual([]);
      await expect(kw.cell('Output', 4, 4)).toHaveAccessibleName(
        /^Output row 4, column 4: not computed yet$/,
      );

      // What a user copying the grid (or a high-contrast mode) gets: one number per reached cell.
      const copied = (await kw.grid('Output').innerText()).match(/-?\d+(\.\d+)?/g) ?? [];
      expect(copied).toHaveLength(outputs.filter((c) => c.reached).length);

      // Pointing at a pending cell shows its window and arithmetic, but the cell stays empty.
      await kw.cell('Output', 4, 4).hover();
      await expect(kw.cell('Output', 4, 4)).toHaveText('');
    });

    await test.step('input, padding and weight cells are named by position and value', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&size=5&k=3&pad=1');
      const input = kw.cell('Input', 2, 3);
      const inputText = ((await input.textContent()) ?? '').trim();
      await expect(input).toHaveAccessibleName(`Input row 2, column 3: ${inputText}`);

      // Padding shows its 0 (contract §3) but is not announced as an input value of 0.
      const padding = kw.cell('Input', -1, 0);
      await expect(padding).toHaveText('0');
      await expect(padding).toHaveAccessibleName('Padding, row -1, column 0: 0');

      const weight = kw.cell('Kernel', 1, 2);
      const weightText = ((await weight.textContent()) ?? '').trim();
      await expect(weight).toHaveAccessibleName(`Weight row 1, column 2: ${weightText}`);
    });

    await test.step('pointwise weights are named by the input channel they multiply', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=pointwise&size=4&cin=3&cout=2');
      const weight = kw.cells('Kernel filter 2').and(page.locator('[data-channel="1"]'));
      const text = ((await weight.textContent()) ?? '').trim();
      await expect(weight).toHaveAccessibleName(`Weight for input channel 2: ${text}`);
    });

    await test.step('max pooling padding is named as padding', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=maxpool&size=6&k=3&stride=3&pad=1');
      const padding = kw.cell('Input', -1, -1);
      const text = ((await padding.textContent()) ?? '').trim();
      await expect(padding).toHaveAccessibleName(`Padding, row -1, column -1: ${text}`);
    });
  });
});
