// The pointwise (1×1) view: each output pixel is the dot product of that pixel across the input
// channels with one filter's weights. Both cases share one page (the second reached in the app).
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { geometryOf, mismatches, shownInput, shownKernel, shownOutput, viewParams } from './oracle';
import { walkView } from './checks';

test('pointwise convolution: one pixel in every channel', async ({ page }) => {
  const kw = new KernelwisePage(page);
  await test.step('4×4 input, 6 channels in, 2 out', async () => {
    // 2 × 16 = 32 steps: the seeked step lies in the second output channel.
    await walkView(kw, viewParams('pointwise', { size: 4, cin: 6, cout: 2 }), { presses: 3, seek: 20 });
  });

  await test.step('3 channels in, 2 out, on a non-square 3×5 input: a per-pixel dot product', async () => {
    const p = viewParams('pointwise', { size: [3, 5], cin: 3, cout: 2, seed: 5 });
    await walkView(kw, p, { presses: 2, seek: 17 });
    // The same output, written as the dot product it is.
    const grids = await kw.readGrids();
    const x = shownInput(grids, p);
    const w = shownKernel(grids, p);
    const { outHeight, outWidth } = geometryOf(p);
    const dot = w.map((filter) =>
      Array.from({ length: outHeight }, (_, r) =>
        Array.from({ length: outWidth }, (_, c) =>
          filter.reduce((sum, plane, ch) => sum + x[ch]![r]![c]! * plane[0]![0]!, 0),
        ),
      ),
    );
    expect(mismatches(shownOutput(grids, p), dot)).toEqual([]);
  });
});
