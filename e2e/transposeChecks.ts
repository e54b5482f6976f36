// What the transposed view must show at a step, checked against e2e/transposeOracle.ts on one
// snapshot of the page, fed with the values the page DISPLAYS (its input and kernel cells).
// Scatter: contract §3's current input cell, written output cells (ghosts included) and running
// sums. Gather: the stretched canvas's kinds, the window, the current output and its values.
import { expect } from './fixtures';
import { readGridsIn, type KernelwisePage } from './kernelwise-page';
import { displayTolerance, parseShown, type Tensor3, type Tensor4 } from './oracle';
import {
  canvasOf,
  convTranspose,
  gatherWindow,
  inputOfStep,
  outputOfStep,
  partialSums,
  posKey,
  stampOf,
  stepCount,
  transposeOutSize,
  type TransposeParams,
} from './transposeOracle';

export interface StageCell {
  row: number;
  col: number;
  channel: number;
  padded: boolean;
  inWindow: boolean;
  current: boolean;
  lit: boolean;
  kind: string | null;
  source: string | null;
  text: string;
  name: string;
}
export interface StageGrid {
  label: string;
  cells: StageCell[];
}

/** Every grid with its cells, the extra transposed hooks included (data-kind, data-source, cell--lit). */
export async function readStage(kw: KernelwisePage): Promise<{ status: string; grids: StageGrid[] }> {
  const grids = readGridsIn(kw.page).then((all) =>
    all.map(({ label, cells }) => ({
      label,
      cells: cells.map(({ ariaLabel, ...cell }) => ({ ...cell, name: ariaLabel })),
    })),
  );
  const [status, shown] = await Promise.all([kw.status().textContent(), grids]);
  return { status: status ?? '', grids: shown };
}

/** The channel a grid's name gives ("Output (large) channel 2", "Kernel filter 1, channel 2"), counted from 0. */
const channelOf = (label: string): number => Number(/channel (\d+)/.exec(label)?.[1] ?? 1) - 1;
const filterOf = (label: string): number => Number(/^Kernel filter (\d+)/.exec(label)?.[1] ?? 1) - 1;
const starting = (grids: StageGrid[], start: string) => grids.filter((g) => g.label.startsWith(start));

const zeros3 = (c: number, h: number, w: number): number[][][] =>
  Array.from({ length: c }, () => Array.from({ length: h }, () => new Array<number>(w).fill(NaN)));

/** The input the page shows: the small input's cells (scatter) or the canvas's real inputs (gather). */
export function shownInput(grids: StageGrid[], p: TransposeParams): Tensor3 {
  const t = zeros3(p.cin, p.size[0], p.size[1]);
  for (const grid of starting(grids, 'Input'))
    for (const cell of grid.cells) {
      if (p.view === 'scatter') t[channelOf(grid.label)]![cell.row]![cell.col] = parseShown(cell.text);
      else if (cell.source !== null) {
        const [i, j] = cell.source.split(',').map(Number) as [number, number];
        t[channelOf(grid.label)]![i]![j] = parseShown(cell.text);
      }
    }
  expect(t.flat(2).filter(Number.isNaN), 'input cells the page does not show').toEqual([]);
  return t;
}

/** The weights the page shows, as PyTorch's [in][out][row][col]; the gather view's are rotated 180° back. */
export function shownWeight(grids: StageGrid[], p: TransposeParams): Tensor4 {
  const w = Array.from({ length: p.cin }, () => zeros3(p.cout, p.k[0], p.k[1]));
  const [kh, kw] = p.k;
  for (const grid of starting(grids, 'Kernel')) {
    const [c, o] = [channelOf(grid.label), filterOf(grid.label)];
    for (const cell of grid.cells) {
      const [u, v] = p.view === 'scatter' ? [cell.row, cell.col] : [kh - 1 - cell.row, kw - 1 - cell.col];
      w[c]![o]![u]![v] = parseShown(cell.text);
    }
  }
  expect(w.flat(3).filter(Number.isNaN), 'weights the page does not show').toEqual([]);
  return w;
}

const outputCells = (grids: StageGrid[]) =>
  starting(grids, 'Output').flatMap((g) => g.cells.map((c) => ({ ...c, channel: channelOf(g.label) })));
const sorted = (keys: Iterable<string>) => [...new Set(keys)].sort();
/** An unreached or pending cell: no number in its text, nor after the colon of its name. */
const showsNoNumber = (c: StageCell) => c.text === '' && !/\d/.test(c.name.split(':').pop() ?? '');
/** True when a shown text is no number, or further from `expected` than the display's rounding. */
const off = (shown: string, expected: number) => {
  const value = shown === '' ? NaN : parseShown(shown);
  return !(Math.abs(value - expected) <= displayTolerance(expected));
};

