// Predict, then reveal (quiz=1), by keyboard: each question kind, the answer kept out of the DOM
// (text, attributes, accessibility tree) until it is answered, the score, and the `answer` event
// reaching a host page on another origin. Answers come from e2e/oracle.ts, worked out from the
// values the page shows, never from the app's own numbers.
import type { FrameLocator, Page } from '@playwright/test';
import { expectNoViolations } from './axe-check';
import { expect, test } from './fixtures';
import { KernelwisePage, readGridsIn } from './kernelwise-page';
import {
  argmaxOfWindow,
  expectedOutput,
  key,
  outputOfStep,
  parseShown,
  queryFor,
  shownInput,
  viewParams,
  windowOfStep,
} from './oracle';
import { APP_ORIGIN, HOST_ORIGIN, openHost, received } from './embed-host';

type Scope = Page | FrameLocator;

const quiz = (scope: Scope) => scope.locator('section.quiz');

async function expectFocusKept(page: Page, after: string): Promise<void> {
  const onBody = await page.evaluate(
    () => !document.activeElement || document.activeElement === document.body,
  );
  expect(onBody, `focus is not on <body> after ${after}`).toBe(false);
}

/**
 * Where `answer` could leak before it is revealed: the text of the page, every attribute value
 * (title, aria-label, data-*), and the accessibility tree. `patterns` are the ways the app writes it.
 */
async function expectNowhere(page: Page, patterns: RegExp[], what: string): Promise<void> {
  const { text, attributes } = await page.evaluate(() => ({
    text: document.body.innerText,
    attributes: Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes).map((a) => `${a.name}=${a.value}`),
    ),
  }));
  const tree = await page.locator('body').ariaSnapshot();
  for (const pattern of patterns) {
    expect(text, `${what}: page text`).not.toMatch(pattern);
    expect(
      attributes.filter((a) => pattern.test(a)),
      `${what}: attributes`,
    ).toEqual([]);
    expect(tree, `${what}: accessibility tree`).not.toMatch(pattern);
  }
}

const escape = (n: number) => String(n).replace('-', '\\-');
/** How the app writes an output's value: "= 7" (status, arithmetic, verdict) or "(0, 1): 7" (a cell's name). */
const valuePatterns = (value: number) => [
  new RegExp(`= ${escape(value)}(?![\\d.])`),
  new RegExp(`column \\d+: ${escape(value)}(?![\\d.])`),
];

