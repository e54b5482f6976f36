/**
 * Judging replies. A typed value is right when it reads the same as the app would show the answer
 * (formatValue: about four significant digits), so 0.333 for 1/3 is right and 0.33 is not.
 */
import { formatValue } from '../state/cellEntry';
import type { Question, Reply, Verdict } from './types';

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const FRACTION = /^([-+]?\d+)\s*\/\s*(\d+)$/;

/** A typed number (a decimal, a negative, a fraction such as 1/9), or null. No range limit: sums can be large. */
export function readNumber(text: string): number | null {
  const t = text.trim().replace(/−/g, '-').replace(/,/g, '.');
  const fraction = FRACTION.exec(t);
  if (fraction) return Number(fraction[2]) === 0 ? null : Number(fraction[1]) / Number(fraction[2]);
  if (!DECIMAL.test(t)) return null;
  const value = Number(t);
  return Number.isFinite(value) ? value : null;
}

/** True when `guess` is `answer` at the precision the app shows values. */
export const sameAsShown = (guess: number, answer: number): boolean =>
  formatValue(guess) === formatValue(answer);

const NOT_A_NUMBER = 'Type a number, such as 4, -2.5 or 1/3.';

/** A typed-number question: right when it reads as `answer` does. */
export function numberVerdict(reply: Reply, answer: number): Verdict {
  const guess = reply.kind === 'number' ? readNumber(reply.text) : null;
  if (guess === null) return { correct: null, problem: NOT_A_NUMBER };
  return { correct: sameAsShown(guess, answer) };
}

/** Output height and width as whole numbers. */
export function sizeQuestion(size: { height: number; width: number; working: string }): Question {
  return {
    kind: 'size',
    answer: `the output is ${size.height} × ${size.width}`,
    working: size.working,
    prompt: 'These parameters are new. How large is the output (height × width)?',
    reply: 'size',
    hints: 0,
    check: (reply) => {
      const read = (text: string) => (/^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null);
      const height = reply.kind === 'size' ? read(reply.height) : null;
      const width = reply.kind === 'size' ? read(reply.width) : null;
      if (height === null || width === null)
        return { correct: null, problem: 'Type the height and the width as whole numbers.' };
      return { correct: height === size.height && width === size.width };
    },
  };
}

/** Cells picked against the cells that answer: the same set, no more and no fewer. */
export function cellsVerdict(reply: Reply, answer: ReadonlySet<string>): Verdict {
  const picked = reply.kind === 'cells' ? new Set(reply.cells) : new Set<string>();
  if (picked.size === 0) return { correct: null, problem: 'Select cells in the input grid first.' };
  const correct = picked.size === answer.size && [...picked].every((cell) => answer.has(cell));
  return { correct };
}
