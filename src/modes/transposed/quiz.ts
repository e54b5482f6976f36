/**
 * Questions for the transposed view: how many stamps reach an output cell the current step writes
 * (the compute module's stampCounts, which the overlap panel draws), and the output size.
 */
import { stampCounts } from '../../compute';
import { SHOW_VALUE, SHOW_WINDOW } from '../../state/quizGate';
import { numberVerdict } from '../../quiz/check';
import type { QuizBuilder } from '../../quiz/types';
import type { OperationBase } from '../operation';
import { asTransposed, type TransposedOperation } from './operation';

/** The output cell the step is about: the first one the stamp writes inside the output (scatter), or the cell it computes (gather). */
function cellOf(t: TransposedOperation, index: number): { row: number; col: number } {
  if (t.view === 'gather') return t.gatherAt(index).out;
  const target = t.scatterAt(index).targets.find((x) => !x.cropped);
  // A stamp cropped away whole (large padding) writes nothing inside: ask about the corner instead.
  return target ?? { row: 0, col: 0 };
}

export const transposedQuiz: QuizBuilder = {
  kinds: () => ['stamps'],
  question: (_kind, op: OperationBase, index) => {
    const t = asTransposed(op);
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
