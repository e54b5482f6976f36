/**
 * Links with edited values (issue 8): the query string stays short at every size, the values ride in
 * the fragment, and parsing a link gives back exactly the view it was made from — including a
 * 32×32 input with 8 channels and random edits. The expected values are the configurations the
 * properties generate, never what the writer produced.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { LIMITS, MODE_DEFAULTS, MODE_PARAMS, MODES, type Config, type Size2 } from './config';
import { configProblem } from './derived';
import { inputValues, kernelValues } from './operation';
import { initialState, type KernelwiseState } from './store';
import { currentLink, readLocation } from './urlSync';
import { locationParams } from './fragment';

vi.setConfig({ testTimeout: 60_000 });

/** Far below the 8–16 KB request-line limits of common servers (Node's is 16 KB for all headers). */
const QUERY_BUDGET = 2000;

const pairArb = (r: { min: number; max: number }) =>
  fc.tuple(fc.integer(r), fc.integer(r)).map(([h, w]) => [h, w] as Size2);

/** A configuration within LIMITS, changing only what its view lets the user change. */
const baseConfigArb: fc.Arbitrary<Config> = fc
  .tuple(fc.constantFrom(...MODES), fc.boolean())
  .chain(([mode, pipelineWanted]) => {
    const pipeline = mode === 'maxpool' && pipelineWanted;
    const fields: Record<string, fc.Arbitrary<unknown>> = {
      size: pairArb(LIMITS.size),
      k: pairArb({ min: 1, max: 5 }),
      stride: fc.option(pairArb(LIMITS.stride), { nil: null }),
      pad: fc.oneof(fc.constant('same'), pairArb({ min: 0, max: 1 })),
      dilation: pairArb({ min: 1, max: 2 }),
      cin: fc.integer(LIMITS.cin),
      cout: fc.integer(LIMITS.cout),
      seed: fc.integer({ min: 0, max: 999_999 }),
      pool: fc.constantFrom('max', 'avg'),
      relu: fc.boolean(),
    };
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const key of MODE_PARAMS[mode]) if (fields[key]) record[key] = fields[key];
    const base = pipeline
      ? { ...MODE_DEFAULTS.maxpool, pipeline: true, size: [11, 11] }
      : MODE_DEFAULTS[mode];
    return fc.record(record).map((patch) => ({ ...base, ...patch, mode, pipeline }) as Config);
  })
  .filter((c) => configProblem(c) === null);

/** The largest input the app allows: 32×32 with 8 channels (and 4 filters of 3×3 over them). */
const largestArb: fc.Arbitrary<Config> = fc.integer({ min: 0, max: 999 }).map((seed) => ({
  ...MODE_DEFAULTS.standard,
  size: [32, 32] as Size2,
  cin: 8,
  cout: 4,
  seed,
}));

/** Values a person types: whole numbers, decimals, fractions such as 1/9, tiny and huge ones. */
const valueArb = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 1000 })).map(([n, d]) => n / d),
  fc.constantFrom(1e-7, -5e-7, 1 / 90, 0.299),
);

/** Random edits over the seed's values: a few cells, or (rarely) every cell. */
function editsOver(planes: number[][][]): fc.Arbitrary<number[][][]> {
  const cells = planes.flatMap((plane, p) =>
    plane.flatMap((row, r) => row.map((_, c) => [p, r, c] as const)),
  );
  const some = fc.array(fc.tuple(fc.constantFrom(...cells), valueArb), { maxLength: 12 }).map((edits) => {
    const out = planes.map((plane) => plane.map((row) => [...row]));
    for (const [[p, r, c], v] of edits) out[p]![r]![c] = Object.is(v, -0) ? 0 : v;
    return out;
  });
  const every = fc
    .constant(null)
    .map(() => planes.map((plane) => plane.map((row) => row.map((v) => v * 3 - 1))));
  return fc.oneof({ weight: 5, arbitrary: some }, { weight: 1, arbitrary: every });
}

const editedArb = (configs: fc.Arbitrary<Config>) =>
  configs.chain((config) => {
    const kernel = kernelValues(config);
    const input = inputValues(config);
    return fc
      .tuple(
        // The image view has no input values of its own (its picture is not configuration).
        input.length ? fc.option(editsOver(input), { nil: null }) : fc.constant(null),
        kernel ? fc.option(editsOver(kernel.flat()), { nil: null }) : fc.constant(null),
      )
      .map(([input, flat]) => {
        const k =
          kernel && flat
            ? kernel.map((filter, o) => flat.slice(o * filter.length, (o + 1) * filter.length))
            : null;
        return { ...config, input, kernel: k };
      });
  });

const stateOf = (config: Config, step: number): KernelwiseState => ({ ...initialState(), config, step });

/** Opens a link as the page does: its query string and its fragment. */
function open(link: string) {
  const url = new URL(link, 'https://example.org/kernelwise/');
  return { url, parsed: readLocation(url.search, url.hash) };
}

describe('a link reproduces the view exactly, and its query string stays short', () => {
  test.each([
    ['any view, with or without edits', editedArb(baseConfigArb), 200],
    ['a 32×32 input with 8 channels and random edits', editedArb(largestArb), 25],
  ])('%s', (_name, arb, numRuns) => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 50 }), (config, stepWanted) => {
        const step = Math.min(stepWanted, 3);
        const { url, parsed } = open(currentLink(stateOf(config, step), true));
        expect(parsed.notices).toEqual([]);
        expect(parsed.config).toEqual(config);
        expect(parsed.session.step).toBe(step);
        expect(url.search.length).toBeLessThan(QUERY_BUDGET);
        expect(url.searchParams.has('input') || url.searchParams.has('kernel')).toBe(false);
      }),
      { numRuns },
    );
  });

  test('one edited cell of a 32×32×8 input makes a fragment of a few dozen characters', () => {
    const config = { ...MODE_DEFAULTS.standard, size: [32, 32] as Size2, cin: 8 };
    const input = inputValues(config);
    input[4]![17]![29] = 42;
    const { url, parsed } = open(currentLink(stateOf({ ...config, input }, 0), false));
    expect(url.hash.length).toBeLessThan(40);
    expect(parsed.config.input).toEqual(input);
  });
});

describe('reading a location', () => {
  test('links written before, with the values in the query string, still read', () => {
    const { parsed } = open('?size=2&k=1&pad=0&input=1,2_3,4&kernel=5');
    expect(parsed.notices).toEqual([]);
    expect(parsed.config.input).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
    ]);
    expect(parsed.config.kernel).toEqual([[[[5]]]]);
  });

  test('the fragment wins over the query string, and anything else in it is ignored', () => {
    const params = locationParams('?size=2&input=1,2_3,4', '#input=9,9_9,9&size=7&mode=bogus');
    expect(params.get('input')).toBe('9,9_9,9');
    expect(params.get('size')).toBe('2');
    expect(params.get('mode')).toBeNull();
  });

  test('edits outside the view, or malformed, are refused with a notice naming the parameter', () => {
    for (const bad of ['*0.2.0:1', '*1.0.0:1', '*0.0.0:abc', '*0.0.0', '*0.0.0:1/0', '*0.0.0:2000000']) {
      const { parsed } = open(`?size=2&k=1&pad=0#input=${bad}`);
      expect(parsed.config.input, bad).toBeNull();
      expect(
        parsed.notices.map((n) => n.param),
        bad,
      ).toEqual(['input']);
    }
  });
});
