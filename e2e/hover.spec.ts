// Pointing at an output cell shows the window that produced it; clicking it jumps to its step.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import {
  geometryOf,
  inputCells,
  outputCells,
  outputOfStep,
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

  test('pointing at input cells lights the outputs that read them; focus, Enter and Space on outputs', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    const p = viewParams('standard', { size: 6, k: 3, stride: 2, pad: 1, cin: 2, cout: 2 });
    const { steps } = geometryOf(p);
    await kw.open(queryFor(p));
    const litShown = async () =>
      outputCells(await kw.readGrids())
        .filter((c) => c.lit)
        .map((c) => key({ channel: c.outChannel, row: c.row, col: c.col }))
        .sort();
    // Every output of every filter whose window reads the input cell (the oracle's windows).
    const litExpected = (channel: number, row: number, col: number) =>
      Array.from({ length: steps }, (_, step) => step)
        .filter((step) =>
          windowOfStep(p, step).some((t) => t.channel === channel && t.row === row && t.col === col),
        )
        .map((step) => key(outputOfStep(p, step)))
        .sort();

    // Straight from one cell to the next, the pointer never leaving the grid; then a padding cell.
    for (const [channel, row, col] of [
      [0, 2, 2],
      [0, 2, 3],
      [1, 5, 0],
      [1, -1, -1],
    ] as const) {
      await kw.cell(`Input channel ${channel + 1}`, row, col).hover();
      await expect
        .poll(litShown, { message: `outputs reading input ${channel}:${row}:${col}` })
        .toEqual(litExpected(channel, row, col));
    }
    await page.getByRole('heading', { name: 'Parameters' }).hover();
    await expect.poll(litShown, { message: 'nothing lit once the pointer leaves' }).toEqual([]);

    const output = (channel: number, row: number, col: number) =>
      kw.cell(`Output channel ${channel + 1}`, row, col);
    const target = { channel: 1, row: 2, col: 1 };
    await output(target.channel, target.row, target.col).focus();
    await expect
      .poll(() => windowShown(kw), { message: 'the focused output’s window' })
      .toEqual(windowExpected(p, stepOfOutput(p, target)));
    await kw.expectStep(1, steps); // focus inspects; it does not move playback
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Parameters' }).click();
    await expectStepShown(kw, p, stepOfOutput(p, target));

    const other = { channel: 0, row: 1, col: 2 };
    await output(other.channel, other.row, other.col).focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { name: 'Parameters' }).click();
    await expectStepShown(kw, p, stepOfOutput(p, other));
  });
});
