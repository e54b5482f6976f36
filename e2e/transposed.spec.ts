// The transposed convolution view, through contract §3 and the values it displays: in scatter, the
// input cell being spread, the output cells its stamp writes (ghosts cut off by padding included)
// and the running sums; in gather, the stretched canvas, the window and the output filling in. All
// checked against e2e/transposeOracle.ts, written from the definition, on the displayed values.
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import {
  inputsReaching,
  overlapCounts,
  stepCount,
  transposeParams,
  transposeQuery,
  type TransposeParams,
} from './transposeOracle';
import { expectTransposedStep, readStage, shownInput, shownWeight } from './transposeChecks';

// Each test walks several steps and checks every cell of the stage at each: room on a busy machine.
test.describe.configure({ timeout: 60_000 });

/**
 * One configuration: open on `?step=seek` (in the app, as Back and Forward do, once the page shows
 * it) and check it, First step, Next step `presses` times, then Last step (there, also the finished
 * output against the definition).
 */
async function walk(kw: KernelwisePage, p: TransposeParams, seek: number, presses: number): Promise<void> {
  const steps = stepCount(p);
  expect(seek > 0 && seek < steps - 1 && presses < steps - 1, 'middle steps').toBe(true);
  await kw.visit(transposeQuery(p, { step: seek }));
  await expect(kw.notices(), 'the URL parameters are all accepted').toHaveCount(0);
  await expectTransposedStep(kw, p, seek);
  await kw.first().click();
  await expectTransposedStep(kw, p, 0);
  for (let i = 0; i < presses; i++) await kw.next().click();
  await expectTransposedStep(kw, p, presses);
  await kw.last().click();
  await expectTransposedStep(kw, p, steps - 1);
}

test.describe('transposed convolution, scatter: one stamp per input cell, running sums', () => {
  const cases: [string, TransposeParams, number, number][] = [
    ['k=3, stride 2: stamps overlap on every other row', transposeParams({ size: 3, k: 3, seed: 2 }), 4, 2],
    [
      'k=3, stride 2, padding 1, output padding 1: ghost cells around the output',
      transposeParams({ size: 3, k: 3, pad: 1, outpad: 1, seed: 5 }),
      4,
      3,
    ],
    ['k=2, stride 2: stamps tile without overlap', transposeParams({ size: 3, k: 2, seed: 7 }), 5, 1],
    ['k=4, stride 2, dilation 2', transposeParams({ size: 3, k: 4, dilation: 2, seed: 3 }), 3, 2],
    [
      'two input and two output channels: a stamp writes both outputs',
      transposeParams({ size: 3, k: 3, cin: 2, cout: 2, seed: 4 }),
      13,
      2,
    ],
  ];
  // One page for all of them: a fresh browser page each cost more than the checks.
  test('scatter: each case steps and matches the oracle', async ({ page }) => {
    test.slow(); // several walks through the steps
    for (const [name, p, seek, presses] of cases) {
      await test.step(name, async () => {
        await walk(new KernelwisePage(page), p, seek, presses);
      });
    }
  });
});

test.describe('transposed convolution, gather: the equal stride-1 convolution', () => {
  const cases: [string, TransposeParams, number, number][] = [
    [
      'k=3, stride 2, padding 1, output padding 1',
      transposeParams({ size: 3, k: 3, pad: 1, outpad: 1, seed: 5, view: 'gather' }),
      20,
      3,
    ],
    [
      'non-square: 2×3 input, 3×2 kernel, stride 2×3, padding 1×0, output padding 1×2',
      transposeParams({
        size: [2, 3],
        k: [3, 2],
        stride: [2, 3],
        pad: [1, 0],
        outpad: [1, 2],
        view: 'gather',
      }),
      17,
      2,
    ],
    [
      'k=4, stride 2, dilation 2',
      transposeParams({ size: 2, k: 4, dilation: 2, seed: 3, view: 'gather' }),
      40,
      1,
    ],
    [
      'two input and two output channels',
      transposeParams({ size: 2, k: 3, cin: 2, cout: 2, seed: 4, view: 'gather' }),
      30,
      2,
    ],
  ];
  // One page for all of them: a fresh browser page each cost more than the checks.
  test('gather: each case steps and matches the oracle', async ({ page }) => {
    test.slow(); // several walks through the steps
    for (const [name, p, seek, presses] of cases) {
      await test.step(name, async () => {
        await walk(new KernelwisePage(page), p, seek, presses);
      });
    }
  });
});

