/**
 * Wakes only the grid cells whose look changes. One store subscription works out, at each step or
 * hover, which cells' highlight flags differ (from the highlight maps and the step range passed
 * over) and calls just their listeners — instead of every cell running its own selector on every
 * store change (about 2,200 selectors a step on a 32×32 input). Anything else the flags depend on
 * (the configuration, the quiz) changes rarely and wakes every cell, which then re-reads its flags.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useStore, type KernelwiseState } from './store';
import { highlightFor, shownStepIndex, type Highlight } from './highlight';
import { operationFor } from './derived';

type Listener = () => void;
type Seen = Pick<
  KernelwiseState,
  'config' | 'step' | 'hover' | 'quiz' | 'revealed' | 'sizeAsked' | 'hints'
> & { highlight: Highlight | null; shown: number };

const listeners = new Map<string, Set<Listener>>();
let seen: Seen | null = null;
let stopWatching: (() => void) | null = null;

/** Input cells are `i:` + cellKey, output cells `o:` + their step index. */
export const inputSignal = (key: string) => `i:${key}`;
export const outputSignal = (index: number) => `o:${index}`;
/** An output cell lit by a hovered input, by its cellKey. */
export const outputLitSignal = (key: string) => `o-lit:${key}`;

const NO_CELLS = new Map<string, number>();

/**
 * The highlight of a window view. The switch to another view (transposed, image, stack) reaches this
 * listener before the window cells unmount, and window highlights do not exist for those: every
 * cell is woken by the configuration change anyway, so empty maps do.
 */
function windowHighlight(s: KernelwiseState): { highlight: Highlight | null; shown: number } {
  if (operationFor(s.config).family !== 'window') return { highlight: null, shown: s.step };
  return { highlight: highlightFor(s), shown: shownStepIndex(s) };
}

function snapshot(s: KernelwiseState): Seen {
  const { highlight, shown } = windowHighlight(s);
  return {
    config: s.config,
    step: s.step,
    hover: s.hover,
    quiz: s.quiz,
    revealed: s.revealed,
    sizeAsked: s.sizeAsked,
    hints: s.hints,
    highlight,
    shown,
  };
}

/** Keys whose flags differ between two highlight maps (forEach: no [key, value] pair per entry). */
function changedKeys(before: Map<string, number>, after: Map<string, number>, wake: (key: string) => void) {
  before.forEach((flags, key) => {
    if (after.get(key) !== flags) wake(key);
  });
  after.forEach((flags, key) => {
    if (!before.has(key) && flags !== 0) wake(key);
  });
}

function onStoreChange(state: KernelwiseState) {
  const before = seen;
  if (
    before &&
    before.config === state.config &&
    before.step === state.step &&
    before.hover === state.hover &&
    before.quiz === state.quiz &&
    before.revealed === state.revealed &&
    before.sizeAsked === state.sizeAsked &&
    before.hints === state.hints
  )
    return;
  const after = snapshot(state);
  seen = after;
  const woken = new Set<Listener>();
  const wake = (signal: string) => listeners.get(signal)?.forEach((listener) => woken.add(listener));
  const rare =
    !before ||
    before.config !== state.config ||
    before.quiz !== state.quiz ||
    before.revealed !== state.revealed ||
    before.sizeAsked !== state.sizeAsked ||
    before.hints !== state.hints;
  if (rare) {
    for (const set of listeners.values()) set.forEach((listener) => woken.add(listener));
  } else {
    changedKeys(before.highlight?.input ?? NO_CELLS, after.highlight?.input ?? NO_CELLS, (key) =>
      wake(inputSignal(key)),
    );
    // Output cells: lit by a hovered input, done/current over the steps passed, inspected when shown.
    changedKeys(before.highlight?.output ?? NO_CELLS, after.highlight?.output ?? NO_CELLS, (key) =>
      wake(outputLitSignal(key)),
    );
    const [low, high] = before.step < after.step ? [before.step, after.step] : [after.step, before.step];
    for (let index = low; index <= high; index++) wake(outputSignal(index));
    wake(outputSignal(before.shown));
    wake(outputSignal(after.shown));
  }
  woken.forEach((listener) => listener());
}

export function subscribeSignals(signals: readonly string[], listener: Listener): () => void {
  if (!stopWatching) {
    seen = snapshot(useStore.getState());
    stopWatching = useStore.subscribe(onStoreChange);
  }
  for (const signal of signals) {
    let set = listeners.get(signal);
    if (!set) listeners.set(signal, (set = new Set()));
    set.add(listener);
  }
  return () => {
    for (const signal of signals) {
      const set = listeners.get(signal);
      set?.delete(listener);
      if (set?.size === 0) listeners.delete(signal);
    }
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = null;
      seen = null;
    }
  };
}

/**
 * A number read from the store that changes only when one of `signals` is woken (or on a rare
 * change); `read` must be a pure function of the state. Like a zustand selector returning a
 * primitive, but run only for the cells a step touches.
 */
export function useCellSignal(
  signals: string | readonly [string, string],
  read: (state: KernelwiseState) => number,
): number {
  const first = typeof signals === 'string' ? signals : signals[0];
  const second = typeof signals === 'string' ? null : signals[1];
  const subscribeCell = useCallback(
    (listener: Listener) => subscribeSignals(second === null ? [first] : [first, second], listener),
    [first, second],
  );
  return useSyncExternalStore(subscribeCell, () => read(useStore.getState()));
}
