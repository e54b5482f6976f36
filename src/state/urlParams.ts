/**
 * Reading and writing the query string (contract §2). Parsing is strict — digits only where numbers
 * are meant, ranges enforced — and never throws: whatever is refused falls back to its default and
 * produces a notice naming the parameter and the reason.
 */
import { LIMITS, type Config } from '../modes/types';
import { isMode, MODE_REGISTRY, MODES, type Mode } from '../modes/registry';
import {
  PARAM_KEYS,
  PARAMS,
  readFlag,
  readInt,
  type ParamKey,
  type ParamSpec,
  type Read,
} from '../modes/params';
import { decodePlanes, decodeValues, encodePlanes, encodeValues } from './valueCodec';
import { effectiveStride } from './config';
import { biasValues, inputValues, kernelShape, kernelValues } from './operation';

export interface Notice {
  param: string;
  message: string;
}

/** Everything the URL can set besides the configuration. */
export interface Session {
  step: number;
  speed: number;
  loop: boolean;
  autoplay: boolean;
  embed: boolean;
  controls: boolean;
  origin: string | null;
  /** Predict, then reveal: each output is a question before it is shown. */
  quiz: boolean;
}

export const SESSION_DEFAULTS: Session = {
  step: 0,
  speed: 2,
  loop: true,
  autoplay: false,
  embed: false,
  controls: true,
  origin: null,
  quiz: false,
};

export interface Parsed {
  config: Config;
  session: Session;
  notices: Notice[];
}

const DECIMAL = /^\d{1,3}(\.\d{1,3})?$/;

type Range = { min: number; max: number };

const SESSION_KEYS = ['step', 'speed', 'loop', 'embed', 'autoplay', 'controls', 'origin', 'quiz'] as const;

/** Every key this app reads; anything else in the query string is someone else's and is ignored. */
export const KNOWN_PARAMS = ['mode', ...PARAM_KEYS, ...SESSION_KEYS, 'input', 'kernel', 'biases'] as const;

export function parseQuery(query: string | URLSearchParams | Record<string, unknown>): Parsed {
  const params = toSearchParams(query);
  const notices: Notice[] = [];
  const refuse = (param: string, why: string) =>
    notices.push({ param, message: `Ignored ${param}: ${why}.` });
  const get = (name: string): string | null => params.get(name);

  const modeText = get('mode');
  let mode: Mode = 'standard';
  if (modeText !== null) {
    if (isMode(modeText)) mode = modeText;
    else refuse('mode', `use one of ${MODES.join(', ')}`);
  }
  const definition = MODE_REGISTRY[mode];
  const allowed = new Set<string>(definition.params);
  /** The value of one parameter as the URL gives it, or undefined (absent, unused, or refused). */
  const read = <K extends ParamKey>(key: K): Config[K] | undefined => {
    const text = get(key);
    if (text === null) return undefined;
    if (!allowed.has(key)) {
      refuse(key, `the ${definition.label} view does not use it`);
      return undefined;
    }
    const result = PARAMS[key].read(text) as Read<Config[K]>;
    if (result.ok) return result.value;
    refuse(key, result.why);
    return undefined;
  };
  // Presets bring their own defaults (the pipeline: an 11×11 image, a 3×3 window): read them first.
  const presets: Partial<Config> = {};
  for (const key of PARAM_KEYS) {
    if (!PARAMS[key].preset) continue;
    const value = read(key);
    if (value !== undefined) Object.assign(presets, { [key]: value });
  }
  const config: Config = { ...definition.defaultsFor({ ...definition.defaults, ...presets }), ...presets };
  for (const key of PARAM_KEYS) {
    if (PARAMS[key].preset) continue;
    const value = read(key);
    if (value !== undefined) Object.assign(config, { [key]: value });
  }

  const session: Session = { ...SESSION_DEFAULTS };
  const int = (name: string, range: Range): number | null => {
    const result = readInt(get(name)!, range);
    if (result.ok) return result.value;
    refuse(name, result.why);
    return null;
  };
  const flag = (name: string): boolean | null => {
    const result = readFlag(get(name)!);
    if (result.ok) return result.value;
    refuse(name, result.why);
    return null;
  };
  if (get('step') !== null) session.step = int('step', { min: 0, max: 1_000_000 }) ?? 0;
  if (get('speed') !== null) {
    const text = get('speed')!;
    const v = Number(text);
    if (DECIMAL.test(text) && v >= LIMITS.speed.min && v <= LIMITS.speed.max) session.speed = v;
    else refuse('speed', `use a number of steps per second from ${LIMITS.speed.min} to ${LIMITS.speed.max}`);
  }
  if (get('loop') !== null) session.loop = flag('loop') ?? session.loop;
  if (get('embed') !== null) session.embed = flag('embed') ?? false;
  if (get('autoplay') !== null) session.autoplay = flag('autoplay') ?? false;
  if (get('controls') !== null) session.controls = flag('controls') ?? true;
  if (get('quiz') !== null) session.quiz = flag('quiz') ?? false;
  if (get('origin') !== null) session.origin = parseOrigin(get('origin')!, refuse);

  // Values last: their shape depends on everything above.
  // Edited values come as every value or as the cells that differ from the seed's (valueCodec.ts);
  // config.input and config.kernel are still null here, so inputValues/kernelValues are the seed's.
  if (get('input') !== null) {
    const decoded = decodeValues(get('input')!, inputValues(config));
    if (decoded.ok) config.input = decoded.value;
    else refuse('input', decoded.reason);
  }
  const shape = kernelShape(config);
  if (get('kernel') !== null) {
    if (!shape) refuse('kernel', `the ${definition.label} view has no weights to set`);
    else {
      const [outs, ins] = shape;
      const decoded = decodeValues(get('kernel')!, kernelValues(config)!.flat());
      if (decoded.ok)
        config.kernel = Array.from({ length: outs }, (_, o) => decoded.value.slice(o * ins, (o + 1) * ins));
      else refuse('kernel', decoded.reason);
    }
  }
  if (get('biases') !== null) {
    const count = definition.biasCount;
    if (!count || !config.bias)
      refuse('biases', `the ${definition.label} view shows no biases here (set bias=1)`);
    else {
      const decoded = decodePlanes(get('biases')!, 1, 1, count(config));
      if (decoded.ok) config.biases = decoded.value[0]![0]!;
      else refuse('biases', decoded.reason);
    }
  }
  return { config, session, notices };
}

