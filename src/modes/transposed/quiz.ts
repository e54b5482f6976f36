/**
 * Questions for the transposed view: how many stamps reach an output cell the current step writes
 * (the compute module's stampCounts, which the overlap panel draws), and the output size. The gather
 * view computes one output cell per step, as any convolution does, so it also asks that cell's value.
 */
import { stampCounts } from '../../compute';
import { formatValue } from '../../state/cellEntry';
import { SHOW_STAMPS, SHOW_VALUE, SHOW_WINDOW } from '../../state/quizGate';
import { numberVerdict } from '../../quiz/check';
import type { Question, QuizBuilder } from '../../quiz/types';
import type { OperationBase } from '../operation';
import { asTransposed, type TransposedOperation } from './operation';

/** The output cell the step is about: the first one the stamp writes inside the output (scatter), or the cell it computes (gather). */
function cellOf(t: TransposedOperation, index: number): { row: number; col: number } {
  if (t.view === 'gather') return t.gatherAt(index).out;
  const target = t.scatterAt(index).targets.find((x) => !x.cropped);
  // A stamp cropped away whole (large padding) writes nothing inside: ask about the corner instead.
  return target ?? { row: 0, col: 0 };
}

/** The gather step's output cell: the sum of the window on the stretched input times the rotated kernel. */
function gatherValue(t: TransposedOperation, index: number): Question {
  const { channel, row, col } = t.gatherAt(index).out;
  const answer = t.output[channel]![row]![col]!;
  const name = `output${t.output.length > 1 ? ` channel ${channel + 1}` : ''} (${row}, ${col})`;
  return {
    kind: 'value',
    prompt: `What value does ${name} get? The window on the stretched input shows what it reads.`,
    reply: 'number',
    // The stamp counts say nothing of the value: the overlap map stays.
    hints: SHOW_WINDOW | SHOW_STAMPS,
    answer: `${name} = ${formatValue(answer)}`,
    check: (reply) => numberVerdict(reply, answer),
  };
}

export const transposedQuiz: QuizBuilder = {
  // A scatter step writes a part of many sums, never one finished value: only its stamps are asked.
  kinds: (op) => (asTransposed(op).view === 'gather' ? ['value', 'stamps'] : ['stamps']),
  question: (kind, op: OperationBase, index) => {
    const t = asTransposed(op);
    if (kind === 'value' && t.view === 'gather') return gatherValue(t, index);
    const { row, col } = cellOf(t, index);
    const answer = stampCounts(t.geometry)[row]![col]!;
    const where = `output (${row}, ${col})`;
    return {
      kind: 'stamps',
      prompt: `In all, how many stamps (input cells' scaled kernels) reach ${where}, counting every step?`,
      reply: 'number',
      hints: SHOW_VALUE | SHOW_WINDOW,
      answer: `${answer} stamp${answer === 1 ? '' : 's'} reach ${where}`,
      check: (reply) => numberVerdict(reply, answer),
    };
  },
  size: (op) => {
    const g = asTransposed(op).geometry;
    const axis = (n: number, s: number, p: number, d: number, k: number, o: number, out: number) =>
      `(${n} − 1)·${s} − 2·${p} + ${d}·(${k} − 1) + ${o} + 1 = ${out}`;
    return {
      height: g.outHeight,
      width: g.outWidth,
      working: `height ${axis(g.inputHeight, g.strideRow, g.padRow, g.dilationRow, g.kernelHeight, g.outPadRow, g.outHeight)}; width ${axis(g.inputWidth, g.strideCol, g.padCol, g.dilationCol, g.kernelWidth, g.outPadCol, g.outWidth)} ((n − 1)·s − 2p + d·(k − 1) + output padding + 1)`,
    };
  },
};