/** Scatter step `index`, on one snapshot: current input, written outputs, ghosts, running sums. */
export function assertScatterStep(grids: StageGrid[], p: TransposeParams, index: number): void {
  const [oh, ow] = transposeOutSize(p);
  const input = shownInput(grids, p);
  const sums = partialSums(input, shownWeight(grids, p), p, index);
  const outputs = outputCells(grids);
  const stamp = stampOf(p, index);
  const problems: string[] = [];
  for (const cell of outputs) {
    const where = `output ${posKey(cell)}`;
    const ghost = cell.row < 0 || cell.col < 0 || cell.row >= oh || cell.col >= ow;
    if (cell.padded !== ghost) problems.push(`${where}: data-padded is ${cell.padded}`);
    const sum = sums.get(posKey(cell));
    if (sum === undefined && !showsNoNumber(cell))
      problems.push(`${where}: not reached, shows "${cell.text}"`);
    if (sum !== undefined && off(cell.text, sum))
      problems.push(`${where}: shows "${cell.text}", sum so far ${sum}`);
  }
  const rows = new Set(outputs.map((c) => c.row));
  const cols = new Set(outputs.map((c) => c.col));
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  const shown = {
    current: starting(grids, 'Input').flatMap((g) =>
      g.cells.filter((c) => c.current).map((c) => posKey({ ...c, channel: channelOf(g.label) })),
    ),
    outputCells: outputs.length,
    rows: [...rows].sort((a, b) => a - b),
    cols: [...cols].sort((a, b) => a - b),
    written: sorted(outputs.filter((c) => c.inWindow).map(posKey)),
    writtenGhosts: sorted(outputs.filter((c) => c.inWindow && c.padded).map(posKey)),
    problems,
  };
  const expected = {
    current: [posKey(inputOfStep(p, index))],
    outputCells: p.cout * (oh + 2 * p.pad[0]) * (ow + 2 * p.pad[1]),
    // The output plus the border padding cuts off, as ghost cells.
    rows: range(-p.pad[0], oh + p.pad[0]),
    cols: range(-p.pad[1], ow + p.pad[1]),
    written: sorted(stamp.map(posKey)),
    writtenGhosts: sorted(stamp.filter((t) => t.cropped).map(posKey)),
    problems: [],
  };
  expect(shown, `what scatter step ${index + 1} of ${stepCount(p)} shows`).toEqual(expected);
}

/** Gather step `index`: canvas kinds and sources, the window, the current output, values so far. */
export function assertGatherStep(grids: StageGrid[], p: TransposeParams, index: number): void {
  const canvas = canvasOf(p);
  const cells = starting(grids, 'Input').flatMap((g) =>
    g.cells.map((c) => ({ ...c, channel: channelOf(g.label) })),
  );
  const canvasProblems: string[] = [];
  for (const c of cells) {
    const kind = canvas.kind(c.row, c.col);
    const where = `canvas ${posKey(c)}`;
    if (c.kind !== kind) canvasProblems.push(`${where}: data-kind ${c.kind}, expected ${kind}`);
    if (c.source !== canvas.source(c.row, c.col)) canvasProblems.push(`${where}: data-source ${c.source}`);
    if (kind !== 'input' && c.text !== '0') canvasProblems.push(`${where}: a zero shows "${c.text}"`);
  }
  const final = convTranspose(shownInput(grids, p), shownWeight(grids, p), p);
  const [oh, ow] = transposeOutSize(p);
  const valueProblems: string[] = [];
  for (const c of outputCells(grids)) {
    const step = (c.channel * oh + c.row) * ow + c.col;
    const expected = final[c.channel]![c.row]![c.col]!;
    if (step > index && !showsNoNumber(c)) valueProblems.push(`${posKey(c)}: pending, shows "${c.text}"`);
    if (step <= index && off(c.text, expected))
      valueProblems.push(`${posKey(c)}: shows "${c.text}", expected ${expected}`);
  }
  const shown = {
    canvasCells: cells.length,
    canvasProblems,
    window: sorted(cells.filter((c) => c.inWindow).map(posKey)),
    current: outputCells(grids)
      .filter((c) => c.current)
      .map(posKey),
    outputCells: outputCells(grids).length,
    valueProblems,
  };
  const expected = {
    canvasCells: p.cin * canvas.height * canvas.width,
    canvasProblems: [],
    window: sorted(gatherWindow(p, index).map(posKey)),
    current: [posKey(outputOfStep(p, index))],
    outputCells: p.cout * oh * ow,
    valueProblems: [],
  };
  expect(shown, `what gather step ${index + 1} of ${stepCount(p)} shows`).toEqual(expected);
}

/** At the last scatter step, every output cell a stamp reached equals the definition's output. */
export function assertScatterFinal(grids: StageGrid[], p: TransposeParams): void {
  const final = convTranspose(shownInput(grids, p), shownWeight(grids, p), p);
  const problems = outputCells(grids)
    .filter((c) => !c.padded && !showsNoNumber(c))
    .filter((c) => off(c.text, final[c.channel]![c.row]![c.col]!))
    .map((c) => `${posKey(c)}: shows "${c.text}", expected ${final[c.channel]![c.row]![c.col]}`);
  expect(problems, 'finished outputs that differ from conv_transpose2d').toEqual([]);
}

const stepPattern = (n: number, m: number) => new RegExp(`Step\\s+${n}\\s+of\\s+${m}(?!\\d)`);

/** Waits for the status to announce step `index` (from 0), then checks it on one snapshot (retried while React settles). */
export async function expectTransposedStep(
  kw: KernelwisePage,
  p: TransposeParams,
  index: number,
): Promise<void> {
  const last = index === stepCount(p) - 1;
  await expect(async () => {
    const { status, grids } = await readStage(kw);
    expect(status).toMatch(stepPattern(index + 1, stepCount(p)));
    if (p.view === 'gather') assertGatherStep(grids, p, index);
    else {
      assertScatterStep(grids, p, index);
      if (last) assertScatterFinal(grids, p);
    }
  }).toPass({ timeout: 5_000 });
}
