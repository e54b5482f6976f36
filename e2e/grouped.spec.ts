// The grouped view (mode=grouped): the window lights only the current filter's group, kernels are
// labelled with the input channel's own number, the values equal an oracle written here from the
// definition (PyTorch's groups), the bias is the last term, the separable preset runs through both
// stages, and the cost table shows the MobileNet figures. Nothing here imports the app.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage, type ShownGrid } from './kernelwise-page';
import { parseShown, type Tensor3 } from './oracle';

/** out = floor((n + 2p − (k − 1) − 1) / s) + 1 at stride 1 and dilation 1. */
const outSize = (n: number, k: number, p: number) => n + 2 * p - k + 1;

const channelOf = (label: string) => Number(/channel (\d+)/.exec(label)?.[1] ?? '1') - 1;
const filterOf = (label: string) => Number(/filter (\d+)/.exec(label)![1]) - 1;

/** [channel][row][col] of the grids whose names start with `prefix`, padding left out. */
function planes(grids: ShownGrid[], prefix: string, channels: number, h: number, w: number): Tensor3 {
  const t: Tensor3 = Array.from({ length: channels }, () =>
    Array.from({ length: h }, () => Array<number>(w)),
  );
  for (const grid of grids.filter((g) => g.label.startsWith(prefix)))
    for (const cell of grid.cells)
      if (!cell.padded) t[channelOf(grid.label)]![cell.row]![cell.col] = parseShown(cell.text);
  return t;
}

/**
 * Grouped convolution from its definition, stride 1: filter o is in group g = ⌊o·G / C_out⌋ and reads
 * input channels g·C_in/G … (g+1)·C_in/G − 1; w[o][c][u][v] is indexed here by the input channel's
 * own number c (how the page labels it), not by its place in the group.
 */
function groupedConv(
  x: Tensor3,
  w: Map<string, number>,
  outs: number,
  groups: number,
  k: number,
  pad: number,
  bias: number[],
): Tensor3 {
  const ins = x.length;
  const [h, wd] = [x[0]!.length, x[0]![0]!.length];
  const at = (c: number, r: number, col: number) =>
    r < 0 || col < 0 || r >= h || col >= wd ? 0 : x[c]![r]![col]!;
  return Array.from({ length: outs }, (_, o) => {
    const group = Math.floor((o * groups) / outs);
    const first = group * (ins / groups);
    return Array.from({ length: outSize(h, k, pad) }, (_, i) =>
      Array.from({ length: outSize(wd, k, pad) }, (_, j) => {
        let sum = bias[o] ?? 0;
        for (let c = first; c < first + ins / groups; c++)
          for (let u = 0; u < k; u++)
            for (let v = 0; v < k; v++)
              sum += at(c, i - pad + u, j - pad + v) * w.get(`${o}:${c}:${u}:${v}`)!;
        return sum;
      }),
    );
  });
}

/** Every weight the page shows, keyed filter:inputChannel:row:col (filter and channel from the grid's name). */
function shownWeights(grids: ShownGrid[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const grid of grids.filter((g) => /^Kernel filter \d+, channel \d+/.test(g.label)))
    for (const cell of grid.cells)
      weights.set(
        `${filterOf(grid.label)}:${channelOf(grid.label)}:${cell.row}:${cell.col}`,
        parseShown(cell.text),
      );
  return weights;
}

async function biases(page: Page, count: number): Promise<number[]> {
  const values: number[] = [];
  for (let o = 0; o < count; o++)
    values.push(Number(await page.getByLabel(`Bias of filter ${o + 1}`).inputValue()));
  return values;
}

function expectClose(shown: Tensor3, expected: Tensor3): void {
  const problems: string[] = [];
  expected.forEach((plane, c) =>
    plane.forEach((row, r) =>
      row.forEach((e, col) => {
        const s = shown[c]?.[r]?.[col];
        if (s === undefined || Math.abs(s - e) > 0.051)
          problems.push(`channel ${c} (${r}, ${col}): shown ${s}, expected ${e}`);
      }),
    ),
  );
  expect(problems).toEqual([]);
}