function parseOrigin(text: string, refuse: (param: string, why: string) => void): string | null {
  try {
    const url = new URL(text);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text.replace(/\/$/, ''))
      return url.origin;
  } catch {
    // fall through to the notice
  }
  refuse('origin', 'give an origin such as https://course.example.org');
  return null;
}

function toSearchParams(query: string | URLSearchParams | Record<string, unknown>): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  if (typeof query === 'string') return new URLSearchParams(query);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      params.set(key, String(value));
  }
  return params;
}

/** The parameters that reproduce a configuration: only those that differ from the view's defaults. */
export function configToParams(config: Config): Record<string, string> {
  const definition = MODE_REGISTRY[config.mode];
  // A preset is compared with the view's own defaults, everything else with the preset's.
  const presetDefaults = definition.defaults;
  const d = definition.defaultsFor(config);
  const out: Record<string, string> = { mode: config.mode };
  for (const key of definition.params) {
    const spec = PARAMS[key] as ParamSpec;
    const base = spec.preset ? presetDefaults : d;
    if (spec.equal(config[key], base[key])) continue;
    // Unset (the stride) means the view's own default, which a link spells out when the defaults differ.
    out[key] = spec.write(config[key] ?? (effectiveStride(config) as never));
  }
  // Edited values as shown, refitted to the current shape, so a link made after a resize still reads.
  if (config.input) out.input = encodeValues(inputValues(config), inputValues({ ...config, input: null }));
  const kernel = config.kernel ? kernelValues(config) : null;
  if (kernel) out.kernel = encodeValues(kernel.flat(), kernelValues({ ...config, kernel: null })!.flat());
  const biases = config.biases ? biasValues(config) : null;
  if (biases) out.biases = encodePlanes([[biases]]);
  return out;
}

export function sessionToParams(session: Partial<Session>): Record<string, string> {
  const out: Record<string, string> = {};
  if (session.step !== undefined && session.step > 0) out.step = String(session.step);
  if (session.speed !== undefined && session.speed !== SESSION_DEFAULTS.speed)
    out.speed = String(session.speed);
  if (session.loop === false) out.loop = '0';
  if (session.embed) out.embed = '1';
  if (session.autoplay) out.autoplay = '1';
  if (session.controls === false) out.controls = '0';
  if (session.origin) out.origin = session.origin;
  if (session.quiz) out.quiz = '1';
  return out;
}

export function toQuery(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
