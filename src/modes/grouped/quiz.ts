/**
 * The grouped view asks what any convolution view asks. The depthwise-separable block (two stages,
 * its own operation) asks the next value of the stage playing — a depthwise output, then a final
 * output — and its output size. Every answer is the compute module's own output, as the cell shows it.
 */
import { formatValue } from '../../state/cellEntry';
import { SHOW_WINDOW } from '../../state/quizGate';
import { numberVerdict } from '../../quiz/check';
import type { Question, QuizBuilder } from '../../quiz/types';
import type { OperationBase } from '../operation';
import { windowQuiz } from '../window/quiz';
import { asSeparable } from './separable';

/** The value of the separable block's step `index`: the cell its stage writes. */
function separableValue(op: OperationBase, index: number): Question {
  const s = asSeparable(op);
  const { stage, step } = s.stageAt(index);
  const { channel, row, col } = step.out;
  const answer = s[stage].output[channel]![row]![col]!;
  const depthwise = stage === 'depthwise';
  const name = `${depthwise ? 'depthwise output' : 'output'} channel ${channel + 1} (${row}, ${col})`;
  return {
    kind: 'value',
    prompt: depthwise
      ? `Stage 1: what value does ${name} get? Its filter reads input channel ${channel + 1} only; the window shows where.`
      : `Stage 2: what value does ${name} get? Its 1×1 filter mixes every depthwise channel at (${row}, ${col}).`,
    reply: 'number',
    hints: SHOW_WINDOW,
    answer: `${name} = ${formatValue(answer)}`,
    check: (reply) => numberVerdict(reply, answer),
  };
}

export const groupedQuiz: QuizBuilder = {
  ...windowQuiz,
  kinds: (op) => (op.family === 'window' ? windowQuiz.kinds(op) : ['value']),
  question: (kind, op, index) =>
    op.family === 'window' ? windowQuiz.question(kind, op, index) : separableValue(op, index),
  size: (op) => {
    if (op.family === 'window') return windowQuiz.size(op);
    const plane = op.output[0]!;
    // The 1×1 pointwise stage keeps the depthwise stage's size; that stage is a stride-1 convolution.
    return {
      height: plane.length,
      width: plane[0]!.length,
      working: 'the depthwise stage’s output size; the 1×1 pointwise stage keeps it',
    };
  },
};
