/**
 * The URL parameters of contract §2. Every expectation below comes from the contract's table and
 * LIMITS, not from running the parser: a valid value is read as written, anything else falls back to
 * the view's default with exactly one notice naming the parameter.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { defaultsFor, LIMITS, MODE_DEFAULTS, MODE_PARAMS, MODES, type Config, type Size2 } from './config';
import {
  configToParams,
  KNOWN_PARAMS,
  parseQuery,
  SESSION_DEFAULTS,
  sessionToParams,
  toQuery,
  type Session,
} from './urlParams';

// Property runs are CPU-bound: give them room when the machine is busy (each takes ~1 s when idle).
vi.setConfig({ testTimeout: 30_000 });

const STANDARD = MODE_DEFAULTS.standard;

// ---------------------------------------------------------------------------------------------------
// Valid values: each parameter read as the contract says.
// ---------------------------------------------------------------------------------------------------

type ConfigCase = [query: string, expected: Partial<Config>];

const VALID_CONFIG: ConfigCase[] = [
  ['mode=standard', { mode: 'standard' }],
  ['size=7', { size: [7, 7] }],
  ['size=7x9', { size: [7, 9] }],
  ['size=1', { size: [1, 1] }],
  ['size=32x32', { size: [32, 32] }],
  ['k=3x2', { k: [3, 2] }],
  ['k=5', { k: [5, 5] }],
  ['k=1x7', { k: [1, 7] }],
  ['stride=2', { stride: [2, 2] }],
  ['stride=2x3', { stride: [2, 3] }],
  ['stride=4', { stride: [4, 4] }],
  ['pad=2', { pad: [2, 2] }],
  ['pad=0', { pad: [0, 0] }],
  ['pad=1x3', { pad: [1, 3] }],
  ['pad=valid', { pad: 'valid' }],
  ['pad=same', { pad: 'same' }],
  ['dilation=2', { dilation: [2, 2] }],
  ['dilation=1x4', { dilation: [1, 4] }],
  ['cin=3', { cin: 3 }],
  ['cin=8', { cin: 8 }],
  ['cout=4', { cout: 4 }],
  ['seed=0', { seed: 0 }],
  ['seed=42', { seed: 42 }],
  ['seed=999999999', { seed: 999_999_999 }],
  [
    'size=9&k=2x3&stride=1x2&pad=1x0&dilation=2x1&cin=2&cout=3&seed=7',
    { size: [9, 9], k: [2, 3], stride: [1, 2], pad: [1, 0], dilation: [2, 1], cin: 2, cout: 3, seed: 7 },
  ],
];

describe('parseQuery reads every configuration parameter of contract §2', () => {
  test.each(VALID_CONFIG)('%s', (query, expected) => {
    const parsed = parseQuery(query);
    expect(parsed.notices).toEqual([]);
    expect(parsed.config).toEqual({ ...STANDARD, ...expected });
    expect(parsed.session).toEqual(SESSION_DEFAULTS);
  });

  test.each(MODES.map((m) => [m]))('mode=%s opens that view on its own defaults', (mode) => {
    const parsed = parseQuery(`mode=${mode}`);
    expect(parsed.notices).toEqual([]);
    expect(parsed.config).toEqual(MODE_DEFAULTS[mode]);
  });

  test('extensions: pool, relu, pipeline, loop', () => {
    expect(parseQuery('mode=maxpool&pool=avg').config.pool).toBe('avg');
    expect(parseQuery('mode=pointwise&relu=1').config.relu).toBe(true);
    const pipeline = parseQuery('mode=maxpool&pipeline=1');
    expect(pipeline.notices).toEqual([]);
    // The pipeline preset: an 11×11 image and a 3×3 window (config.ts).
    expect(pipeline.config).toMatchObject({ mode: 'maxpool', pipeline: true, size: [11, 11], k: [3, 3] });
    expect(parseQuery('loop=0').session.loop).toBe(false);
  });

  test('a URLSearchParams and a plain object are read like the string', () => {
    const fromString = parseQuery('mode=dilated&size=9x8&dilation=3');
    expect(parseQuery(new URLSearchParams('mode=dilated&size=9x8&dilation=3'))).toEqual(fromString);
    expect(parseQuery({ mode: 'dilated', size: '9x8', dilation: 3 })).toEqual(fromString);
  });
});

type SessionCase = [query: string, expected: Partial<Session>];

const VALID_SESSION: SessionCase[] = [
  ['step=0', { step: 0 }],
  ['step=12', { step: 12 }],
  ['speed=0.5', { speed: 0.5 }],
  ['speed=2', { speed: 2 }],
  ['speed=7.25', { speed: 7.25 }],
  ['speed=20', { speed: 20 }],
  ['embed=1', { embed: true }],
  ['embed=0', { embed: false }],
  ['autoplay=1', { autoplay: true }],
  ['controls=0', { controls: false }],
  ['controls=1', { controls: true }],
  ['origin=https://course.example.org', { origin: 'https://course.example.org' }],
  ['origin=http://localhost:8080', { origin: 'http://localhost:8080' }],
  ['origin=https%3A%2F%2Flms.example.edu%3A8443', { origin: 'https://lms.example.edu:8443' }],
  [
    'embed=1&autoplay=1&controls=0&step=3&speed=4',
    { embed: true, autoplay: true, controls: false, step: 3, speed: 4 },
  ],
];

describe('parseQuery reads every session parameter of contract §2', () => {
  test.each(VALID_SESSION)('%s', (query, expected) => {
    const parsed = parseQuery(query);
    expect(parsed.notices).toEqual([]);
    expect(parsed.session).toEqual({ ...SESSION_DEFAULTS, ...expected });
    expect(parsed.config).toEqual(STANDARD);
  });
});

// ---------------------------------------------------------------------------------------------------
// Refused values: the default, and one notice naming the parameter.
// ---------------------------------------------------------------------------------------------------

const BAD: Record<string, string[]> = {
  mode: ['foo', 'Standard', 'STANDARD', '', 'max pooling', '1'],
  size: [
    '0',
    '33',
    '7x0',
    '7x33',
    '7x',
    'x7',
    '7x9x3',
    '-7',
    '7.5',
    'abc',
    '',
    '7X9',
    '7*9',
    '1e1',
    '0x10',
    'Infinity',
  ],
  k: ['0', '8', '3x8', '0x3', '-1', '2.5', 'three'],
  stride: ['0', '5', '2x5', '-2', '1.5', 'NaN'],
  pad: ['4', '-1', '1x4', 'SAME', 'Valid', 'full', '0.5', 'same '],
  dilation: ['0', '5', '1x0', '2x9', '-1', '1.0'],
  cin: ['0', '9', '2x2', '1.5', '-1', 'one', '', '1e0'],
  cout: ['0', '5', '2x2', '-3', '3.0'],
  seed: ['-1', '1.5', 'abc', '2147483648', '99999999999', '', '1e3', '0x10'],
};

const BAD_SESSION: Record<string, string[]> = {
  step: ['-1', '1.5', 'abc', '', '1e3', '0x10', 'Infinity'],
  speed: ['0.4', '0', '21', '100', '-1', 'abc', '', 'NaN', 'Infinity', '1e1', '0x10', '2,5'],
  embed: ['2', 'true', 'yes', '', 'on'],
  autoplay: ['2', 'true', 'yes', '', '-1'],
  controls: ['false', 'no', '', '00', '2'],
  origin: [
    'javascript:alert(1)',
    'https://course.example.org/path',
    'https://course.example.org/?a=1',
    'not a url',
    'ftp://files.example.org',
    '*',
    'null',
    '',
    'data:text/html,hi',
  ],
};

/** `+` in a query string is a space; encode so each value reaches the parser as written. */
const query1 = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;

