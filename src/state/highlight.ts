/**
 * Which cells light up, derived from (configuration, step, hover) and memoized on them, so a 32×32
 * grid asks a Set per cell instead of each cell re-deriving windows. Cells select a small bit mask
 * (a primitive), so only cells whose flags change re-render.
 */
import { cellsUnderTap, outputsReading } from '../compute';
import type { Config } from './config';
import { windowOperationFor } from './derived';
import type { AnyStep } from './operation';
import type { HoverTarget, KernelwiseState } from './store';
import { concealed, SHOW_WINDOW, SHOW_WINNER } from './quizGate';

/** The state a highlight depends on; the quiz fields are absent outside quiz mode (and in tests). */
export type HighlightState = Pick<KernelwiseState, 'config' | 'step' | 'hover'> &
  Partial<Pick<KernelwiseState, 'quiz' | 'revealed' | 'sizeAsked' | 'hints'>>;

/** The quiz gate of a highlight state: which of the window and the winner an open question hides. */
function hiddenParts(s: HighlightState): number {
  if (!s.quiz) return 0;
  const gate = {
    quiz: true,
    step: s.step,
    revealed: s.revealed ?? -1,
    sizeAsked: !!s.sizeAsked,
    hints: s.hints ?? 0,
  };
  return (concealed(gate, SHOW_WINDOW) ? SHOW_WINDOW : 0) | (concealed(gate, SHOW_WINNER) ? SHOW_WINNER : 0);
}

export const IN_WINDOW = 1;
export const ARGMAX = 2;
export const LIT = 4;
export const TERM = 8;

export const DONE = 1;
export const CURRENT = 2;

export interface Highlight {
  /** The step shown: the hovered output's when there is one, else the playback step. */
  step: AnyStep;
  input: Map<string, number>;
  output: Map<string, number>;
  kernel: Map<string, number>;
}

export const cellKey = (channel: number, row: number, col: number): string => `${channel}:${row}:${col}`;

let last: {
  config: Config;
  step: number;
  hover: HoverTarget | null;
  hidden: number;
  index: number;
  value: Highlight;
} | null = null;

/** The hovered output's step, else the playback step; in quiz mode a step not yet revealed is never shown by hovering. */
export function shownStepIndex(state: HighlightState): number {
  const { hover, config, step } = state;
  if (hover?.grid === 'output') {
    const g = windowOperationFor(config).geometry;
    const index = (hover.channel * g.outHeight + hover.row) * g.outWidth + hover.col;
    if (!state.quiz || index <= (state.revealed ?? -1)) return index;
  }
  return step;
}

export function highlightFor(state: HighlightState): Highlight {
  const hidden = hiddenParts(state);
  const index = shownStepIndex(state);
  if (
    last &&
    last.config === state.config &&
    last.step === state.step &&
    last.hover === state.hover &&
    last.hidden === hidden &&
    last.index === index
  )
    return last.value;
  const op = windowOperationFor(state.config);
  const step = op.stepAt(index);
  // A hovered step other than the playback one is already revealed: nothing of it is hidden.
  const hide = index === state.step ? hidden : 0;
  const input = new Map<string, number>();
  const output = new Map<string, number>();
  const kernel = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, bit: number) => map.set(key, (map.get(key) ?? 0) | bit);

  const windowShown = !(hide & SHOW_WINDOW);
  if (windowShown)
    for (const cell of step.window) add(input, cellKey(cell.channel, cell.row, cell.col), IN_WINDOW);
  if (step.kind === 'max' && !(hide & SHOW_WINNER))
    add(input, cellKey(step.argmax.channel, step.argmax.row, step.argmax.col), ARGMAX);
  if (step.kind === 'conv' && windowShown) {
    for (const cell of step.window)
      add(kernel, kernelKey(step.out.channel, cell.channel, cell.kernelRow, cell.kernelCol), IN_WINDOW);
  }

  const hover = state.hover;
  if (hover?.grid === 'input') {
    // A convolution's filters of the input channel's group read it (every filter when groups = 1).
    const perGroup = op.output.length / op.groups;
    const firstChannel = Math.floor(hover.channel / (op.input.length / op.groups)) * perGroup;
    const channels = op.kind === 'conv' ? perGroup : 1;
    for (const o of outputsReading(op.geometry, hover.row, hover.col)) {
      for (let c = 0; c < channels; c++)
        add(output, cellKey(op.kind === 'conv' ? firstChannel + c : hover.channel, o.row, o.col), LIT);
    }
  } else if (hover?.grid === 'kernel') {
    for (const cell of cellsUnderTap(op.geometry, hover.row, hover.col))
      add(input, cellKey(hover.channel, cell.row, cell.col), LIT);
  } else if (hover?.grid === 'term') {
    const tap = step.window[hover.tap];
    if (tap) {
      add(input, cellKey(tap.channel, tap.row, tap.col), TERM);
      if (step.kind === 'conv')
        add(kernel, kernelKey(step.out.channel, tap.channel, tap.kernelRow, tap.kernelCol), TERM);
    }
  }
  const value: Highlight = { step, input, output, kernel };
  last = { config: state.config, step: state.step, hover: state.hover, hidden, index, value };
  return value;
}

/** Kernel cells are keyed by (filter·64 + input channel): one map serves every filter's grid. */
export const kernelKey = (out: number, channel: number, row: number, col: number): string =>
  cellKey(out * 64 + channel, row, col);
