/** What an output cell shows, packed into one number so a cell reads a primitive. */
import type { KernelwiseState } from './store';
import { cellKey, CURRENT, DONE, highlightFor, LIT, shownStepIndex } from './highlight';
import { concealed, SHOW_VALUE } from './quizGate';

export const LIT_BIT = 4;
export const INSPECTED_BIT = 8;
export const HIDDEN_BIT = 16;

/** Status (pending/done/current in the low bits), lit, inspected and held back by a quiz question. */
export function outputCellState(
  s: KernelwiseState,
  channel: number,
  row: number,
  col: number,
  index: number,
): number {
  const status = index < s.step ? DONE : index === s.step ? CURRENT : 0;
  const hidden = status === CURRENT && concealed(s, SHOW_VALUE);
  const lit = ((highlightFor(s).output.get(cellKey(channel, row, col)) ?? 0) & LIT) !== 0;
  const inspected = s.hover?.grid === 'output' && shownStepIndex(s) === index;
  return status | (lit ? LIT_BIT : 0) | (inspected ? INSPECTED_BIT : 0) | (hidden ? HIDDEN_BIT : 0);
}
