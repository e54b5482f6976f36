/** The open question: its prompt, where to answer, Check and Show me. */
import { useState, type RefObject } from 'react';
import type { Question, Reply, Verdict } from './types';
import { useQuizStore } from './quizStore';

interface AnswerFormProps {
  question: Question;
  /** Gets the first control, so focus can land there when the question opens. */
  firstRef: RefObject<HTMLInputElement | HTMLButtonElement | null>;
  onAnswer: (verdict: Verdict) => void;
  onShow: () => void;
}

export function AnswerForm({ question, firstRef, onAnswer, onShow }: AnswerFormProps) {
  const [text, setText] = useState('');
  const [height, setHeight] = useState('');
  const [width, setWidth] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const picks = useQuizStore((s) => s.picks);
  const picking = question.reply === 'pick-one' || question.reply === 'pick-many';

  const check = () => {
    const reply: Reply =
      question.reply === 'number'
        ? { kind: 'number', text }
        : question.reply === 'size'
          ? { kind: 'size', height, width }
          : { kind: 'cells', cells: picks };
    const verdict = question.check(reply);
    if (verdict.correct === null) setProblem(verdict.problem ?? 'Answer first.');
    else onAnswer(verdict);
  };
  const invalid = problem ? true : undefined;

  return (
    <form
      className="quiz-form"
      onSubmit={(e) => {
        e.preventDefault();
        check();
      }}
    >
      <p className="quiz-prompt" id="quiz-prompt">
        {question.prompt}
      </p>
      {question.reply === 'number' && (
        <label className="quiz-field">
          <span>Your prediction</span>
          <input
            ref={firstRef as RefObject<HTMLInputElement>}
            inputMode="decimal"
            autoComplete="off"
            aria-describedby="quiz-prompt quiz-problem"
            aria-invalid={invalid}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
      )}
      {question.reply === 'size' && (
        <>
          <label className="quiz-field">
            <span>Output height</span>
            <input
              ref={firstRef as RefObject<HTMLInputElement>}
              inputMode="numeric"
              autoComplete="off"
              aria-describedby="quiz-prompt quiz-problem"
              aria-invalid={invalid}
              value={height}
              onChange={(e) => setHeight(e.target.value)}
            />
          </label>
          <label className="quiz-field">
            <span>Output width</span>
            <input
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={invalid}
              value={width}
              onChange={(e) => setWidth(e.target.value)}
            />
          </label>
        </>
      )}
      {picking && (
        <p className="quiz-picks">
          {picks.length} cell{picks.length === 1 ? '' : 's'} selected
        </p>
      )}
      <button
        type="submit"
        ref={picking ? (firstRef as RefObject<HTMLButtonElement>) : undefined}
        aria-describedby={picking ? 'quiz-prompt quiz-problem' : undefined}
      >
        Check
      </button>
      <button type="button" onClick={onShow}>
        Show me
      </button>
      <p id="quiz-problem" className="quiz-problem" role={problem ? 'alert' : undefined}>
        {problem}
      </p>
    </form>
  );
}
