/**
 * The grouped view asks what any convolution view asks; the depthwise-separable block (two stages,
 * its own operation) is asked only its output size.
 */
import { windowQuiz } from '../window/quiz';
import type { QuizBuilder } from '../../quiz/types';

export const groupedQuiz: QuizBuilder = {
  ...windowQuiz,
  kinds: (op) => (op.family === 'window' ? windowQuiz.kinds(op) : []),
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
