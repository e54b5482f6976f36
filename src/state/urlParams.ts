/**
 * Reading and writing the query string (contract §2). Parsing is strict — digits only where numbers
 * are meant, ranges enforced — and never throws: whatever is refused falls back to its default and
 * produces a notice naming the parameter and the reason.
 */
import {
  defaultsFor,
  LIMITS,
  MODE_LABELS,
  MODES,
  MODE_PARAMS,
  type Config,
  type Mode,
  type Size2,
} from './config';
import { decodeValues, encodeValues } from './valueCodec';
import { inputValues, kernelShape, kernelValues } from './operation';

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
}

export const SESSION_DEFAULTS: Session = {
  step: 0,
  speed: 2,
  loop: true,
  autoplay: false,
  embed: false,
  controls: true,
  origin: null,
};

export interface Parsed {
  config: Config;
  session: Session;
  notices: Notice[];
}

const INT = /^\d{1,10}$/;
const PAIR = /^(\d{1,9})(?:x(\d{1,9}))?$/;
const DECIMAL = /^\d{1,3}(\.\d{1,3})?$/;

type Range = { min: number; max: number };

function rangeText(r: Range): string {
  return `${r.min} to ${r.max}`;
}

/** Every key this app reads; anything else in the query string is someone else's and is ignored. */
export const KNOWN_PARAMS = [
  'mode',
  'size',
  'k',
  'stride',
  'pad',
  'dilation',
  'cin',
  'cout',
  'seed',
  'step',
  'speed',
  'loop',
  'embed',
  'autoplay',
  'controls',
  'origin',
  'pool',
  'relu',
  'pipeline',
  'input',
  'kernel',
] as const;

