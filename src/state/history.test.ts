/**
 * Which changes get a history entry (issue 8): changes that wipe edited values (Randomize, a new seed,
 * Reset values, a preset) are marked, so the URL writer pushes and Back restores the edits; a mark
 * never outlives its change, so a refused preset cannot turn the next slider tick into an entry.
 * The URL writer is stood in for by a store subscriber that takes the mark, as urlSync.ts does.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { MODE_DEFAULTS, type Size2 } from './config';
import { changeSeed, editInputValue, randomize, resetValues } from './edits';
import { markDeliberate, takeDeliberate } from './history';
import { applyPreset } from './presetEdit';
import { initialState, useStore } from './store';
import { MODES } from '../modes/registry';
import { loadModeView } from '../modes/viewCache';

/** For each configuration change, whether its URL write would push. */
let writes: boolean[] = [];
let stop: () => void = () => {};

// Presets come with each view, as in the app once a tab has shown.
beforeAll(async () => {
  await Promise.all(MODES.map(loadModeView));
});

beforeEach(() => {
  useStore.setState(initialState());
  takeDeliberate();
  writes = [];
  stop = useStore.subscribe((state, previous) => {
    if (state.config !== previous.config) writes.push(takeDeliberate());
  });
});
afterEach(() => stop());

const S = () => useStore.getState();

describe('changes that replace values are history entries', () => {
  test('Randomize, Reset values and a preset push', () => {
    editInputValue(0, 1, 1, 42);
    randomize(7);
    editInputValue(0, 0, 0, -3);
    resetValues();
    applyPreset('sobelX');
    expect(writes).toEqual([false, true, false, true, true]);
  });

  test('a seed typed after edits pushes once, however many digits follow', () => {
    editInputValue(0, 1, 1, 42);
    for (const seed of [1, 12, 123]) changeSeed(seed);
    expect(S().config.seed).toBe(123);
    expect(writes).toEqual([false, true, false, false]);
  });

  test('a pointwise channel preset pushes', () => {
    S().setMode('pointwise');
    writes = [];
    applyPreset('average');
    expect(S().config.kernel![0]!.map((plane) => plane[0]![0])).toEqual(Array(6).fill(1 / 6));
    expect(writes).toEqual([true]);
  });
});

describe('a refused change leaves no mark behind', () => {
  test('a refused preset: nothing written now, and the next change replaces', () => {
    // A 2×2 input, 1×1 kernel, no padding: Sharpen is always 3×3, which has no output there.
    S().change({ size: [2, 2] as Size2, k: [1, 1] as Size2, pad: [0, 0] as Size2 });
    writes = [];
    expect(applyPreset('sharpen')).toBe(false);
    expect(S().refusal).not.toBeNull();
    S().change({ stride: [2, 2] });
    expect(writes).toEqual([false]);
  });

  test('a mark set with markDeliberate lapses after its task, even when no change followed', async () => {
    markDeliberate();
    await Promise.resolve();
    expect(S().change({ seed: 5 })).toBe(true);
    expect(writes).toEqual([false]);
    expect(S().config).toEqual({ ...MODE_DEFAULTS.standard, seed: 5 });
  });
});
