/**
 * Cell signals wake only some cells: every cell whose flags change must be among them. The flags
 * are read afresh for every cell of every grid before and after each random action (the oracle), and
 * compared with what was woken.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { initialState, useStore, type KernelwiseState } from './store';
import { MODE_DEFAULTS, type Mode } from './config';
import { operationFor, windowOperationFor } from './derived';
import { cellKey, highlightFor } from './highlight';
import { inputSignal, outputLitSignal, outputSignal, subscribeSignals } from './cellSignals';
import { outputCellState } from './outputCellState';

vi.setConfig({ testTimeout: 60_000 });

interface Cell {
  name: string;
  signals: string[];
  read: (s: KernelwiseState) => number;
}

/** Every input and output cell the stage draws for the current configuration. */
function cellsOf(s: KernelwiseState): Cell[] {
  const op = windowOperationFor(s.config);
  const g = op.geometry;
  const { top, bottom, left, right } = g.padding;
  const cells: Cell[] = [];
  op.input.forEach((_, channel) => {
    for (let row = -top; row < g.inputHeight + bottom; row++)
      for (let col = -left; col < g.inputWidth + right; col++) {
        const key = cellKey(channel, row, col);
        cells.push({
          name: `input ${key}`,
          signals: [inputSignal(key)],
          read: (state) => highlightFor(state).input.get(key) ?? 0,
        });
      }
  });
  op.output.forEach((_, channel) => {
    for (let row = 0; row < g.outHeight; row++)
      for (let col = 0; col < g.outWidth; col++) {
        const index = (channel * g.outHeight + row) * g.outWidth + col;
        cells.push({
          name: `output ${cellKey(channel, row, col)}`,
          signals: [outputSignal(index), outputLitSignal(cellKey(channel, row, col))],
          read: (state) => outputCellState(state, channel, row, col, index),
        });
      }
  });
  return cells;
}

type Action =
  | { kind: 'seek'; to: number }
  | { kind: 'next' }
  | { kind: 'hover'; grid: 'input' | 'output' | 'kernel'; a: number; b: number }
  | { kind: 'term'; tap: number }
  | { kind: 'unhover' }
  | { kind: 'quiz'; on: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('seek' as const), to: fc.nat(200) }),
  fc.constant({ kind: 'next' as const }),
  fc.record({
    kind: fc.constant('hover' as const),
    grid: fc.constantFrom('input' as const, 'output' as const, 'kernel' as const),
    a: fc.integer({ min: -1, max: 9 }),
    b: fc.integer({ min: -1, max: 9 }),
  }),
  fc.record({ kind: fc.constant('term' as const), tap: fc.nat(30) }),
  fc.constant({ kind: 'unhover' as const }),
  fc.record({ kind: fc.constant('quiz' as const), on: fc.boolean() }),
);

function apply(a: Action) {
  const store = useStore.getState();
  if (a.kind === 'seek') store.seek(a.to);
  else if (a.kind === 'next') store.next();
  else if (a.kind === 'unhover') store.setHover(null);
  else if (a.kind === 'term') store.setHover({ grid: 'term', tap: a.tap });
  else if (a.kind === 'quiz') store.setQuiz(a.on);
  else if (a.grid === 'kernel') store.setHover({ grid: 'kernel', out: 0, channel: 0, row: a.a, col: a.b });
  else store.setHover({ grid: a.grid, channel: 0, row: a.a, col: a.b });
}

let stops: (() => void)[] = [];
beforeEach(() => useStore.setState(initialState()));
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

describe('cell signals', () => {
  const modes: Mode[] = ['standard', 'dilated', 'maxpool'];
  test.each(modes)('%s: every cell whose look changes is woken', (mode) => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), (actions) => {
        useStore.setState({ ...initialState(), config: MODE_DEFAULTS[mode] });
        const cells = cellsOf(useStore.getState());
        const woken = new Set<string>();
        stops = cells.map((cell) => subscribeSignals(cell.signals, () => woken.add(cell.name)));
        for (const a of actions) {
          const before = cells.map((cell) => cell.read(useStore.getState()));
          woken.clear();
          apply(a);
          cells.forEach((cell, i) => {
            if (cell.read(useStore.getState()) !== before[i])
              expect(woken, `${cell.name} changed on ${JSON.stringify(a)}`).toContain(cell.name);
          });
        }
        stops.forEach((stop) => stop());
        stops = [];
      }),
      { numRuns: 60 },
    );
  });

  test('one step forward wakes a few cells, not the grid', () => {
    useStore.setState({ ...initialState(), config: { ...MODE_DEFAULTS.standard, size: [16, 16] } });
    const cells = cellsOf(useStore.getState());
    const woken = new Set<string>();
    stops = cells.map((cell) => subscribeSignals(cell.signals, () => woken.add(cell.name)));
    useStore.getState().seek(20);
    woken.clear();
    useStore.getState().next();
    expect(cells.length).toBeGreaterThan(300);
    // The 3×3 window leaves three cells per channel and enters three; two outputs change status.
    expect(woken.size).toBeGreaterThan(0);
    expect(woken.size).toBeLessThanOrEqual(
      6 * windowOperationFor(useStore.getState().config).input.length + 2,
    );
  });

  test('switching from a window view to every other view wakes every cell and throws nothing', () => {
    const others = (Object.keys(MODE_DEFAULTS) as Mode[]).filter(
      (mode) => operationFor(MODE_DEFAULTS[mode]).family !== 'window',
    );
    expect(others.length).toBeGreaterThan(0);
    for (const mode of others) {
      useStore.setState({ ...initialState(), config: MODE_DEFAULTS.standard });
      const cells = cellsOf(useStore.getState());
      const woken = new Set<string>();
      stops = cells.map((cell) => subscribeSignals(cell.signals, () => woken.add(cell.name)));
      expect(() => useStore.getState().setMode(mode), mode).not.toThrow();
      expect(woken.size, mode).toBe(cells.length);
      stops.forEach((stop) => stop());
      stops = [];
    }
  });
});