export function parseQuery(query: string | URLSearchParams | Record<string, unknown>): Parsed {
  const params = toSearchParams(query);
  const notices: Notice[] = [];
  const refuse = (param: string, why: string) =>
    notices.push({ param, message: `Ignored ${param}: ${why}.` });
  const get = (name: string): string | null => params.get(name);

  const modeText = get('mode');
  let mode: Mode = 'standard';
  if (modeText !== null) {
    if ((MODES as readonly string[]).includes(modeText)) mode = modeText as Mode;
    else refuse('mode', `use one of ${MODES.join(', ')}`);
  }
  // The pipeline preset brings its own defaults (an 11×11 image, a 3×3 window), so read it first.
  const pipeline = mode === 'maxpool' && get('pipeline') === '1';
  const config: Config = { ...defaultsFor(mode, pipeline) };
  const allowed = new Set<string>(MODE_PARAMS[mode]);
  const applies = (name: string): boolean => {
    if (get(name) === null) return false;
    if (allowed.has(name)) return true;
    refuse(name, `the ${MODE_LABELS[mode]} view does not use it`);
    return false;
  };

  const pair = (name: string, range: Range): Size2 | null => {
    const text = get(name)!;
    const m = PAIR.exec(text);
    if (!m) {
      refuse(name, `write a whole number or HxW, such as 3 or 3x2`);
      return null;
    }
    const h = Number(m[1]);
    const w = m[2] === undefined ? h : Number(m[2]);
    if (h < range.min || h > range.max || w < range.min || w > range.max) {
      refuse(name, `values must be from ${rangeText(range)}`);
      return null;
    }
    return [h, w];
  };
  const int = (name: string, range: Range): number | null => {
    const text = get(name)!;
    if (!INT.test(text) || Number(text) < range.min || Number(text) > range.max) {
      refuse(name, `use a whole number from ${rangeText(range)}`);
      return null;
    }
    return Number(text);
  };
  const flag = (name: string): boolean | null => {
    const text = get(name)!;
    if (text === '1' || text === '0') return text === '1';
    refuse(name, 'use 1 or 0');
    return null;
  };

  if (applies('size')) config.size = pair('size', LIMITS.size) ?? config.size;
  if (applies('k')) config.k = pair('k', LIMITS.k) ?? config.k;
  if (applies('stride')) config.stride = pair('stride', LIMITS.stride) ?? config.stride;
  if (applies('dilation')) config.dilation = pair('dilation', LIMITS.dilation) ?? config.dilation;
  if (applies('pad')) {
    const text = get('pad')!;
    if (text === 'valid' || text === 'same') config.pad = text;
    else config.pad = pair('pad', LIMITS.pad) ?? config.pad;
  }
  if (applies('cin')) config.cin = int('cin', LIMITS.cin) ?? config.cin;
  if (applies('cout')) config.cout = int('cout', LIMITS.cout) ?? config.cout;
  if (applies('seed')) config.seed = int('seed', LIMITS.seed) ?? config.seed;
  if (applies('relu')) config.relu = flag('relu') ?? config.relu;
  if (applies('pipeline')) config.pipeline = flag('pipeline') ?? config.pipeline;
  if (applies('pool')) {
    const text = get('pool')!;
    if (text === 'max' || text === 'avg') config.pool = text;
    else refuse('pool', 'use max or avg');
  }

  const session: Session = { ...SESSION_DEFAULTS };
  if (get('step') !== null) session.step = int('step', { min: 0, max: 1_000_000 }) ?? 0;
  if (get('speed') !== null) {
    const text = get('speed')!;
    const v = Number(text);
    if (DECIMAL.test(text) && v >= LIMITS.speed.min && v <= LIMITS.speed.max) session.speed = v;
    else refuse('speed', `use a number of steps per second from ${rangeText(LIMITS.speed)}`);
  }
  if (get('loop') !== null) session.loop = flag('loop') ?? session.loop;
  if (get('embed') !== null) session.embed = flag('embed') ?? false;
  if (get('autoplay') !== null) session.autoplay = flag('autoplay') ?? false;
  if (get('controls') !== null) session.controls = flag('controls') ?? true;
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
    if (!shape) refuse('kernel', `the ${MODE_LABELS[mode]} view has no weights to set`);
    else {
      const [outs, ins] = shape;
      const decoded = decodeValues(get('kernel')!, kernelValues(config)!.flat());
      if (decoded.ok)
        config.kernel = Array.from({ length: outs }, (_, o) => decoded.value.slice(o * ins, (o + 1) * ins));
      else refuse('kernel', decoded.reason);
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

const pairText = ([h, w]: Size2): string => (h === w ? String(h) : `${h}x${w}`);
const same = (a: Size2 | null, b: Size2 | null): boolean =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);

/** The parameters that reproduce a configuration: only those that differ from the view's defaults. */
export function configToParams(config: Config): Record<string, string> {
  const d = defaultsFor(config.mode, config.pipeline);
  const out: Record<string, string> = { mode: config.mode };
  const allowed = new Set<string>(MODE_PARAMS[config.mode]);
  const put = (name: string, value: string, isDefault: boolean) => {
    if (allowed.has(name) && !isDefault) out[name] = value;
  };
  if (config.pipeline) out.pipeline = '1';
  put('size', pairText(config.size), same(config.size, d.size));
  put('k', pairText(config.k), same(config.k, d.k));
  put('stride', config.stride ? pairText(config.stride) : '', config.stride === null);
  put(
    'pad',
    typeof config.pad === 'string' ? config.pad : pairText(config.pad),
    typeof config.pad !== 'string' && typeof d.pad !== 'string' && same(config.pad, d.pad),
  );
  put('dilation', pairText(config.dilation), same(config.dilation, d.dilation));
  put('cin', String(config.cin), config.cin === d.cin);
  put('cout', String(config.cout), config.cout === d.cout);
  put('seed', String(config.seed), config.seed === d.seed);
  put('pool', config.pool, config.pool === d.pool);
  put('relu', '1', !config.relu);
  // Edited values as shown, refitted to the current shape, so a link made after a resize still reads.
  if (config.input) out.input = encodeValues(inputValues(config), inputValues({ ...config, input: null }));
  const kernel = config.kernel ? kernelValues(config) : null;
  if (kernel) out.kernel = encodeValues(kernel.flat(), kernelValues({ ...config, kernel: null })!.flat());
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
  return out;
}

export function toQuery(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}
