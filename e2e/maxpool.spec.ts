// The max pooling view: the window, the one winning cell, and the pooled output (max and average).
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, inputCells, key, viewParams } from './oracle';
import { expectOutputMatchesOracle, expectStepShown, openView, walkView } from './checks';

test.describe('max pooling: window, winner and output', () => {
  test('6×6 input, 2×2 window, stride = window', async ({ page }) => {
    await walkView(new KernelwisePage(page), viewParams('maxpool', { size: 6, k: 2 }), {
      presses: 3,
      seek: 6,
    });
  });

  test('3×3 window, stride 3, on a 7×7 input (the last row and column are never read)', async ({ page }) => {
    await walkView(new KernelwisePage(page), viewParams('maxpool', { size: 7, k: 3, stride: 3, seed: 21 }), {
      presses: 1,
      seek: 2,
    });
  });

  test('overlapping windows: 3×3, stride 1', async ({ page }) => {
    await walkView(new KernelwisePage(page), viewParams('maxpool', { size: 5, k: 3, stride: 1, seed: 12 }), {
      presses: 2,
      seek: 7,
    });
  });

  test('3×3 window, stride 2, padding 1 on a 7×7 input', async ({ page }) => {
    await walkView(
      new KernelwisePage(page),
      viewParams('maxpool', { size: 7, k: 3, stride: 2, pad: 1, seed: 9 }),
      { seek: 10 },
    );
  });

  test('a 2×3 window on a 6×9 input', async ({ page }) => {
    await walkView(new KernelwisePage(page), viewParams('maxpool', { size: [6, 9], k: [2, 3], seed: 14 }), {
      presses: 2,
      seek: 5,
    });
  });

  test('padding 1: padding cells show −∞ and never win', async ({ page }) => {
    const kw = new KernelwisePage(page);
    const p = viewParams('maxpool', { size: 6, k: 3, stride: 3, pad: 1 });
    await walkView(kw, p, { presses: 1, seek: 2 });
    const padding = inputCells(await kw.readGrids()).filter((c) => c.padded);
    expect(padding.length).toBeGreaterThan(0);
    expect(new Set(padding.map((c) => c.text)), 'what pooling padding cells show').toEqual(new Set(['-∞']));
  });

  test('ties go to the first cell in row-major order', async ({ page }) => {
    const kw = new KernelwisePage(page);
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

  test('all-negative values next to padding: the winner is a real cell', async ({ page }) => {
    const kw = new KernelwisePage(page);
    const p = viewParams('maxpool', { size: 4, k: 3, stride: 3, pad: 1 });
    await openView(kw, p, { input: '-3,-1,-4,-2_-2,-1,-5,-6_-7,-8,-9,-1_-3,-3,-3,-3' });
    const { steps } = geometryOf(p);
    for (let step = 0; step < steps; step++) {
      if (step > 0) await kw.next().click();
      await expectStepShown(kw, p, step);
    }
    await expectOutputMatchesOracle(kw, p);
  });
});

test.describe('average pooling (pool=avg)', () => {
  test('2×2 window: the window moves as in max pooling, with no winner, and the output is the mean', async ({
    page,
  }) => {
    await walkView(new KernelwisePage(page), viewParams('maxpool', { size: 6, k: 2, pool: 'avg', seed: 3 }), {
      presses: 2,
      seek: 5,
    });
  });

  test('3×3 window, stride 2, padding 1: padding counts as zeros, as in PyTorch', async ({ page }) => {
    const kw = new KernelwisePage(page);
    const p = viewParams('maxpool', { size: 6, k: 3, stride: 2, pad: 1, pool: 'avg', seed: 17 });
    await openView(kw, p);
    await expectOutputMatchesOracle(kw, p);
  });
});
