/**
 * Makes any parsed configuration valid. Each value is in range on its own, but a combination can still
 * have no output (a 7×7 kernel on a 3×3 input): then the spatial parameters fall back step by step
 * to the view's defaults, with a notice saying which and why.
 */
import { defaultsFor, type Config } from './config';
import { configProblem } from './derived';
import type { Notice } from './urlParams';

const FALLBACKS: (keyof Config)[][] = [
  ['outpad'],
  ['dilation'],
  ['pad'],
  ['stride'],
  ['k'],
  ['size'],
  ['input', 'kernel'],
];

export function settleConfig(config: Config, notices: Notice[]): Config {
  let current = config;
  let problem = configProblem(current);
  if (!problem) return current;
  const first = problem;
  const reset: string[] = [];
  for (const keys of FALLBACKS) {
    const defaults = defaultsFor(current.mode, current.pipeline);
    const next = { ...current };
    for (const key of keys) Object.assign(next, { [key]: defaults[key] });
    current = next;
    reset.push(...keys.filter((k) => k !== 'input' && k !== 'kernel'));
    problem = configProblem(current);
    if (!problem) break;
  }
  if (problem) current = { ...defaultsFor(current.mode, current.pipeline) };
  notices.push({
    param: reset.join(', '),
    message: `That combination has no output: ${first} Reset ${reset.join(', ')} to this view's defaults.`,
  });
  return current;
}
