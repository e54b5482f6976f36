/**
 * Fuzzing the URL parser: whatever a link, a bookmark or an embedding page puts in the query string,
 * parseQuery never throws, and after settleConfig the page always has something to show — a
 * configuration with an output, every number within LIMITS — and notices that are plain text naming
 * known parameters rather than echoing what was typed.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { LIMITS, MODE_DEFAULTS, MODES, type Config, type Size2 } from './config';
import { configProblem, operationFor } from './derived';
import { settleConfig } from './settle';
import { KNOWN_PARAMS, parseQuery, type Notice } from './urlParams';

// Property runs are CPU-bound: give them room when the machine is busy (each takes ~1 s when idle).
vi.setConfig({ testTimeout: 30_000 });

const KEYS = [
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
  'input',
  'kernel',
  'pool',
  'relu',
  'pipeline',
] as const;

const SCRIPT = '<script>alert(1)</script>';

const NASTY = [
  '',
  ' ',
  '0',
  '1',
  '2',
  '3',
  '7',
  '32',
  '33',
  '7x9',
  '3x2',
  '1x7',
  '4x4',
  '0x0',
  ' 3',
  '3 ',
  '+3',
  '03',
  '007',
  '-3',
  '-0',
  '1.5',
  '0.5',
  '20',
  '20.001',
  '1e9',
  '1e400',
  '-1e400',
  '0x10',
  '0b11',
  '0o7',
  'NaN',
  'Infinity',
  '-Infinity',
  '99999999999999999999',
  '2147483647',
  '2147483648',
  '4294967296',
  '9007199254740993',
  SCRIPT,
  '"><img src=x onerror=alert(1)>',
  '\u0000',
  '\u202e3',
  '٣',
  '３',
  '𝟑',
  '3ｘ3',
  '3×3',
  '3x',
  'x3',
  '3x2x1',
  '3X2',
  'valid',
  'same',
  'VALID',
  'max',
  'avg',
  'standard',
  'dilated',
  'pointwise',
  'maxpool',
  'true',
  'false',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'https://course.example.org',
  'http://localhost:5173',
  'https://a.example/x',
  'javascript:alert(1)',
  'data:,x',
  '*',
  '%',
  '%00',
  '%zz',
  '&',
  '=',
  '?',
  '#',
  '\n',
  '\t3',
  '1,2_3,4',
  '1~2',
  '1,2,3_4,5,6_7,8,9',
  ',,',
  '~~',
  '_',
  '1/9',
  '-0.5',
  '0.1111111111111111',
  '1000001',
  '-1000000',
];

/** A well-formed plane string of some shape, with nasty cells mixed in now and then. */
const planesArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
  .chain(([p, h, w]) =>
    fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: -9, max: 9 }).map(String) },
          { weight: 2, arbitrary: fc.double({ min: -2e6, max: 2e6, noNaN: true }).map(String) },
          { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
        ),
        { minLength: p * h * w, maxLength: p * h * w },
      )
      .map((cells) =>
        Array.from({ length: p }, (_, c) =>
          Array.from({ length: h }, (_, r) =>
            cells.slice((c * h + r) * w, (c * h + r + 1) * w).join(','),
          ).join('_'),
        ).join('~'),
      ),
  );

const valueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.integer({ min: -40, max: 40 }).map(String) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: -2, max: 40 }), fc.integer({ min: -2, max: 40 }))
      .map(([a, b]) => `${a}x${b}`),
  },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: planesArb },
);

/** Records mapping known keys (and a few unknown ones) to nasty values. */
const recordArb: fc.Arbitrary<Record<string, string>> = fc
  .tuple(
    fc.constantFrom(...MODES, 'maxpool', 'maxpool', 'sepconv', ''),
    fc.dictionary(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...KEYS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      valueArb,
      {
        maxKeys: 12,
      },
    ),
    fc.boolean(),
  )
  .map(([mode, rest, pipeline]) => ({
    ...rest,
    ...(mode !== '' && { mode }),
    ...(pipeline && mode === 'maxpool' && { pipeline: '1' }),
  }));

/** Records whose values are not even strings: the embed `set` command passes whatever it was sent. */
const looseRecordArb: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(...KEYS),
  fc.oneof(
    valueArb,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -0, [], {}, [3, 3], { toString: () => '3' }),
    fc.bigInt().map((b) => b as unknown),
  ),
);

/** Raw query strings, percent-encoded and not. */
const rawQueryArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  recordArb.map((r) => new URLSearchParams(r).toString()),
  recordArb.map((r) =>
    Object.entries(r)
      .map(([k, v]) => `${k}=${v}`)
      .join('&'),
  ),
  recordArb.map((r) => `?${new URLSearchParams(r).toString()}#frag`),
);

const inRange = (v: number, r: { min: number; max: number }) =>
  Number.isInteger(v) && v >= r.min && v <= r.max;
const pairInRange = (p: Size2, r: { min: number; max: number }) =>
  p.length === 2 && inRange(p[0], r) && inRange(p[1], r);

