/** After a question: right or wrong, the answer and how it comes out, and the way on. */
import type { RefObject } from 'react';
import { useStore } from '../state/store';
import { selectStepCount } from '../state/selectors';
import type { Feedback as FeedbackData } from './quizStore';

const verdictWord = (correct: boolean | null) => (correct === null ? 'shown' : correct ? 'right' : 'wrong');

/** `firstRef` absent: the verdict alone, above the next question (the output size's, say, before the first cell's). */
export function Feedback({
  feedback,
  firstRef,
}: {
  feedback: FeedbackData | null;
  firstRef?: RefObject<HTMLInputElement | HTMLButtonElement | null>;
}) {
  const atEnd = useStore((s) => s.step >= selectStepCount(s) - 1);
  const correct = feedback?.correct ?? null;
  return (
    <div className="quiz-feedback">
      {feedback && (
        <>
          <p className="quiz-asked">{feedback.prompt}</p>
          <p className={`quiz-verdict quiz-verdict--${verdictWord(correct)}`}>
            <strong>{correct === null ? 'Shown' : correct ? '✓ Right' : '✗ Not quite'}</strong>:{' '}
            {feedback.answer}
          </p>
          {feedback.working && <p className="quiz-working">{feedback.working}</p>}
        </>
      )}
      {!firstRef ? null : atEnd ? (
        <button
          type="button"
          ref={firstRef as RefObject<HTMLButtonElement>}
          onClick={() => useStore.setState({ step: 0, revealed: -1, hints: 0, playing: false })}
        >
          Start over
        </button>
      ) : (
        <button
          type="button"
          ref={firstRef as RefObject<HTMLButtonElement>}
          onClick={() => useStore.getState().next()}
        >
          Next question
        </button>
      )}
    </div>
  );
}
