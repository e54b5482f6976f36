/** What a person types into a cell: a decimal, a negative, or a fraction such as 1/9. */
import { LIMITS } from '../modes/types';

export type Entry = { ok: true; value: number } | { ok: false; reason: string };

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const FRACTION = /^([-+]?\d+)\s*\/\s*(\d+)$/;

export function parseCellEntry(text: string): Entry {
  const t = text.trim().replace(/−/g, '-').replace(/,/g, '.');
  if (t === '') return { ok: false, reason: 'Type a number' };
  if (t === '-' || t === '+' || t === '.') return { ok: false, reason: 'Finish the number' };
  let value: number;
  const fraction = FRACTION.exec(t);
  if (fraction) {
    const denominator = Number(fraction[2]);
    if (denominator === 0) return { ok: false, reason: 'Cannot divide by zero' };
    value = Number(fraction[1]) / denominator;
  } else if (DECIMAL.test(t)) {
    value = Number(t);
  } else {
    return { ok: false, reason: `"${text.slice(0, 12)}" is not a number` };
  }
  if (!Number.isFinite(value) || Math.abs(value) > LIMITS.value.max) {
    return { ok: false, reason: `Keep values within ±${LIMITS.value.max.toLocaleString('en')}` };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Numbers as a cell shows them: whole numbers plainly, others to about four significant digits
 * (3 decimals below 10, 2 below 100, 1 above), so the text reads back within 0.05% of the value.
 * ASCII minus, so the text a cell shows still reads back as a number (copy-paste, screen readers, tests).
 */
export function formatValue(value: number): string {
  if (value === -Infinity) return '-∞';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 1 : abs >= 10 ? 2 : 3;
  const rounded = Number(abs.toFixed(decimals));
  if (rounded === 0) return '0';
  const text = String(rounded).replace(/^0\./, '.');
  return value < 0 ? `-${text}` : text;
}