/** Everything wrong with a settled configuration, its notices and session; empty when all is well. */
function violations(config: Config, notices: Notice[]): string[] {
  const bad: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  need((MODES as readonly string[]).includes(config.mode), `mode ${String(config.mode)}`);
  const problem = configProblem(config);
  need(problem === null, `no output: ${problem}`);
  if (problem === null) need(operationFor(config).stepCount >= 1, 'no steps');
  need(pairInRange(config.size, LIMITS.size), `size ${String(config.size)}`);
  need(pairInRange(config.k, LIMITS.k), `k ${String(config.k)}`);
  need(
    config.stride === null || pairInRange(config.stride, LIMITS.stride),
    `stride ${String(config.stride)}`,
  );
  need(
    typeof config.pad === 'string'
      ? config.pad === 'valid' || config.pad === 'same'
      : pairInRange(config.pad, LIMITS.pad),
    `pad ${String(config.pad)}`,
  );
  need(pairInRange(config.dilation, LIMITS.dilation), `dilation ${String(config.dilation)}`);
  need(inRange(config.cin, LIMITS.cin), `cin ${config.cin}`);
  need(inRange(config.cout, LIMITS.cout), `cout ${config.cout}`);
  need(inRange(config.seed, LIMITS.seed), `seed ${config.seed}`);
  need(config.pool === 'max' || config.pool === 'avg', `pool ${String(config.pool)}`);
  need(typeof config.relu === 'boolean' && typeof config.pipeline === 'boolean', 'flags');
  for (const v of [...(config.input?.flat(2) ?? []), ...(config.kernel?.flat(3) ?? [])]) {
    need(Number.isFinite(v) && Math.abs(v) <= LIMITS.value.max, `value ${v}`);
  }
  const known = new Set<string>(KNOWN_PARAMS);
  for (const notice of notices) {
    const m = notice.message;
    need(typeof m === 'string' && m.length > 0 && m.length < 400, `notice length: ${m}`);
    // Notices name parameters; they do not echo the value that was given.
    need(!m.includes('<script') && !m.includes('onerror'), `notice echoes markup: ${m}`);
    // settleConfig names several at once: "dilation, pad".
    for (const name of notice.param.split(', ')) need(known.has(name), `notice names unknown param ${name}`);
  }
  return bad;
}

function check(query: string | Record<string, unknown>): void {
  const parsed = parseQuery(query);
  const notices = [...parsed.notices];
  const config = settleConfig(parsed.config, notices);
  const bad = violations(config, notices);
  const s = parsed.session;
  if (!(Number.isSafeInteger(s.step) && s.step >= 0)) bad.push(`step ${s.step}`);
  if (!(s.speed >= LIMITS.speed.min && s.speed <= LIMITS.speed.max)) bad.push(`speed ${s.speed}`);
  if (![s.loop, s.autoplay, s.embed, s.controls].every((f) => typeof f === 'boolean'))
    bad.push('session flags');
  if (s.origin !== null && !/^https?:\/\/[^/?#\s]+$/.test(s.origin)) bad.push(`origin ${s.origin}`);
  if (bad.length > 0) expect({ query, bad }).toEqual({ query, bad: [] });
}

describe('parseQuery under fuzzing', () => {
  test('records of known keys with nasty values', () => {
    fc.assert(fc.property(recordArb, check), { numRuns: 2000 });
  });

  test('raw query strings', () => {
    fc.assert(fc.property(rawQueryArb, check), { numRuns: 2000 });
  });

  test('records whose values are not strings', () => {
    fc.assert(
      fc.property(looseRecordArb, (r) => check(r)),
      { numRuns: 1000 },
    );
  });

  test('the checker itself catches what it is meant to catch', () => {
    const noOutput: Config = { ...MODE_DEFAULTS.standard, size: [1, 1], k: [7, 7], pad: [0, 0] };
    expect(violations(noOutput, []).some((v) => v.startsWith('no output'))).toBe(true);
    const outOfRange: Config = { ...MODE_DEFAULTS.standard, cin: 9, seed: -1 };
    expect(violations(outOfRange, [])).toEqual(expect.arrayContaining(['cin 9', 'seed -1']));
    const echo: Notice = { param: 'size', message: `Ignored size: ${SCRIPT}` };
    expect(violations(MODE_DEFAULTS.standard, [echo])).toHaveLength(1);
    expect(violations(MODE_DEFAULTS.standard, [{ param: 'bogus', message: 'x' }])).toHaveLength(1);
  });

  test('every key with the script payload', () => {
    const everything = Object.fromEntries(KEYS.map((k) => [k, SCRIPT]));
    check(everything);
    for (const mode of MODES) check({ ...everything, mode });
    for (const key of KEYS) check({ [key]: SCRIPT });
  });

  test('every key paired with every nasty value, in every view', () => {
    for (const mode of [...MODES, 'pipeline'] as const) {
      for (const key of KEYS) {
        for (const value of NASTY) {
          const base = mode === 'pipeline' ? { mode: 'maxpool', pipeline: '1' } : { mode };
          check({ ...base, [key]: value });
        }
      }
    }
  });

  test('combinations valid one by one but without an output are settled to one with an output', () => {
    for (const q of [
      'size=1&k=7&pad=0',
      'size=3&k=7&dilation=4&pad=0',
      'mode=dilated&size=2&k=7&dilation=4',
      'mode=maxpool&size=1&k=7',
      'mode=maxpool&k=2&pad=3',
      'mode=maxpool&pipeline=1&size=2',
      'mode=maxpool&pipeline=1&size=4&k=7',
      'size=1x32&k=7x1&pad=0x3',
    ]) {
      const parsed = parseQuery(q);
      const notices = [...parsed.notices];
      expect(configProblem(parsed.config)).not.toBeNull();
      const config = settleConfig(parsed.config, notices);
      expect(violations(config, notices)).toEqual([]);
      expect(notices.length).toBeGreaterThan(parsed.notices.length);
    }
  });
});
