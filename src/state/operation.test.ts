/**
 * deriveWindowOperation: what each view computes. The geometry is worked out here from the formula of
 * contract §1, out = floor((n + p_before + p_after − d(k−1) − 1) / s) + 1, and the outputs from a naive
 * convolution and naive pooling written in this file.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { Tensor3, Tensor4 } from '../compute';
import {
  defaultsFor,
  LIMITS,
  MODE_PARAMS,
  type Config,
  type Mode,
  type PaddingSetting,
  type Size2,
} from './config';
import { deriveWindowOperation, fitTensor3, fitTensor4 } from './operation';

/** The views this file's oracle models: the window family (transposed convolution has its own tests). */
const MODES = ['standard', 'dilated', 'pointwise', 'maxpool'] as const satisfies readonly Mode[];

// Property runs are CPU-bound: give them room when the machine is busy (each takes ~1 s when idle).
vi.setConfig({ testTimeout: 30_000 });

// ---------------------------------------------------------------------------------------------------
// Independent geometry and arithmetic
// ---------------------------------------------------------------------------------------------------

/** TensorFlow's `same` (geometry.ts documents the same rule): total padding so out = ceil(n/s), odd cell after. */
function samePad(n: number, k: number, s: number, d: number): [number, number] {
  const total = Math.max((Math.ceil(n / s) - 1) * s + d * (k - 1) + 1 - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

interface Axis {
  before: number;
  after: number;
  out: number | null; // null: no window fits
}

function axis(n: number, k: number, s: number, pad: PaddingSetting, i: 0 | 1, d: number): Axis {
  const [before, after] = pad === 'valid' ? [0, 0] : pad === 'same' ? samePad(n, k, s, d) : [pad[i], pad[i]];
  const span = d * (k - 1) + 1;
  const padded = n + before + after;
  return { before, after, out: span > padded ? null : Math.floor((padded - span) / s) + 1 };
}

interface Expected {
  kind: 'conv' | 'max' | 'avg';
  inChannels: number;
  outChannels: number;
  /** Spatial size of what the windows read (the feature map, for the pipeline). */
  n: Size2;
  k: Size2;
  s: Size2;
  d: Size2;
  rows: Axis;
  cols: Axis;
  valid: boolean;
}

/** What a configuration should compute, from config.ts's descriptions of each view. */
function expected(c: Config): Expected {
  if (c.mode === 'maxpool') {
    const n: Size2 = c.pipeline ? [c.size[0] - 2, c.size[1] - 2] : c.size;
    const s = c.stride ?? c.k;
    const d: Size2 = [1, 1];
    const ok = n[0] >= 1 && n[1] >= 1;
    const rows = ok ? axis(n[0], c.k[0], s[0], c.pad, 0, 1) : { before: 0, after: 0, out: null };
    const cols = ok ? axis(n[1], c.k[1], s[1], c.pad, 1, 1) : { before: 0, after: 0, out: null };
    // PyTorch refuses pooling padding over half the window.
    const padOk =
      Math.max(rows.before, rows.after) <= Math.floor(c.k[0] / 2) &&
      Math.max(cols.before, cols.after) <= Math.floor(c.k[1] / 2);
    const channels = c.pipeline ? 1 : c.cin;
    return {
      kind: c.pool,
      inChannels: channels,
      outChannels: channels,
      n,
      k: c.k,
      s,
      d,
      rows,
      cols,
      valid: rows.out !== null && cols.out !== null && padOk,
    };
  }
  const pointwise = c.mode === 'pointwise';
  const k: Size2 = pointwise ? [1, 1] : c.k;
  const s: Size2 = pointwise ? [1, 1] : (c.stride ?? [1, 1]);
  const d: Size2 = pointwise ? [1, 1] : c.dilation;
  const pad: PaddingSetting = pointwise ? [0, 0] : c.pad;
  const rows = axis(c.size[0], k[0], s[0], pad, 0, d[0]);
  const cols = axis(c.size[1], k[1], s[1], pad, 1, d[1]);
  const dilated = c.mode === 'dilated';
  return {
    kind: 'conv',
    inChannels: dilated ? 1 : c.cin,
    outChannels: dilated ? 1 : c.cout,
    n: c.size,
    k,
    s,
    d,
    rows,
    cols,
    valid: rows.out !== null && cols.out !== null,
  };
}

const at = (x: Tensor3, c: number, r: number, q: number, outside: number) =>
  r < 0 || q < 0 || r >= x[c]!.length || q >= x[c]![0]!.length ? outside : x[c]![r]![q]!;

function naiveConv(x: Tensor3, w: Tensor4, e: Pick<Expected, 's' | 'd' | 'rows' | 'cols'>): Tensor3 {
  return w.map((filter) =>
    Array.from({ length: e.rows.out! }, (_, i) =>
      Array.from({ length: e.cols.out! }, (_, j) => {
        let sum = 0;
        filter.forEach((plane, c) =>
          plane.forEach((row, u) =>
            row.forEach((weight, v) => {
              sum +=
                at(
                  x,
                  c,
                  i * e.s[0] - e.rows.before + u * e.d[0],
                  j * e.s[1] - e.cols.before + v * e.d[1],
                  0,
                ) * weight;
            }),
          ),
        );
        return sum;
      }),
    ),
  );
}

function naivePool(x: Tensor3, e: Expected): Tensor3 {
  return x.map((_, c) =>
    Array.from({ length: e.rows.out! }, (_, i) =>
      Array.from({ length: e.cols.out! }, (_, j) => {
        const taps: number[] = [];
        for (let u = 0; u < e.k[0]; u++) {
          for (let v = 0; v < e.k[1]; v++) {
            taps.push(
              at(
                x,
                c,
                i * e.s[0] - e.rows.before + u,
                j * e.s[1] - e.cols.before + v,
                e.kind === 'max' ? -Infinity : 0,
              ),
            );
          }
        }
        // Max: padding never wins. Average: padding counts as zeros (count_include_pad).
        return e.kind === 'max' ? Math.max(...taps) : taps.reduce((a, b) => a + b, 0) / taps.length;
      }),
    ),
  );
}

const shapeOf = (t: unknown): number[] => (Array.isArray(t) ? [t.length, ...shapeOf(t[0])] : []);

function expectClose(actual: Tensor3, want: Tensor3): void {
  expect(shapeOf(actual)).toEqual(shapeOf(want));
  const a = actual.flat(2);
  const b = want.flat(2);
  a.forEach((v, i) => {
    const target = b[i]!;
    if (Math.abs(v - target) > 1e-9 * Math.max(1, Math.abs(target))) expect(v).toBe(target);
  });
}

// ---------------------------------------------------------------------------------------------------
// Configurations
// ---------------------------------------------------------------------------------------------------

const range = (r: { min: number; max: number }, cap: number = r.max) =>
  fc.integer({ min: r.min, max: Math.min(r.max, cap) });
const pair = (r: { min: number; max: number }, cap?: number): fc.Arbitrary<Size2> =>
  fc.tuple(range(r, cap), range(r, cap));

/** A configuration of the given view within LIMITS; grids capped at `maxSize` to keep runs quick. */
function configArb(
  modes: readonly Mode[],
  maxSize: number = LIMITS.size.max,
  maxCin: number = LIMITS.cin.max,
): fc.Arbitrary<Config> {
  const fields: { [K in keyof Config]?: fc.Arbitrary<Config[K]> } = {
    size: pair(LIMITS.size, maxSize),
    k: pair(LIMITS.k),
    stride: fc.option(pair(LIMITS.stride), { nil: null }),
    pad: fc.oneof(fc.constant('valid' as const), fc.constant('same' as const), pair(LIMITS.pad)),
    dilation: pair(LIMITS.dilation),
    cin: range(LIMITS.cin, maxCin),
    cout: range(LIMITS.cout),
    seed: range(LIMITS.seed),
    pool: fc.constantFrom('max' as const, 'avg' as const),
    relu: fc.boolean(),
  };
  return fc.tuple(fc.constantFrom(...modes), fc.boolean()).chain(([mode, wantPipeline]) => {
    const pipeline = mode === 'maxpool' && wantPipeline;
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const key of MODE_PARAMS[mode]) if (fields[key]) record[key] = fields[key];
    // The pointwise view must ignore these; set them anyway to prove it.
    if (mode === 'pointwise')
      Object.assign(record, {
        k: fields.k,
        stride: fields.stride,
        pad: fields.pad,
        dilation: fields.dilation,
      });
    // The max pooling view has one input channel unless told otherwise; let it have several.
    if (mode === 'maxpool' && !pipeline) record.cin = fields.cin!;
    return fc
      .record(record)
      .map((patch) => ({ ...defaultsFor(mode, pipeline), ...patch, mode, pipeline }) as Config);
  });
}

// ---------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------

describe('deriveWindowOperation', () => {
  test.each(MODES.map((m) => [m]))(
    '%s: step count is channels × outH × outW, or the configuration is refused',
    (mode) => {
      fc.assert(
        fc.property(configArb([mode], 24), (config) => {
          const e = expected(config);
          if (!e.valid) {
            expect(() => deriveWindowOperation(config)).toThrow(Error);
            return;
          }
          const op = deriveWindowOperation(config);
          expect(op.kind).toBe(e.kind);
          expect(op.stepCount).toBe(e.outChannels * e.rows.out! * e.cols.out!);
          expect(shapeOf(op.output)).toEqual([e.outChannels, e.rows.out, e.cols.out]);
          expect(shapeOf(op.input)).toEqual([e.inChannels, e.n[0], e.n[1]]);
          // stepAt walks output channel, then row, then column.
          const last = op.stepAt(op.stepCount - 1);
          expect(last.out).toEqual({
            channel: e.outChannels - 1,
            row: e.rows.out! - 1,
            col: e.cols.out! - 1,
          });
        }),
        { numRuns: 200 },
      );
    },
  );

  test('the default configuration of every view has an output', () => {
    for (const mode of MODES) {
      for (const pipeline of [false, true])
        expect(() => deriveWindowOperation(defaultsFor(mode, pipeline))).not.toThrow();
    }
  });

  test('the pointwise kernel is 1×1, whatever k, stride, pad and dilation say', () => {
    fc.assert(
      fc.property(configArb(['pointwise'], 12), (config) => {
        const op = deriveWindowOperation(config);
        expect(shapeOf(op.kernel)).toEqual([config.cout, config.cin, 1, 1]);
        expect(op.geometry.kernelHeight).toBe(1);
        expect(op.geometry.kernelWidth).toBe(1);
        expect(shapeOf(op.output)).toEqual([config.cout, config.size[0], config.size[1]]);
      }),
      { numRuns: 200 },
    );
  });

  test('convolution views compute what a naive convolution computes', () => {
    fc.assert(
      fc.property(configArb(['standard', 'dilated', 'pointwise'], 14, 3), (config) => {
        const e = expected(config);
        fc.pre(e.valid);
        const op = deriveWindowOperation(config);
        expect(shapeOf(op.kernel)).toEqual([e.outChannels, e.inChannels, e.k[0], e.k[1]]);
        expectClose(op.output, naiveConv(op.input, op.kernel!, e));
      }),
      { numRuns: 200 },
    );
  });

  test('pooling views compute what naive pooling computes', () => {
    fc.assert(
      fc.property(configArb(['maxpool'], 16, 4), (config) => {
        const e = expected(config);
        fc.pre(e.valid);
        const op = deriveWindowOperation(config);
        expectClose(op.output, naivePool(op.input, e));
      }),
      { numRuns: 200 },
    );
  });

  test("the pipeline's pool reads the 3×3 convolution of the image", () => {
    fc.assert(
      fc.property(
        configArb(['maxpool'], 16).map((c) => ({ ...c, pipeline: true, cin: 1 })),
        (config) => {
          fc.pre(expected(config).valid);
          const op = deriveWindowOperation(config);
          const p = op.pipeline!;
          expect(p).not.toBeNull();
          expect(shapeOf(p.image)).toEqual([1, config.size[0], config.size[1]]);
          expect(shapeOf(p.kernel)).toEqual([1, 1, 3, 3]);
          const conv = naiveConv(p.image, p.kernel, {
            s: [1, 1],
            d: [1, 1],
            rows: { before: 0, after: 0, out: config.size[0] - 2 },
            cols: { before: 0, after: 0, out: config.size[1] - 2 },
          });
          expectClose(p.featureMap, conv);
          expectClose(op.input, conv);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('the classic pipeline preset: 11×11 image → 9×9 feature map → 3×3 pool', () => {
    const op = deriveWindowOperation(defaultsFor('maxpool', true));
    expect(shapeOf(op.pipeline!.image)).toEqual([1, 11, 11]);
    expect(shapeOf(op.input)).toEqual([1, 9, 9]);
    expect(shapeOf(op.output)).toEqual([1, 3, 3]);
    expect(op.stepCount).toBe(9);
  });

  test('edited values are what the operation reads', () => {
    const input = [
      [
        [1, -2, 3],
        [0.5, 0, -1 / 9],
        [7, 8, 9],
      ],
    ];
    const kernel = [
      [
        [
          [1, 0],
          [0, -1],
        ],
      ],
    ];
    const config: Config = {
      ...defaultsFor('standard', false),
      size: [3, 3],
      k: [2, 2],
      pad: [0, 0],
      input,
      kernel,
    };
    const op = deriveWindowOperation(config);
    expect(op.input).toEqual(input);
    expect(op.kernel).toEqual(kernel);
    // out[i][j] = x[i][j] − x[i+1][j+1]
    expectClose(op.output, [
      [
        [1 - 0, -2 - -1 / 9],
        [0.5 - 8, 0 - 9],
      ],
    ]);
  });

  test('ReLU: shown output is max(0, x) of the convolution output when on, the output itself when off', () => {
    const signed = fc.integer({ min: -9, max: 9 });
    fc.assert(
      fc.property(
        configArb(['pointwise'], 10, 4).chain((c) =>
          fc
            .array(
              fc.array(fc.array(signed, { minLength: c.size[1], maxLength: c.size[1] }), {
                minLength: c.size[0],
                maxLength: c.size[0],
              }),
              {
                minLength: c.cin,
                maxLength: c.cin,
              },
            )
            .map((input) => ({ ...c, input })),
        ),
        (config) => {
          const on = deriveWindowOperation({ ...config, relu: true });
          const off = deriveWindowOperation({ ...config, relu: false });
          const e = expected(config);
          const conv = naiveConv(on.input, on.kernel!, e);
          expectClose(on.output, conv);
          expectClose(
            on.shownOutput,
            conv.map((p) => p.map((r) => r.map((v) => Math.max(0, v)))),
          );
          expect(on.shownOutput.flat(2).every((v) => v >= 0)).toBe(true);
          expectClose(off.shownOutput, off.output);
          expectClose(off.output, conv);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('ReLU applies only to the pointwise view', () => {
    const config: Config = {
      ...defaultsFor('standard', false),
      relu: true,
      input: [
        [
          [-5, -5, -5, -5, -5],
          [-5, -5, -5, -5, -5],
          [-5, -5, -5, -5, -5],
          [-5, -5, -5, -5, -5],
          [-5, -5, -5, -5, -5],
        ],
      ],
      kernel: [
        [
          [
            [1, 1, 1],
            [1, 1, 1],
            [1, 1, 1],
          ],
        ],
      ],
    };
    const op = deriveWindowOperation(config);
    expect(op.shownOutput.flat(2).some((v) => v < 0)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// fitTensor3 / fitTensor4
// ---------------------------------------------------------------------------------------------------

const dims3 = fc.tuple(
  fc.integer({ min: 1, max: 4 }),
  fc.integer({ min: 1, max: 6 }),
  fc.integer({ min: 1, max: 6 }),
);
const filled3 = ([c, h, w]: [number, number, number], arb: fc.Arbitrary<number>): fc.Arbitrary<Tensor3> =>
  fc.array(fc.array(fc.array(arb, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }), {
    minLength: c,
    maxLength: c,
  });

describe('fitTensor3 and fitTensor4', () => {
  test('keep edited values where the shape still fits; new cells come from the generated tensor', () => {
    fc.assert(
      fc.property(
        dims3.chain((d) => filled3(d, fc.integer({ min: 100, max: 199 }))),
        dims3.chain((d) => filled3(d, fc.integer({ min: 0, max: 9 }))),
        (edited, generated) => {
          const fitted = fitTensor3(edited, generated);
          const want = generated.map((plane, c) =>
            plane.map((row, r) =>
              row.map((v, q) =>
                c < edited.length && r < edited[0]!.length && q < edited[0]![0]!.length
                  ? edited[c]![r]![q]!
                  : v,
              ),
            ),
          );
          expect(fitted).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('no edits: the generated tensor', () => {
    const generated = [
      [
        [1, 2],
        [3, 4],
      ],
    ];
    expect(fitTensor3(null, generated)).toEqual(generated);
    expect(fitTensor4(null, [generated])).toEqual([generated]);
  });

  test('fitTensor4 keeps each filter × channel slice where it fits', () => {
    const edited: Tensor4 = [[[[9, 9, 9]]], [[[8]]]];
    const generated: Tensor4 = [
      [
        [
          [0, 0],
          [0, 0],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ],
      [
        [
          [2, 2],
          [2, 2],
        ],
        [
          [3, 3],
          [3, 3],
        ],
      ],
      [
        [
          [4, 4],
          [4, 4],
        ],
        [
          [5, 5],
          [5, 5],
        ],
      ],
    ];
    expect(fitTensor4(edited, generated)).toEqual([
      [
        [
          [9, 9],
          [0, 0],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ],
      [
        [
          [8, 2],
          [2, 2],
        ],
        [
          [3, 3],
          [3, 3],
        ],
      ],
      [
        [
          [4, 4],
          [4, 4],
        ],
        [
          [5, 5],
          [5, 5],
        ],
      ],
    ]);
  });

  test('edited values survive a configuration change that still fits them', () => {
    const input = [
      [
        [1, -2, 3],
        [4, 5, -6],
        [7, 8, 9],
      ],
    ];
    const small: Config = { ...defaultsFor('standard', false), size: [3, 3], input };
    const larger = deriveWindowOperation({ ...small, size: [5, 4] });
    for (let r = 0; r < 3; r++)
      for (let q = 0; q < 3; q++) expect(larger.input[0]![r]![q]).toBe(input[0]![r]![q]);
    expect(shapeOf(larger.input)).toEqual([1, 5, 4]);
    const smaller = deriveWindowOperation({ ...small, size: [2, 2], pad: [1, 1] });
    expect(smaller.input).toEqual([
      [
        [1, -2],
        [4, 5],
      ],
    ]);
  });
});
