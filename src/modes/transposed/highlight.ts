/**
 * Which cells of the transposed stage light up, from (configuration, step, hover), memoized on
 * them so each cell selects one small number. Scatter: the input cell being spread and the output
 * cells it writes. Gather: the window on the stretched input and the output cell it computes.
 * Hovering an output cell lights the same original input cells in both.
 */
import { transposeInputsReading } from '../../compute';
import { operationFor } from '../../state/derived';
import type { KernelwiseState } from '../../state/store';
import { asTransposed, type TransposedOperation } from './operation';

export const CURRENT = 1;
export const WRITTEN = 2;
export const LIT = 4;
export const DONE = 8;

export interface StampHighlight {
  op: TransposedOperation;
  /** The step shown: the hovered cell's when there is one, else the playback step. */
  index: number;
  /** Scatter input cells / gather canvas cells, by "channel:row:col". */
  input: Map<string, number>;
  /** Output cells, in output coordinates (ghost rows negative), by "channel:row:col". */
  output: Map<string, number>;
  /** Kernel slices in use, by "in:out". */
  kernels: Set<string>;
}

export const key = (channel: number, row: number, col: number): string => `${channel}:${row}:${col}`;

/** The quiz fields are absent outside quiz mode (and in tests). */
type Source = Pick<KernelwiseState, 'config' | 'step' | 'hover'> &
  Partial<Pick<KernelwiseState, 'quiz' | 'revealed'>>;
let last: { source: Source; index: number; value: StampHighlight } | null = null;

/** The hovered cell's step, else the playback step; in quiz mode hovering never shows a step not yet revealed. */
function shownIndex(op: TransposedOperation, s: Source): number {
  const g = op.geometry;
  const hover = s.hover;
  let index = s.step;
  if (op.view === 'scatter' && hover?.grid === 'input')
    index = (hover.channel * g.inputHeight + hover.row) * g.inputWidth + hover.col;
  if (op.view === 'gather' && hover?.grid === 'output' && hover.row >= 0 && hover.row < g.outHeight)
    index = (hover.channel * g.outHeight + hover.row) * g.outWidth + hover.col;
  return !s.quiz || index <= (s.revealed ?? -1) ? index : s.step;
}

export function stampHighlight(s: Source): StampHighlight {
  const op = asTransposed(operationFor(s.config));
  const index = shownIndex(op, s);
  if (
    last &&
    last.source.config === s.config &&
    last.source.step === s.step &&
    last.source.hover === s.hover &&
    last.index === index
  )
    return last.value;
  const g = op.geometry;
  const input = new Map<string, number>();
  const output = new Map<string, number>();
  const kernels = new Set<string>();
  const add = (map: Map<string, number>, k: string, bit: number) => map.set(k, (map.get(k) ?? 0) | bit);

  if (op.view === 'scatter') {
    const step = op.scatterAt(index);
    add(input, key(step.in.channel, step.in.row, step.in.col), CURRENT);
    for (const t of step.targets) {
      add(output, key(t.channel, t.row, t.col), WRITTEN);
      kernels.add(`${step.in.channel}:${t.channel}`);
    }
  } else {
    const step = op.gatherAt(index);
    for (const cell of step.window) {
      add(input, key(cell.channel, cell.row, cell.col), WRITTEN);
      kernels.add(`${cell.channel}:${step.out.channel}`);
    }
    add(output, key(step.out.channel, step.out.row, step.out.col), CURRENT);
  }
  const hover = s.hover;
  if (hover?.grid === 'output') {
    for (const cell of transposeInputsReading(g, hover.row, hover.col)) {
      for (let c = 0; c < g.inChannels; c++) {
        if (op.view === 'scatter') add(input, key(c, cell.row, cell.col), LIT);
        else {
          const [top, left] = op.gather.padding;
          add(input, key(c, cell.row * g.strideRow + top, cell.col * g.strideCol + left), LIT);
        }
      }
    }
  }
  const value = { op, index, input, output, kernels };
  last = { source: s, index, value };
  return value;
}