test.describe('predict, then reveal', () => {
  test('value, window cells, pooling winner and transposed stamps questions (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('the next output value: hidden until answered, judged, scored, announced, all by keyboard', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('standard', { size: 5, k: 3, pad: 1, seed: 3 });
      await kw.open(queryFor(p, { quiz: 1 }));
      const answerField = page.getByRole('textbox', { name: 'Your prediction' });
      await expect(answerField).toBeFocused();
      const expected = expectedOutput(await kw.readGrids(), p);

      // Step 1: output (0, 0). Nothing of its value is on the page; the window is, to work from.
      await expect(quiz(page)).toContainText('output (0, 0)');
      await expect(kw.cell('Output', 0, 0)).toHaveAttribute('data-current', 'true');
      await expect(kw.cell('Output', 0, 0)).toHaveText('');
      await expect(kw.windowCells('Input')).toHaveCount(9);
      const first = expected[0]![0]![0]!;
      await expectNowhere(page, valuePatterns(first), 'before the first answer');
      await expect(page.getByRole('status').filter({ hasText: /Step 1 of 25/ })).not.toContainText('=');

      // Next, → and Page Down wait for the answer.
      await page.getByRole('button', { name: 'Next step' }).click();
      await answerField.focus();
      await page.keyboard.press('PageDown');
      await kw.expectStep(1, 25);

      // A wrong prediction: said so, revealed with its arithmetic, counted.
      await page.keyboard.type(String(first + 1));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Not quite');
      await expect(quiz(page)).toContainText(`= ${first}`);
      await expect(quiz(page)).toContainText('Score: 0 of 1 right');
      await expect(page.locator('.arithmetic .result').first()).toHaveText(String(first));
      await expect(kw.cell('Output', 0, 0)).toHaveText(String(first));
      const next = page.getByRole('button', { name: 'Next question' });
      await expect(next).toBeFocused();

      // Next question: output (0, 1); the right value this time.
      await page.keyboard.press('Enter');
      await kw.expectStep(2, 25);
      await expect(answerField).toBeFocused();
      const second = expected[0]![0]![1]!;
      await expectNowhere(page, valuePatterns(second), 'before the second answer');
      await page.keyboard.type(String(second));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(quiz(page)).toContainText('Score: 1 of 2 right');
      await expect(quiz(page).locator('[aria-live="polite"]')).toContainText('Score: 1 of 2 right');
      await expectFocusKept(page, 'the second answer');

      // Show me reveals without scoring.
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Show me' }).focus();
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Shown');
      await expect(quiz(page)).toContainText('Score: 1 of 2 right, 1 shown');
      await expect(kw.cell('Output', 0, 2)).toHaveText(String(expected[0]![0]![2]!));
      await expectFocusKept(page, 'Show me');
    });

    await test.step('which cells the window covers: picked in the input grid by keyboard, hidden until checked', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('standard', { size: 5, k: 3, pad: 1, seed: 3 });
      await kw.open(queryFor(p, { quiz: 1 }));
      const kind = page.getByRole('combobox', { name: 'Ask about' });
      await kind.focus();
      await kind.selectOption({ label: 'which cells the window covers' });
      await expect(kind).toBeFocused();
      await expect(quiz(page)).toContainText('window for output (0, 0)');
      // The window is off the page: no marked cell, no outline.
      await expect(page.locator('[data-in-window="true"]')).toHaveCount(0);
      await expect(page.locator('.window-overlay:visible')).toHaveCount(0);

      const taps = windowOfStep(p, 0);
      // Tab from the panel's buttons into the input grid, then pick with the arrows and Space.
      await page.keyboard.press('Tab'); // Check
      await page.keyboard.press('Tab'); // Show me
      await page.keyboard.press('Tab'); // the input grid
      const active = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
        });
      expect(await active()).toEqual({ row: -1, col: -1 });
      // Walk the 3×3 window in a snake, picking each cell.
      const path = [
        'Space',
        'ArrowRight',
        'ArrowRight',
        'ArrowDown',
        'ArrowLeft',
        'ArrowLeft',
        'ArrowDown',
        'ArrowRight',
        'ArrowRight',
      ];
      for (const move of path) {
        if (move !== 'Space') await page.keyboard.press(move);
        await page.keyboard.press('Space');
      }
      const picked = await page
        .locator('[data-picked="true"]')
        .evaluateAll((cells) =>
          cells.map((c) => `0:${(c as HTMLElement).dataset.row}:${(c as HTMLElement).dataset.col}`),
        );
      expect(new Set(picked)).toEqual(new Set(taps.map(key)));
      await kw.expectStep(1, 25);
      await expect(quiz(page)).toContainText('9 cells selected');

      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(quiz(page)).toContainText('Score: 1 of 1 right');
      await expect(kw.windowCells('Input')).toHaveCount(9);
      await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
    });

    await test.step('max pooling: which cell wins, picked by keyboard; no winner marked before', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('maxpool', { size: 6, k: 2, seed: 5 });
      await kw.open(queryFor(p, { quiz: 1 }));
      await page.getByRole('combobox', { name: 'Ask about' }).selectOption({ label: 'which cell wins' });
      await expect(quiz(page)).toContainText('wins output (0, 0)');
      await expect(page.locator('[data-argmax="true"]')).toHaveCount(0);
      await expect(kw.windowCells('Input')).toHaveCount(4);
      const winner = argmaxOfWindow(shownInput(await kw.readGrids(), p), windowOfStep(p, 0));
      await expectNowhere(page, [/holding/, /max = /], 'before the winner is picked');

      await page.getByRole('button', { name: 'Show me' }).focus();
      await page.keyboard.press('Tab'); // the input grid, at (0, 0)
      for (let r = 0; r < winner.row; r++) await page.keyboard.press('ArrowDown');
      for (let c = 0; c < winner.col; c++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect(kw.cell('Input', winner.row, winner.col)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(page.locator('[data-argmax="true"]')).toHaveCount(1);
    });

    await test.step('transposed: how many stamps reach a cell; the overlap map waits for the answer', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=transposed&size=3&k=3&stride=2&quiz=1');
      const prompt = quiz(page).locator('.quiz-prompt');
      await expect(prompt).toContainText('stamps');
      const [, row, col] = /output \((\d+), (\d+)\)/
        .exec((await prompt.textContent())!)!
        .map(Number) as number[];
      await expect(page.locator('.overlap-cell')).toHaveCount(0);
      // Input cell (i, j) with tap (u, v) lands on (2i + u, 2j + v): count the input cells reaching it.
      let stamps = 0;
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++)
          if (row! - 2 * i >= 0 && row! - 2 * i < 3 && col! - 2 * j >= 0 && col! - 2 * j < 3) stamps++;
      await expect(page.getByRole('textbox', { name: 'Your prediction' })).toBeFocused();
      await page.keyboard.type(String(stamps));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(page.locator('.overlap-cell')).toHaveCount(49);
    });
  });

  test('separable, gather, output-size questions, and answers reaching a host page (each from a fresh load)', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await test.step('the depthwise-separable block: each stage’s next value, hidden until answered', async () => {
      const kw = new KernelwisePage(page);
      // 3 channels of 5×5, depthwise 3×3 → 3 maps of 3×3 (steps 1–27), then 1×1 to 4 channels.
      await kw.open('mode=grouped&separable=1&seed=5&quiz=1');
      const field = page.getByRole('textbox', { name: 'Your prediction' });
      await expect(field).toBeFocused();
      const grids = await kw.readGrids();
      const shown = (label: string) => {
        const grid = grids.find((g) => g.label.startsWith(label))!;
        return (r: number, c: number) => parseShown(grid.cells.find((x) => x.row === r && x.col === c)!.text);
      };
      // Depthwise filter c reads input channel c only: the top-left 3×3 window of each.
      const depthwise = [1, 2, 3].map((c) => {
        const [x, w] = [shown(`Input channel ${c},`), shown(`Kernel filter ${c}, channel ${c}`)];
        let sum = 0;
        for (let u = 0; u < 3; u++) for (let v = 0; v < 3; v++) sum += x(u, v) * w(u, v);
        return sum;
      });

      const asked = kw.cell('Output of stage 1, channel 1', 0, 0);
      await expect(quiz(page)).toContainText('depthwise output channel 1 (0, 0)');
      await expect(asked).toHaveText('');
      await expect(asked).toHaveAttribute('aria-label', /your prediction\?/);
      await expect(kw.windowCells('Input channel 1')).toHaveCount(9);
      await expectNowhere(page, valuePatterns(depthwise[0]!), 'before the depthwise answer');
      await page.keyboard.type(String(depthwise[0]));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(asked).toHaveText(String(depthwise[0]));

      // The lecturer skips ahead with Predict off, then asks again at the first pointwise step.
      const predict = page.getByRole('switch', { name: 'Predict' });
      await predict.uncheck();
      await kw.slider().fill('27');
      await kw.expectStep(28, 63);
      await predict.check();
      const column = grids.find((g) => g.label.startsWith('Kernel pointwise filter 1'))!.cells;
      const pointwiseWeight = (c: number) => parseShown(column.find((x) => x.channel === c)!.text);
      // Pointwise filter 1 mixes the three depthwise maps at (0, 0), one 1×1 weight each (drawn as a column).
      const value = depthwise.reduce((sum, d, c) => sum + d * pointwiseWeight(c), 0);
      const out = kw.cell('Output channel 1', 0, 0);
      await expect(quiz(page)).toContainText('output channel 1 (0, 0)');
      await expect(out).toHaveText('');
      await expect(out).toHaveAttribute('aria-label', /your prediction\?/);
      // Other cells may hold the same number: look for it where this cell's value would be written.
      await expectNowhere(
        page,
        [new RegExp(`\\(0, 0\\) = ${escape(value)}(?![\\d.])`)],
        'before the pointwise answer',
      );
      await page.getByRole('textbox', { name: 'Your prediction' }).fill(String(value));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(quiz(page)).toContainText('Score: 2 of 2 right');
      await expect(out).toHaveText(String(value));
    });

    await test.step('transposed, gather view: the next output value from the stretched input, hidden until answered', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=transposed&view=gather&size=3&k=3&stride=2&quiz=1');
      const kinds = page.getByRole('combobox', { name: 'Ask about' });
      await expect(kinds.getByRole('option')).toHaveText([
        'the next output value',
        'how many stamps reach a cell',
      ]);
      await expect(quiz(page)).toContainText('output (0, 0)');
      const grids = await kw.readGrids();
      const cells = (label: string) => grids.find((g) => g.label.startsWith(label))!.cells;
      // An ordinary convolution of the stretched input with the rotated kernel: its top-left 3×3 window.
      const canvas = cells('Input');
      const weight = cells('Kernel');
      let value = 0;
      for (const w of weight)
        value +=
          parseShown(w.text) * parseShown(canvas.find((c) => c.row === w.row && c.col === w.col)!.text);
      await expect(kw.cell('Output', 0, 0)).toHaveText('');
      await expect(kw.cell('Output', 0, 0)).toHaveAttribute('aria-label', /your prediction\?/);
      await expectNowhere(page, valuePatterns(value), 'before the answer');

      await page.getByRole('textbox', { name: 'Your prediction' }).fill(String(value));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(kw.cell('Output', 0, 0)).toHaveText(String(value));
      // Pointing at the next cell, not yet asked, shows nothing of its sum.
      await kw.cell('Output', 0, 1).hover();
      await expect(page.locator('.arith-total')).toContainText('output (0, 0)');
    });

    await test.step('after a parameter change, the output size first: grids and step count held back', async () => {
      const kw = new KernelwisePage(page);
      const p = viewParams('standard', { size: 5, k: 3, pad: 1, seed: 3 });
      await kw.open(queryFor(p, { quiz: 1 }));
      await kw.field('Stride').focus();
      await kw.field('Stride').selectOption('2');
      await expect(quiz(page)).toContainText('How large is the output');
      await expect(kw.grid('Output')).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: 'Step 1 of ?' })).toHaveCount(1);
      const side = Math.floor((5 + 2 * 1 - 1 * (3 - 1) - 1) / 2) + 1;
      await expectNowhere(page, [/\d+ by \d+/, /Step 1 of \d/, /= \d/], 'before the size is answered');

      await page.getByRole('textbox', { name: 'Output height' }).focus();
      await page.keyboard.type(String(side));
      await page.keyboard.press('Tab');
      await page.keyboard.type(String(side));
      await page.keyboard.press('Enter');
      await expect(quiz(page)).toContainText('Right');
      await expect(quiz(page)).toContainText(`= ${side}`);
      await expect(kw.grid('Output')).toHaveAttribute('aria-label', new RegExp(`${side} by ${side}`));
      await kw.expectStep(1, side * side);
      await expectFocusKept(page, 'the size answer');
    });

    await test.step('embedded: each answer reaches a host page on another origin as an answer event', async () => {
      const kw = await openHost(
        page,
        `embed=1&mode=standard&size=5&k=3&pad=1&seed=3&quiz=1&origin=${HOST_ORIGIN}`,
      );
      const field = kw.getByRole('textbox', { name: 'Your prediction' });
      await field.fill('99999');
      await field.press('Enter');
      await expect(quiz(kw)).toContainText('Not quite');
      await kw.getByRole('button', { name: 'Next question' }).press('Enter');
      const out = outputOfStep(viewParams('standard', { size: 5, k: 3, pad: 1 }), 1);
      const frameGrids = await readGridsIn(kw);
      const right = expectedOutput(frameGrids, viewParams('standard', { size: 5, k: 3, pad: 1 }))[0]![
        out.row
      ]![out.col]!;
      await field.fill(String(right));
      await field.press('Enter');
      await expect(quiz(kw)).toContainText('Right');
      await expect
        .poll(async () => (await received(page)).filter((r) => r.data.event === 'answer'), {
          timeout: 10_000,
        })
        .toHaveLength(2);
      const answers = (await received(page)).filter((r) => r.data.event === 'answer');
      expect(answers.map((r) => r.data)).toEqual([
        { kernelwise: 1, event: 'answer', kind: 'value', correct: false, step: 0 },
        { kernelwise: 1, event: 'answer', kind: 'value', correct: true, step: 1 },
      ]);
      for (const r of answers) {
        expect(r.origin, 'sent by the app').toBe(APP_ORIGIN);
        expect(r.fromFrame).toBe(true);
      }
    });
  });

  test('axe finds no WCAG 2.2 AA violation with a question open, cells picked, and after the answer', async ({
    page,
  }) => {
    test.setTimeout(180_000); // axe on a loaded 2-core machine
    const axe = (when: string) => expectNoViolations(page, when);
    const kw = new KernelwisePage(page);
    await kw.open('mode=maxpool&quiz=1');
    await expect(page.getByRole('textbox', { name: 'Your prediction' })).toBeFocused();
    await axe('a value question');
    await page.getByRole('combobox', { name: 'Ask about' }).selectOption({ label: 'which cell wins' });
    await kw.cell('Input', 0, 0).click();
    await expect(kw.cell('Input', 0, 0)).toHaveAttribute('aria-selected', 'true');
    await axe('a cell picked');
    await page.getByRole('button', { name: 'Show me' }).click();
    await expect(quiz(page)).toContainText('Shown');
    await axe('after the reveal');
  });
});
