/**
 * Predict, then reveal: what a question is, how it is answered and judged. Each mode's view chunk
 * builds its own questions from the compute module's results (`ModeViewModule.quiz`); the panel only
 * asks them and keeps score.
 */
import type { Operation } from '../modes/operation';

/** The output size is asked of every view (after a change of shape); the others per step. */
export type QuizKind = 'size' | 'value' | 'window' | 'winner' | 'stamps';
export type StepKind = Exclude<QuizKind, 'size'>;

export const KIND_LABELS: Record<QuizKind, string> = {
  size: 'the output size',
  value: 'the next output value',
  window: 'which cells the window covers',
  winner: 'which cell wins',
  stamps: 'how many stamps reach a cell',
};

/** What the student gave: typed text, a height and a width, or cells picked in the input grid. */
export type Reply =
  | { kind: 'number'; text: string }
  | { kind: 'size'; height: string; width: string }
  | { kind: 'cells'; cells: readonly string[] };

export interface Verdict {
  /** Null when the reply cannot be judged (not a number, nothing picked): say why and ask again. */
  correct: boolean | null;
  problem?: string;
}

export interface Question {
  kind: QuizKind;
  /** Names what to predict, never its answer. */
  prompt: string;
  /** How it is answered: typed, or by picking cells of the input grid (one, or several). */
  reply: 'number' | 'size' | 'pick-one' | 'pick-many';
  /** The right answer in words: on the page (and announced) only once it is answered or shown. */
  answer: string;
  /** How it comes out: the formula with the numbers, where the view has no arithmetic panel for it. */
  working?: string;
  /** What stays in view while it is open (SHOW_ bits of src/state/quizGate.ts). */
  hints: number;
  check: (reply: Reply) => Verdict;
}

/** A mode's questions: which kinds it asks at a step, and each question. */
export interface QuizBuilder {
  kinds: (op: Operation) => readonly StepKind[];
  question: (kind: StepKind, op: Operation, step: number) => Question;
  /** The output size and its formula with this operation's numbers. */
  size: (op: Operation) => { height: number; width: number; working: string };
}
