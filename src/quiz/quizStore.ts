/**
 * The quiz's own state, apart from the app's store: the cells picked in the input grid, the score,
 * and the last verdict. It loads with the quiz (and with the grids that can be picked from).
 */
import { create } from 'zustand';
import type { Question, Verdict } from './types';

export type PickMode = 'one' | 'many' | null;

export interface Feedback {
  kind: Question['kind'];
  prompt: string;
  answer: string;
  working?: string;
  /** Right or wrong, or null when the student chose "Show me". */
  correct: boolean | null;
}

interface QuizState {
  pickMode: PickMode;
  /** Picked input cells, as highlight's cellKey (channel:row:col). */
  picks: readonly string[];
  right: number;
  answered: number;
  shown: number;
  last: Feedback | null;
}

export const useQuizStore = create<QuizState>()(() => ({
  pickMode: null,
  picks: [],
  right: 0,
  answered: 0,
  shown: 0,
  last: null,
}));

export function togglePick(key: string): void {
  const { pickMode, picks } = useQuizStore.getState();
  if (!pickMode) return;
  const has = picks.includes(key);
  useQuizStore.setState({
    picks: has ? picks.filter((p) => p !== key) : pickMode === 'one' ? [key] : [...picks, key],
  });
}

export const pickModeOf = (question: Question | null): PickMode =>
  question?.reply === 'pick-one' ? 'one' : question?.reply === 'pick-many' ? 'many' : null;

/** Counts a verdict (or a "Show me", verdict null) and keeps it to show. */
export function record(question: Question, verdict: Verdict | null): void {
  const s = useQuizStore.getState();
  useQuizStore.setState({
    right: s.right + (verdict?.correct ? 1 : 0),
    answered: s.answered + (verdict ? 1 : 0),
    shown: s.shown + (verdict ? 0 : 1),
    last: {
      kind: question.kind,
      prompt: question.prompt,
      answer: question.answer,
      ...(question.working && { working: question.working }),
      correct: verdict ? verdict.correct === true : null,
    },
    picks: [],
    pickMode: null,
  });
}

export const scoreText = (s: Pick<QuizState, 'right' | 'answered' | 'shown'>): string =>
  `Score: ${s.right} of ${s.answered} right${s.shown > 0 ? `, ${s.shown} shown` : ''}`;
