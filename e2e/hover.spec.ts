// Pointing at an output cell shows the window that produced it; clicking it jumps to its step.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import {
  geometryOf,
  inputCells,
  key,
  queryFor,
  stepOfOutput,
  viewParams,
  windowOfStep,
  type ViewParams,
} from './oracle';
import { expectStepShown } from './checks';

const windowShown = async (kw: KernelwisePage) =>
  inputCells(await kw.readGrids())
    .filter((c) => c.inWindow)
    .map(key)
    .sort();
const windowExpected = (p: ViewParams, step: number) => [...new Set(windowOfStep(p, step).map(key))].sort();

test.describe('hovering and clicking output cells', () => {
  test('hovering and clicking output cells: standard, pointwise, max pooling (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await test.step('standard: hover shows that output’s window; click jumps to its step', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('standard', { size: 5, k: 3, pad: 1 });
      const { steps } = geometryOf(p);
      await kw.open(queryFor(p));
      await expectStepShown(kw, p, 0);

      const target = { channel: 0, row: 3, col: 2 };
      const step = stepOfOutput(p, target);
      const cell = kw.cell('Output', target.row, target.col);
      await cell.hover();
      await expect
        .poll(() => windowShown(kw), { message: 'the hovered output’s window' })
        .toEqual(windowExpected(p, step));
      await kw.expectStep(1, steps); // hovering inspects; it does not move playback

      await page.getByRole('heading', { name: 'Parameters' }).hover();
      await expect
        .poll(() => windowShown(kw), { message: 'back to the current step’s window' })
        .toEqual(windowExpected(p, 0));

      await cell.click();
      await page.getByRole('heading', { name: 'Parameters' }).hover();
      await expectStepShown(kw, p, step);
    });

    await test.step('pointwise: hovering an output of the second channel marks that pixel in every input channel', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('pointwise', { size: 4, cin: 3, cout: 2 });
      await kw.open(queryFor(p));
      const target = { channel: 1, row: 2, col: 3 };
      const step = stepOfOutput(p, target);
      const cell = kw
        .cells('Output channel 2')
        .and(page.locator(`[data-row="${target.row}"][data-col="${target.col}"]`));
      await cell.hover();
      await expect.poll(() => windowShown(kw)).toEqual(windowExpected(p, step));
      await cell.click();
      await page.getByRole('heading', { name: 'Parameters' }).hover();
      await expectStepShown(kw, p, step);
    });

    await test.step('max pooling: clicking an output jumps to its step, with its winner', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('maxpool', { size: 6, k: 3, stride: 3, pad: 1, seed: 5 });
      await kw.open(queryFor(p));
      const target = { channel: 0, row: 1, col: 0 };
      const step = stepOfOutput(p, target);
      await kw.cell('Output', target.row, target.col).hover();
      await expect.poll(() => windowShown(kw)).toEqual(windowExpected(p, step));
      await kw.cell('Output', target.row, target.col).click();
      await page.getByRole('heading', { name: 'Parameters' }).hover();
      await expectStepShown(kw, p, step);
    });
  });
});
