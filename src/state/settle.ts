/**
 * Makes any parsed configuration valid. Each value is in range on its own, but a combination can still
 * have no output (a 7×7 kernel on a 3×3 input): then the spatial parameters fall back step by step
 * to the view's defaults, with a notice saying which and why.
 */
import { defaultsFor, type Config } from './config';
import { MODE_REGISTRY } from '../modes/registry';
import { PARAMS, type ParamSpec } from '../modes/params';
import { BASE_CONFIG } from '../modes/types';
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
  ['layers'],
];

export function settleConfig(config: Config, notices: Notice[], previous?: Config): Config {
  let current = settleConflicts(config, notices, previous);
  let problem = configProblem(current);
  if (!problem) return current;
  const first = problem;
  const reset: string[] = [];
  for (const keys of FALLBACKS) {
    const defaults = defaultsFor(current.mode, current.pipeline, current.separable);
    const next = { ...current };
    for (const key of keys) Object.assign(next, { [key]: defaults[key] });
    current = next;
    // Name only what this view has: a reset outpad means nothing in the standard view.
    const shown: readonly string[] = MODE_REGISTRY[current.mode].params;
    reset.push(...keys.filter((k) => shown.includes(k)));
    if (keys.includes('input')) reset.push('the edited values');
    problem = configProblem(current);
    if (!problem) break;
  }
  if (problem) current = { ...defaultsFor(current.mode, current.pipeline, current.separable) };
  notices.push({
    param: reset.join(', '),
    message: `That combination has no output: ${first} Reset ${reset.join(', ')} to this view's defaults.`,
  });
  return current;
}

/**
 * A value that does not fit the others (groups that do not divide the channel counts) is ignored, with
 * its row's own reason: it falls back to the value in use before (an embed's `set`), else the view's
 * default, else the plain one (groups = 1), whichever fits first.
 */
function settleConflicts(config: Config, notices: Notice[], previous?: Config): Config {
  let current = config;
  for (const key of MODE_REGISTRY[config.mode].params) {
    const conflict = (PARAMS[key] as ParamSpec).conflict;
    const why = conflict?.(current);
    if (!conflict || !why) continue;
    notices.push({ param: key, message: `Ignored ${key}: ${why}` });
    const candidates = [
      ...(previous?.mode === config.mode ? [previous[key]] : []),
      defaultsFor(config.mode, config.pipeline, config.separable)[key],
    ];
    const fitting = candidates.find((value) => !conflict({ ...current, [key]: value }));
    current = { ...current, [key]: fitting ?? BASE_CONFIG[key] };
  }
  return current;
}