describe('a malformed or out-of-range value falls back to the default with a notice naming it', () => {
  const cases = Object.entries(BAD).flatMap(([name, values]) => values.map((v) => [name, v] as const));
  test.each(cases)('%s=%j', (name, value) => {
    const parsed = parseQuery(query1(name, value));
    expect(parsed.config).toEqual(STANDARD);
    expect(parsed.session).toEqual(SESSION_DEFAULTS);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]!.param).toBe(name);
    expect(parsed.notices[0]!.message).toContain(name);
  });

  const sessionCases = Object.entries(BAD_SESSION).flatMap(([name, values]) =>
    values.map((v) => [name, v] as const),
  );
  test.each(sessionCases)('%s=%j', (name, value) => {
    const parsed = parseQuery(query1(name, value));
    expect(parsed.config).toEqual(STANDARD);
    expect(parsed.session).toEqual(SESSION_DEFAULTS);
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]!.param).toBe(name);
    expect(parsed.notices[0]!.message).toContain(name);
  });

  test('a bad value leaves the good ones beside it alone', () => {
    const parsed = parseQuery('size=9&k=99&stride=2&speed=fast&step=4');
    expect(parsed.config).toEqual({ ...STANDARD, size: [9, 9], stride: [2, 2] });
    expect(parsed.session).toEqual({ ...SESSION_DEFAULTS, step: 4 });
    expect(parsed.notices.map((n) => n.param).sort()).toEqual(['k', 'speed']);
  });

  test('a parameter the view does not use is ignored, with a notice naming it', () => {
    const parsed = parseQuery('mode=pointwise&k=3&dilation=2');
    expect(parsed.config).toEqual(MODE_DEFAULTS.pointwise);
    expect(parsed.notices.map((n) => n.param).sort()).toEqual(['dilation', 'k']);
  });

  test('an unknown mode falls back to the standard view and still reads the rest', () => {
    const parsed = parseQuery('mode=sepconv&size=6');
    expect(parsed.config).toEqual({ ...STANDARD, size: [6, 6] });
    expect(parsed.notices.map((n) => n.param)).toEqual(['mode']);
  });

  test('notices quote the parameter name, not the raw value', () => {
    const parsed = parseQuery(query1('size', '<script>alert(1)</script>'));
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]!.message).not.toContain('<script');
  });
});

