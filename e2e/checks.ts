// Assertions shared by the view specs: what a step must show (its window, its padding, its current
// output cell, the max-pooling winner) and what the finished output must hold, each computed by the
// oracle from the URL-given parameters and the values the page displays.
import { expect } from './fixtures';
import type { KernelwisePage, ShownGrid } from './kernelwise-page';
import {
  argmaxOfWindow,
  expectedOutput,
  geometryOf,
  inputCells,
  key,
  mismatches,
  outputCells,
  outputOfStep,
  queryFor,
  shownInput,
  shownOutput,
  windowOfStep,
  type ViewParams,
} from './oracle';

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

/**
 * Every assertion about one step, on one snapshot of the page's grids. What the page shows and what
 * the oracle expects are gathered into two objects and compared once, so a failure shows one diff
 * (and the check stays cheap: an expect per cell would be slow).
 */
export function assertStepShown(grids: ShownGrid[], p: ViewParams, index: number): void {
  const g = geometryOf(p);
  const inputs = inputCells(grids);
  const outputs = outputCells(grids);
  const taps = windowOfStep(p, index);

  // Padding: data-padded exactly on the cells outside [0, size), and no cell beyond the padding ring.
  const paddingProblems: string[] = [];
  for (const cell of inputs) {
    const where = `input channel ${cell.channel} (${cell.row}, ${cell.col})`;
    const outside = cell.row < 0 || cell.col < 0 || cell.row >= p.size[0] || cell.col >= p.size[1];
    if (cell.padded !== outside) paddingProblems.push(`${where}: data-padded is ${cell.padded}`);
    if (
      cell.row < -p.pad[0] ||
      cell.row >= p.size[0] + p.pad[0] ||
      cell.col < -p.pad[1] ||
      cell.col >= p.size[1] + p.pad[1]
    ) {
      paddingProblems.push(`${where}: beyond the padding`);
    }
  }
  const shownWindow = sorted(inputs.filter((c) => c.inWindow).map(key));
  const winners = inputs.filter((c) => c.argmax).map(key);

  const shown = {
    inputGrids: grids.filter((x) => x.label.startsWith('Input')).length,
    inputCells: inputs.length,
    paddingProblems,
    window: shownWindow,
    current: outputs.filter((c) => c.current).map((c) => ({ channel: c.outChannel, row: c.row, col: c.col })),
    outputCells: outputs.length,
    argmax: winners,
  };
  const expected = {
    inputGrids: p.cin,
    inputCells: p.cin * (p.size[0] + 2 * p.pad[0]) * (p.size[1] + 2 * p.pad[1]),
    paddingProblems: [],
    // row = outRow·stride − pad + kernelRow·dilation, and the same for columns.
    window: sorted(new Set(taps.map(key))),
    current: [outputOfStep(p, index)],
    outputCells: g.steps,
    // Max pooling: one winner, the first tap (kernel row, then column) holding the window's maximum.
    // Padding reads as −∞, so it never wins. Average pooling and convolutions have no winner.
    argmax: p.mode === 'maxpool' && p.pool === 'max' ? [key(argmaxOfWindow(shownInput(grids, p), taps))] : [],
  };
  expect(shown, `what step ${index + 1} of ${g.steps} shows`).toEqual(expected);
}

/** With every output shown (the last step), each must equal the oracle on the displayed values. */
export function assertOutputMatchesOracle(grids: ShownGrid[], p: ViewParams): void {
  const outputs = outputCells(grids);
  expect(outputs, 'output cells').toHaveLength(geometryOf(p).steps);
  const pending = outputs
    .filter((c) => c.ariaLabel.includes('not computed'))
    .map((c) => `(${c.row}, ${c.col})`);
  expect(pending, 'every output is computed at the last step').toEqual([]);
  expect(
    mismatches(shownOutput(grids, p), expectedOutput(grids, p)),
    'outputs that differ from the oracle',
  ).toEqual([]);
}

const stepPattern = (n: number, m: number) => new RegExp(`Step\\s+${n}\\s+of\\s+${m}(?!\\d)`);

/**
 * Waits for the status to say the step, then checks the grids, all on one snapshot of the page
 * (retried while React settles). `more` adds checks on the same snapshot.
 */
export async function expectStepShown(
  kw: KernelwisePage,
  p: ViewParams,
  index: number,
  more?: (grids: ShownGrid[]) => void,
): Promise<void> {
  const { steps } = geometryOf(p);
  await expect(async () => {
    const { status, grids } = await kw.snapshot();
    expect(status).toMatch(stepPattern(index + 1, steps));
    assertStepShown(grids, p, index);
    more?.(grids);
  }).toPass({ timeout: 5_000 });
}

/**
 * Opens the view with every geometric parameter spelled out, and checks none was refused. On a page
 * already showing the app it navigates in the app (kw.visit), so a walk of cases pays one page load.
 */
export async function openView(
  kw: KernelwisePage,
  p: ViewParams,
  extra: Record<string, string | number> = {},
): Promise<void> {
  await kw.visit(queryFor(p, extra));
  await expect(kw.notices(), 'the URL parameters are all accepted').toHaveCount(0);
}

/**
 * Walks a view with one page load: with `seek`, it opens on `?step=seek` and checks that step, then
 * First step; otherwise it opens on the first step. Then it presses Next step `presses` times and
 * checks that step, and finally Last step: there, with every output shown, the output must equal
 * the oracle on the displayed values.
 */
export async function walkView(
  kw: KernelwisePage,
  p: ViewParams,
  walk: { presses?: number; seek?: number },
): Promise<void> {
  const { steps } = geometryOf(p);
  const { presses = 0, seek } = walk;
  expect(presses, 'a middle step').toBeLessThan(steps - 1);
  if (seek !== undefined) {
    expect(seek, 'a middle step').toBeGreaterThan(0);
    expect(seek, 'a middle step').toBeLessThan(steps - 1);
    await openView(kw, p, { step: seek });
    await expectStepShown(kw, p, seek);
    await kw.first().click();
  } else {
    await openView(kw, p);
  }
  await expectStepShown(kw, p, 0);
  if (presses > 0) {
    for (let i = 0; i < presses; i++) await kw.next().click();
    await expectStepShown(kw, p, presses);
  }
  await kw.last().click();
  await expectStepShown(kw, p, steps - 1, (grids) => assertOutputMatchesOracle(grids, p));
}

/** Goes to the last step (unless there already) and compares every output with the oracle. */
export async function expectOutputMatchesOracle(kw: KernelwisePage, p: ViewParams): Promise<void> {
  const { steps } = geometryOf(p);
  // The Last step button is disabled when the view is already there.
  if (await kw.last().isEnabled()) await kw.last().click();
  await expect(async () => {
    const { status, grids } = await kw.snapshot();
    expect(status).toMatch(stepPattern(steps, steps));
    assertOutputMatchesOracle(grids, p);
  }).toPass({ timeout: 5_000 });
}
