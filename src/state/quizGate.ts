/**
 * Predict, then reveal: what an open quiz question keeps off the page. With `quiz` on, every step
 * after `revealed` is a question until it is answered (or shown), and `sizeAsked` holds the output
 * size question after a change of shape. The quiz panel (a lazy chunk) chooses the question and
 * says, in `hints`, which parts stay in view; everything else is concealed, so nothing shows before
 * the panel has loaded.
 */
import type { KernelwiseState } from './store';

/** The current output's value (the cell, the status line, the arithmetic). */
export const SHOW_VALUE = 1;
/** Where the window is (its outline, data-in-window, the kernel taps). */
export const SHOW_WINDOW = 2;
/** Max pooling's winner (data-argmax). */
export const SHOW_WINNER = 4;
/** Transposed convolution's stamp counts (the overlap panel). */
export const SHOW_STAMPS = 8;

type Gate = Pick<KernelwiseState, 'quiz' | 'step' | 'revealed' | 'sizeAsked' | 'hints'>;

export const questionOpen = (s: Gate): boolean => s.quiz && (s.sizeAsked || s.step > s.revealed);

/** True when `part` (a SHOW_ bit) is kept off the page by the open question. */
export const concealed = (s: Gate, part: number): boolean => questionOpen(s) && !(s.hints & part);
