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

/** One typed answer: a labelled field that never autocompletes. */
function AnswerField(props: {
  label: string;
  mode: 'decimal' | 'numeric';
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  inputRef?: RefObject<HTMLInputElement>;
  describedBy?: string;
}) {
  return (
    <label className="quiz-field">
      <span>{props.label}</span>
      <input
        ref={props.inputRef}
        inputMode={props.mode}
        autoComplete="off"
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
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
  const invalid = problem !== null;
  // The first field takes focus when the question opens and is described by the prompt and problem.
  const field = (first: boolean) => ({
    invalid,
    ...(first && {
      inputRef: firstRef as RefObject<HTMLInputElement>,
      describedBy: 'quiz-prompt quiz-problem',
    }),
  });

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
        <AnswerField
          label="Your prediction"
          mode="decimal"
          value={text}
          onChange={setText}
          {...field(true)}
        />
      )}
      {question.reply === 'size' && (
        <>
          <AnswerField
            label="Output height"
            mode="numeric"
            value={height}
            onChange={setHeight}
            {...field(true)}
          />
          <AnswerField
            label="Output width"
            mode="numeric"
            value={width}
            onChange={setWidth}
            {...field(false)}
          />
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