test.describe('grouped convolution', () => {
  // 4 channels in 2 groups, 5×5, 3×3, no padding: 4 filters × 3 × 3 = 36 steps; step 22 is filter 3's.
  const query = 'mode=grouped&size=5&k=3&pad=0&cin=4&cout=4&groups=2&seed=3';

  test('grouped and depthwise-separable: windows, bias, refusals, stages, cost table, and bias in the standard view (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('the window lights only the current filter’s group; kernels name the input channel’s own number', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(`${query}&step=22`);
      await expect(kw.notices()).toHaveCount(0);
      await kw.expectStep(23, 36);
      await expect(page.getByRole('tab', { name: /^Grouped \/ depthwise/ })).toHaveAttribute(
        'aria-selected',
        'true',
      );

      // Filter 3 (step 22 = 2·9 + 4: output (1, 1)) is in group 2, which reads input channels 3 and 4.
      const { grids } = await kw.snapshot();
      const lit = grids
        .filter((g) => g.label.startsWith('Input'))
        .flatMap((g) =>
          g.cells.filter((c) => c.inWindow).map((c) => `${channelOf(g.label)}:${c.row}:${c.col}`),
        )
        .sort();
      const expected = [2, 3]
        .flatMap((c) => [1, 2, 3].flatMap((r) => [1, 2, 3].map((col) => `${c}:${r}:${col}`)))
        .sort();
      expect(lit).toEqual(expected);

      // Each filter holds only its group's slices, named by the input channel's own number.
      const kernels = grids
        .filter((g) => g.label.startsWith('Kernel'))
        .map((g) => g.label.replace(/, \d+ by \d+$/, ''));
      expect(kernels.sort()).toEqual(
        [
          'Kernel filter 1, channel 1',
          'Kernel filter 1, channel 2',
          'Kernel filter 2, channel 1',
          'Kernel filter 2, channel 2',
          'Kernel filter 3, channel 3',
          'Kernel filter 3, channel 4',
          'Kernel filter 4, channel 3',
          'Kernel filter 4, channel 4',
        ].sort(),
      );

      // The bands say so in words, not colour alone: group 2 is the one marked as playing.
      const active = page.locator('[data-active-group="true"]');
      await expect(active.first()).toContainText('group 2');
      await expect(active.filter({ has: kw.grid('Input channel 3') })).toHaveCount(1);
      await expect(active.filter({ has: kw.grid('Input channel 1') })).toHaveCount(0);
      await expect(page.getByRole('group', { name: /^Group 1: input channels 1–2/ })).toBeVisible();

      // The panel offers only the groups that divide both channel counts.
      await expect(kw.field('Groups').locator('option')).toHaveText(['1 (standard)', '2', '4 (depthwise)']);
    });

    await test.step('with bias, every output equals the oracle and the bias is the last term of the sum', async () => {
      const kw = new KernelwisePage(page);
      await kw.open(`${query}&bias=1&step=22`);
      await expect(kw.notices()).toHaveCount(0);
      const b = await biases(page, 4);

      const total = page.locator('.arith-total');
      const text = (await total.textContent()) ?? '';
      const m = /= (-?[\d.]+) \+ bias \(?(-?[\d.]+)\)? → output \(1, 1\) of channel 3 = (-?[\d.]+)/.exec(
        text,
      );
      expect(m, text).not.toBeNull();
      expect(Number(m![2])).toBe(b[2]);
      expect(Number(m![3])).toBeCloseTo(Number(m![1]) + b[2]!, 6);

      await kw.last().click();
      await kw.expectStep(36, 36);
      const { grids } = await kw.snapshot();
      const input = planes(grids, 'Input', 4, 5, 5);
      expectClose(planes(grids, 'Output', 4, 3, 3), groupedConv(input, shownWeights(grids), 4, 2, 3, 0, b));

      // A new bias is applied at once and shows in the code.
      await page.getByLabel('Bias of filter 1').fill('7');
      await page.getByLabel('Bias of filter 1').press('Enter');
      await kw.first().click();
      await expect(total).toContainText('+ bias 7 →');
      await expect(page.locator('.code-block')).toContainText('groups=2, bias=True');
    });

    await test.step('groups that do not divide the channels are refused, naming the nearest choices', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=grouped&cin=4&cout=4&groups=3');
      await expect(kw.notice('groups')).toContainText('try 2 or 4');
      await expect(kw.field('Groups')).toHaveValue('2');
      // Three input channels cannot be split in two: not applied, the view keeps four.
      await kw.field('Input channels').fill('3');
      await expect(kw.refusal()).toContainText('can only be 1');
      await expect(kw.grid('Input channel 4')).toBeVisible();
    });

    // 3 channels, 5×5, depthwise 3×3 → 3×3 maps (27 steps), then 1×1 to 4 channels (36 steps).
    await test.step('the step counter runs through the depthwise stage, then the pointwise stage; the values are the definition’s', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=grouped&separable=1&bias=1&seed=5');
      await expect(kw.notices()).toHaveCount(0);
      await kw.expectStep(1, 63);
      await expect(kw.status()).toContainText('depthwise stage');
      // The first depthwise step reads channel 1 only, its 3×3 top-left window.
      await expect(kw.windowCells('Input channel 1')).toHaveCount(9);
      await expect(kw.windowCells('Input channel 2')).toHaveCount(0);
      await expect(page.locator('[data-active-stage="true"][data-stage="depthwise"]')).toHaveCount(2);

      // Step 28 is the first pointwise one: it reads position (0, 0) of every depthwise channel.
      await kw.slider().fill('27');
      await kw.expectStep(28, 63);
      await expect(kw.status()).toContainText('pointwise stage');
      for (let c = 1; c <= 3; c++) {
        await expect(kw.windowCells(`Output of stage 1, channel ${c}`)).toHaveCount(1);
        await expect(kw.cell(`Output of stage 1, channel ${c}`, 0, 0)).toHaveAttribute(
          'data-in-window',
          'true',
        );
      }
      await expect(kw.cell('Output channel 1', 0, 0)).toHaveAttribute('data-current', 'true');
      await expect(page.locator('[data-active-stage="true"][data-stage="pointwise"]')).toHaveCount(2);

      await kw.last().click();
      await kw.expectStep(63, 63);
      const { grids } = await kw.snapshot();
      const input = planes(grids, 'Input', 3, 5, 5);
      // Depthwise: filter c reads channel c only (groups = C_in), no bias.
      const depthwise = groupedConv(input, shownWeights(grids), 3, 3, 3, 0, []);
      expectClose(planes(grids, 'Output of stage 1', 3, 3, 3), depthwise);
      // Pointwise: 1×1 filters drawn as a column, one weight per depthwise channel, then the bias.
      const pointwise = new Map<string, number>();
      for (const grid of grids.filter((g) => g.label.startsWith('Kernel pointwise filter')))
        for (const cell of grid.cells)
          pointwise.set(`${filterOf(grid.label)}:${cell.channel}:0:0`, parseShown(cell.text));
      const b = await biases(page, 4);
      expectClose(planes(grids, 'Output channel', 4, 3, 3), groupedConv(depthwise, pointwise, 4, 1, 1, 0, b));
      await expect(page.locator('.code-block')).toContainText('groups=3, bias=False');
    });

    await test.step('the cost table shows MobileNet’s worked example (Howard et al., 2017)', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=grouped');
      const table = page.locator('[data-cost-table="mobilenet"]');
      const row = (id: string) => table.locator(`tr[data-design="${id}"]`);
      const figures: [string, string, string][] = [
        ['standard', '18,432', '231,211,008'],
        ['grouped', '4,608', '57,802,752'],
        ['depthwise', '288', '3,612,672'],
        ['pointwise', '2,048', '25,690,112'],
        ['separable', '2,336', '29,302,784'],
      ];
      for (const [id, parameters, multiplyAdds] of figures) {
        await expect(row(id).locator('[data-figure="parameters"]')).toHaveText(parameters);
        await expect(row(id).locator('[data-figure="multiply-adds"]')).toHaveText(multiplyAdds);
      }
      await expect(row('grouped')).toContainText('groups = 4');
      await expect(page.locator('.grouped-cost')).toContainText('0.1267');
    });

    await test.step('the standard view with bias=1: the bias is the last term, and the code says bias=True', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=standard&bias=1&step=6');
      await expect(kw.notices()).toHaveCount(0);
      const [b] = await biases(page, 1);
      const text = (await page.locator('.arith-total').textContent()) ?? '';
      const m = /= (-?[\d.]+) \+ bias \(?(-?[\d.]+)\)? → output \(1, 1\) = (-?[\d.]+)$/.exec(text.trim());
      expect(m, text).not.toBeNull();
      expect(Number(m![2])).toBe(b);
      expect(Number(m![3])).toBeCloseTo(Number(m![1]) + b!, 6);
      await expect(page.locator('.code-block')).toContainText('bias=True');
    });
  });
});

test.describe('on a phone, 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: false });
  test('neither the grouped view nor the separable block scrolls sideways', async ({ page }) => {
    const kw = new KernelwisePage(page);
    for (const query of [
      'mode=grouped&bias=1',
      'mode=grouped&separable=1&bias=1',
      'mode=grouped&cin=8&groups=4',
    ]) {
      await kw.open(query);
      await expect(kw.grid('Output').first()).toBeVisible();
      const width = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(width[0], `${query}: document width`).toBeLessThanOrEqual(width[1]!);
    }
  });
});
