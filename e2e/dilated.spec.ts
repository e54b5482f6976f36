// The dilated view: taps spread `dilation` cells apart, checked step by step and in the output. The
// cases share one page, each after the first reached in the app (as Back and Forward do).
import { test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { viewParams } from './oracle';
import { walkView } from './checks';

test('dilated convolution: window, padding and output', async ({ page }) => {
  const kw = new KernelwisePage(page);
  await test.step('7×7 input, 3×3 kernel, dilation 2', async () => {
    await walkView(kw, viewParams('dilated', { size: 7, k: 3, dilation: 2 }), { presses: 2, seek: 5 });
  });

  await test.step('dilation 2 with padding 2 reaches into the padding', async () => {
    await walkView(kw, viewParams('dilated', { size: 7, k: 3, dilation: 2, pad: 2, seed: 6 }), {
      presses: 3,
      seek: 30,
    });
  });

  await test.step('dilation 3 on a 9×9 input', async () => {
    await walkView(kw, viewParams('dilated', { size: 9, k: 3, dilation: 3, seed: 8 }), {
      presses: 2,
      seek: 6,
    });
  });

  await test.step('dilation, stride and padding that differ per axis (2×3, 2×1, 2×1) on an 8×10 input', async () => {
    const p = viewParams('dilated', {
      size: [8, 10],
      k: 3,
      dilation: [2, 3],
      stride: [2, 1],
      pad: [2, 1],
      seed: 13,
    });
    await walkView(kw, p, { presses: 1, seek: 9 });
  });
});
