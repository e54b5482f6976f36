// The max pooling view: the window, the one winning cell, and the pooled output (max and average).
// The cases share one page, each after the first reached in the app (as Back and Forward do).
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, inputCells, key, viewParams } from './oracle';
import { expectOutputMatchesOracle, expectStepShown, openView, walkView } from './checks';

test('max pooling: window, winner and output', async ({ page }) => {
  const kw = new KernelwisePage(page);
  await test.step('6×6 input, 2×2 window, stride = window', async () => {
    await walkView(kw, viewParams('maxpool', { size: 6, k: 2 }), { presses: 3, seek: 6 });
  });

  await test.step('3×3 window, stride 3, on a 7×7 input (the last row and column are never read)', async () => {
    await walkView(kw, viewParams('maxpool', { size: 7, k: 3, stride: 3, seed: 21 }), {
      presses: 1,
      seek: 2,
    });
  });

  await test.step('overlapping windows: 3×3, stride 1', async () => {
    await walkView(kw, viewParams('maxpool', { size: 5, k: 3, stride: 1, seed: 12 }), {
      presses: 2,
      seek: 7,
    });
  });

  await test.step('3×3 window, stride 2, padding 1 on a 7×7 input', async () => {
    await walkView(kw, viewParams('maxpool', { size: 7, k: 3, stride: 2, pad: 1, seed: 9 }), { seek: 10 });
  });

  await test.step('a 2×3 window on a 6×9 input', async () => {
    await walkView(kw, viewParams('maxpool', { size: [6, 9], k: [2, 3], seed: 14 }), { presses: 2, seek: 5 });
  });

  await test.step('padding 1: padding cells show −∞ and never win', async () => {
    const p = viewParams('maxpool', { size: 6, k: 3, stride: 3, pad: 1 });
    await walkView(kw, p, { presses: 1, seek: 2 });
    const padding = inputCells(await kw.readGrids()).filter((c) => c.padded);
    expect(padding.length).toBeGreaterThan(0);
    expect(new Set(padding.map((c) => c.text)), 'what pooling padding cells show').toEqual(new Set(['-∞']));
  });

  await test.step('ties go to the first cell in row-major order', async () => {
    const p = viewParams('maxpool', { size: 4, k: 2 });
    // Written for this test: every window has a tie for its maximum.
    await openView(kw, p, { input: '5,5,1,2_5,5,3,3_0,9,4,4_9,0,4,4' });
    const expected = ['0:0:0', '0:1:2', '0:2:1', '0:2:2'];
    for (let step = 0; step < 4; step++) {
      if (step > 0) await kw.next().click();
      await expectStepShown(kw, p, step);
      const winners = inputCells(await kw.readGrids())
        .filter((c) => c.argmax)
        .map(key);
      expect(winners, `the winner of window ${step + 1}`).toEqual([expected[step]]);
    }
  });

  await test.step('all-negative values next to padding: the winner is a real cell', async () => {
    const p = viewParams('maxpool', { size: 4, k: 3, stride: 3, pad: 1 });
    await openView(kw, p, { input: '-3,-1,-4,-2_-2,-1,-5,-6_-7,-8,-9,-1_-3,-3,-3,-3' });
    const { steps } = geometryOf(p);
    for (let step = 0; step < steps; step++) {
      if (step > 0) await kw.next().click();
      await expectStepShown(kw, p, step);
    }
    await expectOutputMatchesOracle(kw, p);
  });

  await test.step('average pooling, 2×2 window: the window moves as in max pooling, with no winner, and the output is the mean', async () => {
    await walkView(kw, viewParams('maxpool', { size: 6, k: 2, pool: 'avg', seed: 3 }), {
      presses: 2,
      seek: 5,
    });
  });

  await test.step('average pooling, 3×3 window, stride 2, padding 1: padding counts as zeros, as in PyTorch', async () => {
    const p = viewParams('maxpool', { size: 6, k: 3, stride: 2, pad: 1, pool: 'avg', seed: 17 });
    await openView(kw, p);
    await expectOutputMatchesOracle(kw, p);
  });
});
