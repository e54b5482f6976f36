/**
 * Size budgets that fail the build: the JavaScript a first visit downloads before the page can
 * render, and the CSS, both gzipped, against the limits in budget.json (KB = 1024 bytes).
 */
import { readFileSync } from 'node:fs';

export interface Budget {
  /** Entry chunk plus its static imports, gzipped. */
  initialJavaScriptKB: number;
  /** Every stylesheet the build writes, gzipped. */
  cssKB: number;
}

export type Sizes = { [K in keyof Budget]: number }; // bytes, gzipped

const LABELS: Record<keyof Budget, string> = {
  initialJavaScriptKB: 'initial JavaScript',
  cssKB: 'CSS',
};

const KEYS = Object.keys(LABELS) as (keyof Budget)[];

/** Reads and checks the budget file: every limit present, a positive number of KB. */
export function parseBudget(text: string, source = 'budget.json'): Budget {
  const data: unknown = JSON.parse(text);
  if (typeof data !== 'object' || data === null) throw new Error(`${source}: expected an object of limits.`);
  const record = data as Record<string, unknown>;
  for (const key of KEYS) {
    const limit = record[key];
    if (typeof limit !== 'number' || !Number.isFinite(limit) || limit <= 0)
      throw new Error(
        `${source}: "${key}" must be a positive number of KB (gzipped); got ${JSON.stringify(limit)}.`,
      );
  }
  return { initialJavaScriptKB: record.initialJavaScriptKB as number, cssKB: record.cssKB as number };
}

export function readBudget(path: string): Budget {
  return parseBudget(readFileSync(path, 'utf8'), path);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export interface BudgetResult {
  /** One line per figure: its size and its limit. */
  lines: string[];
  /** One sentence per figure over its limit; empty when the build is within budget. */
  over: string[];
}

export function checkBudget(sizes: Sizes, budget: Budget): BudgetResult {
  const lines: string[] = [];
  const over: string[] = [];
  for (const key of KEYS) {
    const limitBytes = budget[key] * 1024;
    const size = sizes[key];
    const within = size <= limitBytes;
    lines.push(`${LABELS[key]}: ${kb(size)} KB gzipped (budget ${budget[key]} KB)${within ? '' : ' OVER'}`);
    if (!within)
      over.push(
        `${LABELS[key]} is ${kb(size)} KB gzipped (${size} bytes), over its budget of ${budget[key]} KB (${limitBytes} bytes)`,
      );
  }
  return { lines, over };
}