describe('unknown parameters are ignored without a notice', () => {
  test.each([
    'utm_source=newsletter&utm_medium=email',
    'fbclid=abc123',
    'Mode=dilated&SIZE=9',
    'foo=bar&baz',
    'size_=3&kk=2&step2=9',
    '',
    '&&&',
    '=5',
  ])('%j', (query) => {
    const parsed = parseQuery(query);
    expect(parsed.notices).toEqual([]);
    expect(parsed.config).toEqual(STANDARD);
    expect(parsed.session).toEqual(SESSION_DEFAULTS);
  });

  test('KNOWN_PARAMS lists every parameter of contract §2', () => {
    for (const name of [
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
      'embed',
      'autoplay',
      'controls',
      'origin',
    ]) {
      expect(KNOWN_PARAMS).toContain(name);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Round trip: configToParams → toQuery → parseQuery gives the configuration back.
// ---------------------------------------------------------------------------------------------------

const pairArb = (r: { min: number; max: number }): fc.Arbitrary<Size2> =>
  fc.tuple(fc.integer({ min: r.min, max: r.max }), fc.integer({ min: r.min, max: r.max }));

/**
 * The seeds the parser's 9-digit rule can read; the rest of LIMITS.seed is covered by the known-bug
 * test below, so this property stays about everything else.
 */
const READABLE_SEED = { min: LIMITS.seed.min, max: 999_999_999 };

/** Any configuration within LIMITS, changing only what its view lets the user change. */
function configArb(seedRange: { min: number; max: number } = LIMITS.seed): fc.Arbitrary<Config> {
  const fields: { [K in keyof Config]?: fc.Arbitrary<Config[K]> } = {
    size: pairArb(LIMITS.size),
    k: pairArb(LIMITS.k),
    stride: fc.option(pairArb(LIMITS.stride), { nil: null }),
    pad: fc.oneof(fc.constant('valid' as const), fc.constant('same' as const), pairArb(LIMITS.pad)),
    dilation: pairArb(LIMITS.dilation),
    cin: fc.integer(LIMITS.cin),
    cout: fc.integer(LIMITS.cout),
    seed: fc.integer(seedRange),
    pool: fc.constantFrom('max' as const, 'avg' as const),
    relu: fc.boolean(),
    groups: fc.integer(LIMITS.groups),
    bias: fc.boolean(),
  };
  return fc.tuple(fc.constantFrom(...MODES), fc.boolean()).chain(([mode, pipelineWanted]) => {
    const pipeline = mode === 'maxpool' && pipelineWanted;
    const base = defaultsFor(mode, pipeline);
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const key of MODE_PARAMS[mode]) {
      const arb = fields[key];
      if (arb) record[key] = arb;
    }
    return fc.record(record).map((patch) => ({ ...base, ...patch, mode, pipeline }) as Config);
  });
}

/** Compares the mode and the fields the mode uses (the others stay at the defaults in both). */
function usedFields(config: Config): Partial<Config> {
  const out: Partial<Config> = { mode: config.mode };
  for (const key of [...MODE_PARAMS[config.mode], 'input', 'kernel'] as (keyof Config)[]) {
    Object.assign(out, { [key]: config[key] });
  }
  return out;
}

const roundTrip = (c: Config) => parseQuery(toQuery(configToParams(c)));

describe('round trip', () => {
  test('every configuration within LIMITS and MODE_PARAMS comes back as it was', () => {
    fc.assert(
      fc.property(configArb(READABLE_SEED), (config) => {
        const parsed = roundTrip(config);
        expect(parsed.notices).toEqual([]);
        expect(usedFields(parsed.config)).toEqual(usedFields(config));
        // Nothing else moved either: the untouched fields are the defaults on both sides.
        expect(parsed.config).toEqual(config);
      }),
      { numRuns: 500 },
    );
  });

  test('the defaults of each view write only the mode', () => {
    for (const mode of MODES) expect(configToParams(MODE_DEFAULTS[mode])).toEqual({ mode });
  });

  // BUG: LIMITS.seed.max is 2147483647 and configToParams writes any seed, but parseQuery's INT rule
  // (/^\d{1,9}$/) refuses seeds of 10 digits. Expected seed 2147483647 back; actual: the default seed
  // 1 and a notice "Ignored seed: use a whole number from 0 to 2147483647."
  test('a seed of 10 digits within LIMITS round-trips (seed=2147483647)', () => {
    const config: Config = { ...STANDARD, seed: LIMITS.seed.max };
    const parsed = roundTrip(config);
    expect(parsed.notices).toEqual([]);
    expect(parsed.config.seed).toBe(LIMITS.seed.max);
  });

  test('seed=1000000000 (within LIMITS.seed) is read', () => {
    const parsed = parseQuery('seed=1000000000');
    expect(parsed.notices).toEqual([]);
    expect(parsed.config.seed).toBe(1_000_000_000);
  });

  test('the session parameters round-trip', () => {
    const session: Session = {
      step: 17,
      speed: 0.5,
      loop: false,
      autoplay: true,
      embed: true,
      controls: false,
      origin: 'https://course.example.org',
      quiz: true,
    };
    expect(parseQuery(toQuery(sessionToParams(session))).session).toEqual(session);
    expect(sessionToParams(SESSION_DEFAULTS)).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------------
// Edited values through the query string.
// ---------------------------------------------------------------------------------------------------

/** The shapes a view's edited input and kernel have, written out from config.ts's comments. */
function editShapes(c: Config): {
  input: [number, number, number] | null;
  kernel: [number, number, number, number] | null;
} {
  const [h, w] = c.size;
  // The stack view draws positions, not values: nothing to edit.
  if (c.mode === 'stack') return { input: null, kernel: null };
  if (c.mode === 'maxpool')
    return { input: [c.pipeline ? 1 : c.cin, h, w], kernel: c.pipeline ? [1, 1, 3, 3] : null };
  if (c.mode === 'dilated') return { input: [1, h, w], kernel: [1, 1, c.k[0], c.k[1]] };
  // The image view's pixels are not configuration: only its kernel is (convolution only).
  if (c.mode === 'image') return { input: null, kernel: c.op === 'conv' ? [1, 1, c.k[0], c.k[1]] : null };
  if (c.mode === 'pointwise') return { input: [c.cin, h, w], kernel: [c.cout, c.cin, 1, 1] };
  // PyTorch's ConvTranspose2d weight: [in][out][row][col].
  if (c.mode === 'transposed') return { input: [c.cin, h, w], kernel: [c.cin, c.cout, c.k[0], c.k[1]] };
  // A grouped filter holds one slice per channel of its group (at least one, while groups misfit).
  if (c.mode === 'grouped')
    return {
      input: [c.cin, h, w],
      kernel: [c.cout, Math.max(1, Math.floor(c.cin / c.groups)), c.k[0], c.k[1]],
    };
  return { input: [c.cin, h, w], kernel: [c.cout, c.cin, c.k[0], c.k[1]] };
}

/** Values a person types into a cell: whole numbers, short decimals, small fractions, negatives. */
const cellValueArb: fc.Arbitrary<number> = fc
  .oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.integer({ min: -9, max: 9 }),
    fc
      .tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.constantFrom(10, 100, 1000, 10_000))
      .map(([n, d]) => n / d),
    fc
      .tuple(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9))
      .map(([n, d]) => n / d),
  )
  .map((v) => (Object.is(v, -0) ? 0 : v));

const tensorArb = (dims: number[]): fc.Arbitrary<unknown> =>
  dims.length === 0
    ? cellValueArb
    : fc.array(tensorArb(dims.slice(1)), { minLength: dims[0]!, maxLength: dims[0]! });

/** A configuration with smaller grids (so the strings stay short) and edited values of its shape. */
const editedConfigArb: fc.Arbitrary<Config> = configArb(READABLE_SEED)
  .map((c) => ({
    ...c,
    size: [Math.min(c.size[0], 8), Math.min(c.size[1], 8)] as Size2,
    cin: Math.min(c.cin, 3),
  }))
  .chain((c) => {
    const shapes = editShapes(c);
    return fc
      .tuple(
        shapes.input ? tensorArb(shapes.input) : fc.constant(null),
        shapes.kernel ? fc.option(tensorArb(shapes.kernel), { nil: null }) : fc.constant(null),
      )
      .map(([input, kernel]) => ({ ...c, input, kernel }) as Config);
  });

describe('edited values round-trip through the query string exactly', () => {
  test('fractions like 1/9, negatives and decimals', () => {
    const input = [
      [
        [1 / 9, -1 / 9, 2 / 3],
        [-7, 0.5, -0.25],
        [1e6, -1e6, 1 / 7],
      ],
    ];
    const kernel = [
      [
        [
          [1 / 9, 1 / 9],
          [-1 / 3, 0.125],
        ],
      ],
    ];
    const config: Config = { ...STANDARD, size: [3, 3], k: [2, 2], input, kernel };
    const parsed = roundTrip(config);
    expect(parsed.notices).toEqual([]);
    expect(parsed.config.input).toEqual(input);
    expect(parsed.config.kernel).toEqual(kernel);
    // Exactly: the same doubles, not merely close ones.
    expect(Object.is(parsed.config.input![0]![0]![0], 1 / 9)).toBe(true);
  });

  test('random edited inputs and kernels of every view', () => {
    fc.assert(
      fc.property(editedConfigArb, (config) => {
        const parsed = roundTrip(config);
        expect(parsed.notices).toEqual([]);
        expect(parsed.config).toEqual(config);
      }),
      { numRuns: 300 },
    );
  });

  test('the multi-channel kernel of a standard view keeps its [out][in] order', () => {
    const kernel = [
      [[[1]], [[2]]],
      [[[3]], [[4]]],
      [[[5]], [[6]]],
    ];
    const input = [[[1, 2]], [[3, 4]]];
    const config: Config = {
      ...STANDARD,
      size: [1, 2],
      k: [1, 1],
      pad: [0, 0],
      cin: 2,
      cout: 3,
      input,
      kernel,
    };
    const parsed = roundTrip(config);
    expect(parsed.notices).toEqual([]);
    expect(parsed.config.kernel).toEqual(kernel);
    expect(parsed.config.input).toEqual(input);
  });

  // BUG (valueCodec.ts): a value a person can type into a cell does not survive the URL.
  //  - parseCellEntry("1/90") = 0.011111111111111112, which String() writes with 18 decimals; the
  //    decoder's /^-?\d{1,7}(\.\d{1,17})?$/ refuses it. Any |v| < 0.1 needing 17 significant digits
  //    fails the same way (1/17, 1/300, 1/900, ...).
  //  - parseCellEntry("0.0000001") = 1e-7; encodeNumber's toFixed(12) fallback gives back 1e-7, and
  //    String(1e-7) is "1e-7" again, which the decoder refuses.
  // Expected: input back unchanged with no notice. Actual: input null and a notice "Ignored input: it
  // holds something that is not a plain decimal number."
  test.each([[1 / 90], [1 / 17], [1 / 900], [0.0000001], [-5e-7]])(
    'the edited value %d round-trips',
    (value) => {
      const input = [[[value]]];
      const config: Config = { ...STANDARD, size: [1, 1], k: [1, 1], pad: [0, 0], input };
      const parsed = roundTrip(config);
      expect(parsed.notices).toEqual([]);
      expect(parsed.config.input).toEqual(input);
    },
  );

  test('a value of the wrong shape is refused with a notice naming the parameter', () => {
    const tooFew = parseQuery('size=3&input=1,2_3,4');
    expect(tooFew.config.input).toBeNull();
    expect(tooFew.notices.map((n) => n.param)).toEqual(['input']);
    const malformed = parseQuery(`k=1&kernel=${encodeURIComponent('1e3')}`);
    expect(malformed.config.kernel).toBeNull();
    expect(malformed.notices.map((n) => n.param)).toEqual(['kernel']);
    const huge = parseQuery('size=1&input=1000001');
    expect(huge.config.input).toBeNull();
    expect(huge.notices.map((n) => n.param)).toEqual(['input']);
  });

  test('max pooling has no weights: kernel is refused with a notice', () => {
    const parsed = parseQuery('mode=maxpool&kernel=1');
    expect(parsed.config).toEqual(MODE_DEFAULTS.maxpool);
    expect(parsed.notices.map((n) => n.param)).toEqual(['kernel']);
  });
});
