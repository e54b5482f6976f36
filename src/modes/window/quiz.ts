/**
 * Questions for the window family (convolution and pooling): the next output's value, which input
 * cells its window reads, and in max pooling which of them wins. Every answer is the compute
 * module's own step (`stepAt`) or output; nothing is recomputed here.
 */
import { formatValue } from '../../state/cellEntry';
import { cellKey } from '../../state/highlight';
import { SHOW_WINDOW } from '../../state/quizGate';
import { cellsVerdict, numberVerdict, sameAsShown } from '../../quiz/check';
import type { Question, QuizBuilder, Reply, StepKind } from '../../quiz/types';
import type { OperationBase } from '../operation';
import { asWindow, type AnyStep, type WindowOperation } from './operation';

const outName = (op: WindowOperation, step: AnyStep) =>
  `output${op.output.length > 1 ? ` channel ${step.out.channel + 1}` : ''} (${step.out.row}, ${step.out.col})`;

function valueQuestion(op: WindowOperation, step: AnyStep): Question {
  // What the cell will show: after ReLU where the view applies it.
  const answer = op.shownOutput[step.out.channel]![step.out.row]![step.out.col]!;
  return {
    kind: 'value',
    prompt: `What value does ${outName(op, step)} get? The window shows what it reads.`,
    reply: 'number',
    hints: SHOW_WINDOW,
    answer: `${outName(op, step)} = ${formatValue(answer)}`,
    check: (reply) => numberVerdict(reply, answer),
  };
}

function windowQuestion(op: WindowOperation, step: AnyStep): Question {
  // A convolution's window reads several channels at the same places: ask about the first one.
  const channel = step.window[0]!.channel;
  const cells = step.window.filter((c) => c.channel === channel);
  const answer = new Set(cells.map((c) => cellKey(c.channel, c.row, c.col)));
  const channelText = op.input.length > 1 ? ` of input channel ${channel + 1}` : '';
  const places = cells.map((c) => (c.padded ? `(${c.row}, ${c.col}) padding` : `(${c.row}, ${c.col})`));
  return {
    kind: 'window',
    prompt: `Which cells${channelText} does the window for ${outName(op, step)} cover? Select them in the input grid (Enter or Space), then Check.`,
    reply: 'pick-many',
    hints: 0,
    answer: `${cells.length} cell${cells.length === 1 ? '' : 's'}${channelText}: ${places.join(', ')}`,
    check: (reply) => cellsVerdict(reply, answer),
  };
}

function winnerQuestion(op: WindowOperation, step: AnyStep): Question {
  if (step.kind !== 'max') throw new Error('Only max pooling has a winner.');
  const { argmax, result } = step;

  const inWindow = new Map(step.window.map((c) => [cellKey(c.channel, c.row, c.col), c.value]));
  return {
    kind: 'winner',
    prompt: `Which cell of the window wins ${outName(op, step)}? Select it in the input grid, then Check.`,
    reply: 'pick-one',
    hints: SHOW_WINDOW,
    answer: `input (${argmax.row}, ${argmax.col}), holding ${formatValue(result)}`,
    check: (reply: Reply) => {
      const picked = reply.kind === 'cells' ? reply.cells : [];
      if (picked.length !== 1) return { correct: null, problem: 'Select exactly one cell of the window.' };
      // A tie is a right answer too: any cell holding the maximum wins (the app marks the first).
      const value = inWindow.get(picked[0]!);
      return { correct: value !== undefined && sameAsShown(value, result) };
    },
  };
}

export const windowQuiz: QuizBuilder = {
  kinds: (op: OperationBase): readonly StepKind[] => {
    const w = asWindow(op);
    return w.kind === 'max' ? ['value', 'window', 'winner'] : ['value', 'window'];
  },
  question: (kind, op, index) => {
    const w = asWindow(op);
    const step = w.stepAt(index);
    if (kind === 'window') return windowQuestion(w, step);
    if (kind === 'winner') return winnerQuestion(w, step);
    return valueQuestion(w, step);
  },
  size: (op) => {
    const g = asWindow(op).geometry;
    const axis = (n: number, p: number, d: number, k: number, s: number, out: number) =>
      `⌊(${n} + ${p} − ${d}·(${k} − 1) − 1) / ${s}⌋ + 1 = ${out}`;
    const { top, bottom, left, right } = g.padding;
    return {
      height: g.outHeight,
      width: g.outWidth,
      working: `height ${axis(g.inputHeight, top + bottom, g.dilationRow, g.kernelHeight, g.strideRow, g.outHeight)}; width ${axis(g.inputWidth, left + right, g.dilationCol, g.kernelWidth, g.strideCol, g.outWidth)} (⌊(n + total padding − d·(k − 1) − 1) / s⌋ + 1)`,
    };
  },
};