test.describe('transposed convolution: scatter and gather agree, overlap maps, refusals', () => {
  const defaults = transposeParams({ size: 3, k: 3 });

  test('scatter and gather agree, the overlap maps, and refused configurations (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('the same values (the kernel rotated 180°), and hovering an output lights the same inputs', async () => {
      const kw = new KernelwisePage(page);
      const scatter = transposeParams({ size: 3, k: 3, pad: 1, outpad: 1, cin: 2, seed: 9 });
      const gather = { ...scatter, view: 'gather' as const };
      const target = { row: 3, col: 2 };
      const expectedLit = [0, 1]
        .flatMap((c) => inputsReaching(scatter, target.row, target.col).map((r) => `${c}:${r.row},${r.col}`))
        .sort();
      expect(expectedLit.length, 'the target is reached by several inputs').toBeGreaterThan(2);

      await kw.open(transposeQuery(scatter));
      await expectTransposedStep(kw, scatter, 0);
      const before = await readStage(kw);
      const values = { input: shownInput(before.grids, scatter), weight: shownWeight(before.grids, scatter) };

      await kw.cell('Output (large)', target.row, target.col).hover();
      const litSmall = async () =>
        (await readStage(kw)).grids
          .filter((g) => g.label.startsWith('Input'))
          .flatMap((g) => g.cells.filter((x) => x.lit).map((x) => `${x.channel}:${x.row},${x.col}`))
          .sort();
      await expect
        .poll(litSmall, { message: 'scatter: the inputs whose stamps reach the output' })
        .toEqual(expectedLit);

      await kw.field('Explain as').selectOption('gather');
      await page.getByRole('heading', { name: 'Parameters' }).hover();
      await expectTransposedStep(kw, gather, 0);
      const after = await readStage(kw);
      expect(
        { input: shownInput(after.grids, gather), weight: shownWeight(after.grids, gather) },
        'the canvas holds the same inputs and the rotated kernels, rotated back, the same weights',
      ).toEqual(values);

      await kw.cell('Output (large)', target.row, target.col).hover();
      const litCanvas = async () =>
        (await readStage(kw)).grids
          .filter((g) => g.label.startsWith('Input'))
          .flatMap((g) =>
            g.cells.filter((x) => x.lit).map((x) => `${x.channel}:${x.source ?? 'not an input'}`),
          )
          .sort();
      await expect
        .poll(litCanvas, { message: 'gather: the same original inputs, on the canvas' })
        .toEqual(expectedLit);
    });

    await test.step('k=3, stride 2 covers unevenly (1, 2, 4); resize-then-convolve covers the interior evenly', async () => {
      const kw = new KernelwisePage(page);
      const p = transposeParams({ size: 4, k: 3 });
      await kw.open(transposeQuery(p));
      const map = page.getByRole('img', { name: /^Stamps per cell/ });
      const counts = () =>
        map
          .locator('.overlap-cell')
          .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-count'))));
      const expected = overlapCounts(p).flat();
      expect(new Set(expected), 'the oracle sees the uneven pattern').toEqual(new Set([1, 2, 4]));
      await expect.poll(counts, { message: 'stamps per output cell, row by row' }).toEqual(expected);
      await expect(map).toHaveAccessibleName(/counts 1, 2, 4/);

      await page.getByRole('radio', { name: 'Resize, then convolve' }).check();
      // Nearest-neighbour resize to 8×8, then a 'same' 3×3 convolution: every cell off the one-cell
      // border adds all 9 products, and no cell more.
      await expect.poll(async () => (await counts()).length, { message: 'the resized map is 8×8' }).toBe(64);
      const resized = await counts();
      const interior = resized.filter((_, i) => {
        const [r, c] = [Math.floor(i / 8), i % 8];
        return r > 0 && c > 0 && r < 7 && c < 7;
      });
      expect({ interior: [...new Set(interior)], max: Math.max(...resized) }).toEqual({
        interior: [9],
        max: 9,
      });
    });

    await test.step('dilation decides the coverage: taps 2 apart on stride 2 miss every other cell; 3 apart cover evenly', async () => {
      const kw = new KernelwisePage(page);
      const panel = page.getByRole('region', { name: 'Overlap: stamps per output cell' });
      const counts = () =>
        panel
          .locator('.overlap-cell')
          .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-count'))));
      const twoApart = transposeParams({ size: 6, k: 4, dilation: 2 });
      await kw.open(transposeQuery(twoApart));
      await expect
        .poll(counts, { message: 'stamps per output cell, dilation 2' })
        .toEqual(overlapCounts(twoApart).flat());
      expect(new Set(overlapCounts(twoApart).flat()), 'odd rows and columns are never reached').toContain(0);
      await expect(panel).toContainText('checkerboard');
      await expect(panel).not.toContainText('equally often');

      // Dilation 3 also allows output padding 2 (it must be smaller than the stride or the dilation).
      const threeApart = {
        ...twoApart,
        dilation: [3, 3] as [number, number],
        outpad: [2, 2] as [number, number],
      };
      await kw.field('Dilation').selectOption('3');
      await kw.field('Output padding').selectOption('2');
      await expect(kw.refusal()).toHaveCount(0);
      await expect
        .poll(counts, { message: 'stamps per output cell, dilation 3' })
        .toEqual(overlapCounts(threeApart).flat());
      // Rows and columns 9…10 are reachable by every tap: there, one count.
      const inner = overlapCounts(threeApart)
        .slice(9, 11)
        .flatMap((row) => row.slice(9, 11));
      expect(new Set(inner)).toEqual(new Set([4]));
      await expect(panel).toContainText('equally often');
      await expect(page.getByRole('region', { name: 'Output size' })).toContainText(
        'smaller than the dilation (3)',
      );
    });

    await test.step('output padding not smaller than the stride (outpad=2, stride 2)', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=transposed&outpad=2');
      await expect(kw.notice('outpad')).toBeVisible();
      await expect(kw.notices()).toContainText(/Output padding 2 .*smaller than the stride/);
      await expectTransposedStep(kw, defaults, 0);
      await kw.next().click();
      await expectTransposedStep(kw, defaults, 1);
    });

    await test.step('an output over 32×32 (size=32, stride=4)', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=transposed&size=32&stride=4');
      await expect(kw.notices()).toBeVisible();
      await expect(kw.notices()).toContainText(/127×127.*up to 32×32.*smaller input, stride/);
      await expectTransposedStep(kw, defaults, 0);
    });

    await test.step('a refused change in the panel keeps the last good view', async () => {
      const kw = new KernelwisePage(page);
      const p = transposeParams({ size: 3, k: 3, pad: 1, seed: 6 });
      await kw.open(transposeQuery(p, { step: 3 }));
      await expectTransposedStep(kw, p, 3);
      await kw.field('Output padding').selectOption('2');
      await expect(kw.refusal()).toBeVisible();
      await expect(kw.refusal()).toContainText(/Output padding 2 .*smaller than the stride/);
      await expectTransposedStep(kw, p, 3);
      expect(new URL(page.url()).searchParams.get('outpad') ?? '0', 'the URL keeps the good value').toBe('0');

      // A change that works clears the message: the output grows by a row and a column.
      await kw.field('Output padding').selectOption('1');
      await expect(kw.refusal()).toHaveCount(0);
      await expectTransposedStep(kw, { ...p, outpad: [1, 1] }, 3);
    });
  });
});
