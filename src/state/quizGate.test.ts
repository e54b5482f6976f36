/**
 * Predict, then reveal, as the store enforces it: in quiz mode no move skips a question, playing
 * stops at each one, a change of shape asks the output size, and what an open question conceals.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { initialState, stepCountOf, useStore } from './store';
import { concealed, questionOpen, SHOW_VALUE, SHOW_WINDOW } from './quizGate';
import { highlightFor, IN_WINDOW, ARGMAX } from './highlight';
import { MODE_DEFAULTS } from './config';

const S = () => useStore.getState();
/** What answering does (the quiz panel's reveal). */
const answer = () => {
  const s = S();
  useStore.setState(s.sizeAsked ? { sizeAsked: false } : { revealed: Math.max(s.revealed, s.step) });
};

beforeEach(() => useStore.setState(initialState()));

describe('quiz mode', () => {
  test('turning it on makes the step shown a question; Next waits for the answer', () => {
    S().next();
    S().setQuiz(true);
    expect(questionOpen(S())).toBe(true);
    S().next();
    S().last();
    S().seek(10);
    expect(S().step, 'no forward move while the question is open').toBe(1);
    answer();
    expect(questionOpen(S())).toBe(false);
    S().next();
    expect(S().step).toBe(2);
    expect(questionOpen(S())).toBe(true);
  });

  test('playing stops at the next question and cannot start while one is open', () => {
    S().setQuiz(true);
    S().play();
    expect(S().playing).toBe(false);
    answer();
    S().play();
    expect(S().playing).toBe(true);
    S().next(); // the playback clock's tick
    expect(S().playing).toBe(false);
    expect(questionOpen(S())).toBe(true);
  });

  test('moves back to revealed steps are free, and coming forward asks nothing twice', () => {
    S().setQuiz(true);
    for (let i = 0; i < 4; i++) {
      answer();
      S().next();
    }
    expect(S().step).toBe(4);
    S().first();
    expect(questionOpen(S())).toBe(false);
    S().seek(3);
    expect(questionOpen(S())).toBe(false);
    S().last();
    expect(S().step, 'a jump stops at the first unanswered step').toBe(4);
    expect(questionOpen(S())).toBe(true);
  });

  test('property: whatever the moves, the step is never past the first unanswered one', () => {
    const move = fc.constantFrom('next', 'previous', 'first', 'last', 'seek', 'play', 'answer');
    fc.assert(
      fc.property(fc.array(fc.tuple(move, fc.nat(40)), { maxLength: 60 }), (moves) => {
        useStore.setState(initialState());
        S().setQuiz(true);
        for (const [m, n] of moves) {
          if (m === 'answer') answer();
          else if (m === 'seek') S().seek(n);
          else S()[m]();
          expect(S().step).toBeLessThanOrEqual(S().revealed + 1);
          expect(S().step).toBeLessThan(stepCountOf(S().config));
          if (questionOpen(S())) expect(S().playing).toBe(false);
        }
      }),
    );
  });

  test('a change of output size asks the size first, from step 0; a change of values does not', () => {
    S().setQuiz(true);
    answer();
    S().next();
    answer();
    S().change({ seed: 7 });
    expect(S().sizeAsked).toBe(false);
    S().change({ size: [7, 7] });
    expect(S().sizeAsked).toBe(true);
    expect(S().step).toBe(0);
    expect(S().revealed).toBe(-1);
    answer();
    expect(S().sizeAsked).toBe(false);
    expect(questionOpen(S()), 'then the first output').toBe(true);
  });

  test('hints say what stays in view; everything is concealed until the panel says so', () => {
    S().setQuiz(true);
    expect(concealed(S(), SHOW_VALUE)).toBe(true);
    expect(concealed(S(), SHOW_WINDOW)).toBe(true);
    expect(highlightFor(S()).input.size, 'no window cell is marked').toBe(0);
    useStore.setState({ hints: SHOW_WINDOW });
    expect(concealed(S(), SHOW_VALUE)).toBe(true);
    expect([...highlightFor(S()).input.values()].every((f) => f & IN_WINDOW)).toBe(true);
    answer();
    expect(concealed(S(), SHOW_VALUE)).toBe(false);
  });

  test('max pooling: the winner stays unmarked while the window is shown, until answered', () => {
    S().setMode('maxpool');
    S().setQuiz(true);
    useStore.setState({ hints: SHOW_WINDOW });
    const flags = () => [...highlightFor(S()).input.values()];
    expect(flags().some((f) => f & ARGMAX)).toBe(false);
    answer();
    expect(flags().filter((f) => f & ARGMAX)).toHaveLength(1);
  });

  test('hovering an output not yet revealed shows the current step, not that one', () => {
    S().setQuiz(true);
    answer();
    const config = MODE_DEFAULTS.standard;
    useStore.setState({ hover: { grid: 'output', channel: 0, row: 3, col: 3 } });
    expect(highlightFor(S()).step.index).toBe(0);
    useStore.setState({ quiz: false });
    expect(highlightFor({ ...S(), config }).step.index).toBe(18);
  });
});
