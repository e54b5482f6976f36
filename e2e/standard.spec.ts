// The standard convolution view: where the window sits at the first, a middle and the last step,
// and what the finished output holds, both computed by the oracle from the URL's parameters and the
// values the page shows. The cases share one page: each after the first is reached in the app (as
// Back and Forward do), which checks the same grids without paying a page load per case.
import { test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { viewParams } from './oracle';
import { walkView } from './checks';

test('standard convolution: window, padding and output', async ({ page }) => {
  const kw = new KernelwisePage(page);
  await test.step('5×5 input, 3×3 kernel, padding 1', async () => {
    await walkView(kw, viewParams('standard', { size: 5, k: 3, pad: 1 }), { presses: 3, seek: 12 });
  });

  await test.step('stride 2 with padding 1 skips every other position', async () => {
    await walkView(kw, viewParams('standard', { size: 7, k: 3, stride: 2, pad: 1, seed: 3 }), {
      presses: 2,
      seek: 10,
    });
  });

  await test.step('a non-square input and kernel (5×7, 3×2), padding 1', async () => {
    await walkView(kw, viewParams('standard', { size: [5, 7], k: [3, 2], pad: 1, seed: 2 }), {
      presses: 2,
      seek: 23,
    });
  });

  await test.step('different stride and padding per axis (stride 2×1, padding 1×0) on a 6×7 input', async () => {
    await walkView(
      kw,
      viewParams('standard', { size: [6, 7], k: [3, 2], stride: [2, 1], pad: [1, 0], seed: 7 }),
      { seek: 9 },
    );
  });

  await test.step('two input and two output channels: the window spans every input channel', async () => {
    // 2 × 3 × 3 = 18 steps; step 14 belongs to the second output channel.
    await walkView(kw, viewParams('standard', { size: 5, k: 3, cin: 2, cout: 2, seed: 4 }), {
      presses: 2,
      seek: 13,
    });
  });
});
