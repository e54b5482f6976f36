/**
 * What the separable stage lights, derived from (configuration, step, hover) and memoized on them as
 * the window views' highlight is: the stage the step belongs to, the cells its window reads (in the
 * input for the depthwise stage, in the depthwise output for the pointwise one) and the weights it
 * multiplies. Pointing at a term of the arithmetic marks its cell and weight.
 */
import { cellKey, IN_WINDOW, kernelKey, TERM } from '../../state/highlight';
import { operationFor } from '../../state/derived';
import type { KernelwiseState } from '../../state/store';
import type { AnyStep } from '../window/operation';
import { asSeparable, type SeparableStage } from './separable';

export interface SeparableHighlight {
  stage: SeparableStage;
  /** The step within its stage. */
  local: number;
  step: AnyStep;
  /** Flags of the cells the step reads, by cellKey, in the grid its stage reads. */
  read: Map<string, number>;
  /** Flags of the weights, by kernelKey, in its stage's kernels. */
  kernel: Map<string, number>;
}

type Source = Pick<KernelwiseState, 'config' | 'step' | 'hover'>;
let last: { source: Source; value: SeparableHighlight } | null = null;

export function separableHighlight(state: Source): SeparableHighlight {
  if (
    last &&
    last.source.config === state.config &&
    last.source.step === state.step &&
    last.source.hover === state.hover
  )
    return last.value;
  const { stage, local, step } = asSeparable(operationFor(state.config)).stageAt(state.step);
  const read = new Map<string, number>();
  const kernel = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, bit: number) => map.set(key, (map.get(key) ?? 0) | bit);
  const weightKey = (channel: number, row: number, col: number) =>
    // A depthwise filter has one slice (its own channel); a pointwise filter one weight per channel.
    stage === 'depthwise'
      ? kernelKey(step.out.channel, 0, row, col)
      : kernelKey(step.out.channel, channel, 0, 0);
  for (const cell of step.window) {
    add(read, cellKey(cell.channel, cell.row, cell.col), IN_WINDOW);
    add(kernel, weightKey(cell.channel, cell.kernelRow, cell.kernelCol), IN_WINDOW);
  }
  const hover = state.hover;
  const tap = hover?.grid === 'term' ? step.window[hover.tap] : undefined;
  if (tap) {
    add(read, cellKey(tap.channel, tap.row, tap.col), TERM);
    add(kernel, weightKey(tap.channel, tap.kernelRow, tap.kernelCol), TERM);
  }
  const value = { stage, local, step, read, kernel };
  last = { source: { config: state.config, step: state.step, hover: state.hover }, value };
  return value;
}
