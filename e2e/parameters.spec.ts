// The Parameters panel and the URL: a valid change reshapes the grids and the step count; a change
// with no output is refused with a visible reason and the last valid configuration stays; a bad URL
// value is named in a notice and the page shows what it shows without it.
import { expect, test } from './fixtures';
import { KernelwisePage, type ShownGrid } from './kernelwise-page';
import { geometryOf, queryFor, viewParams } from './oracle';
import { expectOutputMatchesOracle, expectStepShown } from './checks';

/** What identifies a rendered configuration: each grid's name and cell positions, and the step count. */
async function shape(
  kw: KernelwisePage,
): Promise<{ grids: { label: string; cells: string[] }[]; steps: number }> {
  const grids = await kw.readGrids();
  const summary = (g: ShownGrid) => ({
    label: g.label,
    cells: g.cells.map((c) => `${c.channel}:${c.row}:${c.col}:${c.padded}=${c.text}`),
  });
  return { grids: grids.map(summary), steps: (await kw.stepText()).m };
}

const searchParam = (kw: KernelwisePage, name: string) => new URL(kw.page.url()).searchParams.get(name);

test.describe('parameters', () => {
  test('the Parameters panel: reshaping, refusals, padding same, average pooling (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('changing Input width reshapes the input, the output and the step count', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('standard', { size: 5, k: 3, pad: 1 });
      await kw.open(queryFor(p));
      await kw.field('Input width').fill('7');

      const wider = viewParams('standard', { size: [5, 7], k: 3, pad: 1 });
      const { steps, outHeight, outWidth } = geometryOf(wider);
      await kw.expectStep(1, steps);
      await expect(kw.grid('Input')).toHaveAttribute('aria-label', /^Input, 5 by 7\b/);
      const grids = await kw.readGrids();
      const input = grids.find((g) => g.label.startsWith('Input'))!;
      const columns = new Set(input.cells.filter((c) => !c.padded).map((c) => c.col));
      expect([...columns].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      const output = grids.find((g) => g.label.startsWith('Output'))!;
      expect(output.cells).toHaveLength(outHeight * outWidth);
      await expect.poll(() => searchParam(kw, 'size'), { message: 'the URL follows' }).toBe('5x7');
      await expectOutputMatchesOracle(kw, wider);
    });

    await test.step('changing Stride changes the step count to the output size', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(viewParams('standard', { size: 7, k: 3, pad: 1 })));
      await kw.field('Stride').selectOption('2');
      const strided = viewParams('standard', { size: 7, k: 3, pad: 1, stride: 2 });
      await kw.expectStep(1, geometryOf(strided).steps);
      await expectOutputMatchesOracle(kw, strided);
    });

    await test.step('a kernel larger than the input is refused, and the grids keep the last valid configuration', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(viewParams('standard', { size: 5, k: 3, pad: 0 })));
      // Size first (a 3×3 kernel still fits a 3×3 input), then the kernel.
      await kw.field('Input height').fill('3');
      await kw.field('Input width').fill('3');
      const valid = viewParams('standard', { size: 3, k: 3, pad: 0 });
      await kw.expectStep(1, geometryOf(valid).steps);
      await expect(kw.refusal()).toHaveCount(0);
      const lastValid = await shape(kw);

      await kw.field('Kernel height').fill('7');
      await expect(kw.refusal()).toBeVisible();
      await expect(kw.refusal()).toContainText('Not applied.');
      expect(await shape(kw), 'the grids are unchanged').toEqual(lastValid);
      await expect(kw.grid('Kernel')).toHaveAttribute('aria-label', /^Kernel, 3 by 3\b/);
      expect(searchParam(kw, 'k') ?? '3', 'the URL keeps the valid kernel').toBe('3');
      await expectOutputMatchesOracle(kw, valid);

      // A change that works clears the message.
      await kw.field('Kernel height').fill('2');
      await expect(kw.refusal()).toHaveCount(0);
      await expect(kw.grid('Kernel')).toHaveAttribute('aria-label', /^Kernel, 2 by 3\b/);
      await expectOutputMatchesOracle(kw, viewParams('standard', { size: 3, k: [2, 3], pad: 0 }));
    });

    await test.step('a dilation too large is refused from the select, which goes back to the value in use', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(viewParams('standard', { size: 5, k: 3, pad: 0 })));
      const before = await shape(kw);
      await kw.field('Dilation').selectOption('4');
      await expect(kw.refusal()).toBeVisible();
      await expect(kw.field('Dilation')).toHaveValue('1');
      expect(await shape(kw), 'the grids are unchanged').toEqual(before);
    });

    await test.step('Padding "same" keeps the output the size of the input (3×3 kernel, dilation 2: padding 2)', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(viewParams('standard', { size: 5, k: 3, dilation: 2, pad: 0, seed: 3 })));
      await kw.field('Padding').selectOption('same');
      // For an odd kernel, "same" pads d·(k−1)/2 on every side.
      const same = viewParams('standard', { size: 5, k: 3, dilation: 2, pad: 2, seed: 3 });
      expect(geometryOf(same).steps, 'the output is 5×5').toBe(25);
      await expectStepShown(kw, same, 0);
      await expectOutputMatchesOracle(kw, same);
    });

    await test.step('switching the max pooling view to average pooling', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(queryFor(viewParams('maxpool', { size: 6, k: 2 })));
      await kw.field('Pooling').selectOption('avg');
      await expect.poll(() => searchParam(kw, 'pool')).toBe('avg');
      await expectOutputMatchesOracle(kw, viewParams('maxpool', { size: 6, k: 2, pool: 'avg' }));
    });
  });
});

test.describe('bad URL values', () => {
  const cases = [
    { query: 'size=999', params: ['size'] },
    { query: 'stride=abc', params: ['stride'] },
    { query: 'mode=nope', params: ['mode'] },
    { query: 'size=999&stride=abc&k=3x0', params: ['size', 'stride', 'k'] },
  ];
  test('bad URL values: named in notices, reset, or ignored (each from a fresh load)', async ({ page }) => {
    test.setTimeout(120_000);
    await test.step('each is named in a notice, and the page shows the default view', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('');
      const standard = await shape(kw);
      await expect(kw.notices()).toHaveCount(0);
      for (const { query, params } of cases) {
        await kw.open(query);
        await expect(kw.notices()).toHaveCount(params.length);
        for (const param of params) {
          await expect(kw.notice(param), `a notice about ${param}`).toBeVisible();
          await expect(kw.notice(param)).toContainText(param);
        }
        await expect(kw.tab('Standard')).toHaveAttribute('aria-selected', 'true');
        expect(await shape(kw), `?${query} renders the default view`).toEqual(standard);
      }
    });

    await test.step('a combination with no output is reset with a notice, and the page still renders', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&size=3&k=7&pad=0');
      await expect(kw.notices()).not.toHaveCount(0);
      await expect(kw.notices().first()).toBeVisible();
      const { n, m } = await kw.stepText();
      expect(n).toBe(1);
      expect(m).toBeGreaterThan(0);
      await expect(kw.grid('Output')).toBeVisible();
    });

    await test.step('a parameter the view does not use is named in a notice', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=maxpool&dilation=2');
      await expect(kw.notice('dilation')).toBeVisible();
      await expect(kw.tab('Max pooling')).toHaveAttribute('aria-selected', 'true');
    });
  });
});
