/**
 * Predict, then reveal (issue 10 §2): before an output is shown, the student predicts it — its
 * value, the cells its window covers, the winner of a max pool, a transposed convolution's stamps
 * per cell, or after a change of shape the output size — and the app says right or wrong, reveals it
 * with its arithmetic, and keeps score. Loaded only when the quiz is turned on.
 *
 * Playback and the quiz: a forward step never skips a question (src/state/store.ts, moveTo), so
 * playing pauses at each one, and Next, → and Page Down wait until it is answered or shown.
 */
import { use, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../state/store';
import { operationFor } from '../state/derived';
import { questionOpen } from '../state/quizGate';
import { loadedModeView, loadModeView } from '../modes/viewCache';
import { sizeQuestion } from './check';
import { KIND_LABELS, type Question, type StepKind, type Verdict } from './types';
import { pickModeOf, record, scoreText, useQuizStore } from './quizStore';
import { AnswerForm } from './AnswerForm';
import { Feedback } from './Feedback';

/** Marks the open question answered (or shown): the app reveals it, and an embed tells its host. */
function reveal(question: Question, verdict: Verdict | null): void {
  record(question, verdict);
  const s = useStore.getState();
  const answer = verdict
    ? { answer: { kind: question.kind, correct: verdict.correct === true, step: s.step } }
    : {};
  useStore.setState(
    s.sizeAsked
      ? { sizeAsked: false, hints: 0, ...answer }
      : { revealed: Math.max(s.revealed, s.step), ...answer },
  );
}

export default function QuizPanel() {
  const mode = useStore((s) => s.config.mode);
  const config = useStore((s) => s.config);
  const step = useStore((s) => s.step);
  const open = useStore(questionOpen);
  const sizeAsked = useStore((s) => s.sizeAsked);
  const view = loadedModeView(mode) ?? use(loadModeView(mode));
  const builder = view.quiz;
  const op = operationFor(config);
  const kinds = builder?.kinds(op) ?? [];
  const [chosen, setChosen] = useState<StepKind>('value');
  const kind = kinds.includes(chosen) ? chosen : kinds[0];

  const question = useMemo((): Question | null => {
    if (!open || !builder) return null;
    if (sizeAsked) return sizeQuestion(builder.size(op));
    return kind ? builder.question(kind, op, step) : null;
  }, [open, sizeAsked, builder, kind, op, step]);

  // The question says what may stay in view; a view with nothing to ask here reveals at once.
  useEffect(() => {
    if (!open) return;
    if (!question) {
      const s = useStore.getState();
      useStore.setState(s.sizeAsked ? { sizeAsked: false } : { revealed: Math.max(s.revealed, s.step) });
      return;
    }
    useStore.setState({ hints: question.hints });
    useQuizStore.setState({ pickMode: pickModeOf(question), picks: [] });
  }, [open, question]);
  useEffect(() => () => useQuizStore.setState({ pickMode: null, picks: [] }), []);

  // Focus follows the panel's own flow (answer → Next → the next answer): when the control it was on
  // goes away it lands on the new one, never on <body>; focus anywhere else is left where it is.
  const first = useRef<HTMLInputElement | HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) first.current?.focus();
  }, [question]);

  const score = useQuizStore(scoreText);
  const last = useQuizStore((s) => s.last);

  return (
    <section className="panel quiz" aria-labelledby="quiz-heading">
      <div className="quiz-head">
        <h2 id="quiz-heading">Predict, then reveal</h2>
        <p className="quiz-score">{score}</p>
        {kinds.length > 1 && (
          <label className="quiz-kind">
            <span>Ask about</span>
            <select value={kind} onChange={(e) => setChosen(e.target.value as StepKind)}>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {question && last?.kind === 'size' && question.kind !== 'size' && <Feedback feedback={last} />}
      {question ? (
        <AnswerForm
          key={`${question.kind}:${step}:${sizeAsked}`}
          question={question}
          firstRef={first}
          onAnswer={(verdict) => reveal(question, verdict)}
          onShow={() => reveal(question, null)}
        />
      ) : (
        <Feedback feedback={last} firstRef={first} />
      )}
      {/* The last verdict, said once it is on screen; an open question's answer is in no text. */}
      <p className="visually-hidden" aria-live="polite">
        {last
          ? `${last.correct === null ? 'Shown' : last.correct ? 'Right' : 'Not quite'}: ${last.answer}. ${score}.`
          : ''}
      </p>
    </section>
  );
}
