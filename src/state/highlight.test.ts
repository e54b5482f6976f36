/**
 * Which cells light up. The window of output (o, i, j) is worked out here from contract §1: tap
 * (c, u, v) reads input (c, i·sH − top + u·dH, j·sW − left + v·dW), padding cells included.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import {
  defaultsFor,
  LIMITS,
  MODE_PARAMS,
  type Config,
  type Mode,
  type PaddingSetting,
  type Size2,
} from './config';
import { configProblem, windowOperationFor } from './derived';
import { ARGMAX, cellKey, highlightFor, IN_WINDOW, kernelKey, LIT, shownStepIndex, TERM } from './highlight';
import type { HoverTarget } from './store';

// Property runs are CPU-bound: give them room when the machine is busy (each takes ~1 s when idle).
vi.setConfig({ testTimeout: 30_000 });

/** TensorFlow's `same` (as geometry.ts documents): total padding so out = ceil(n/s), the odd cell after. */
function padBefore(
  n: number,
  k: number,
  s: number,
  d: number,
  pad: PaddingSetting,
  i: 0 | 1,
): [number, number] {
  if (pad === 'valid') return [0, 0];
  if (pad !== 'same') return [pad[i], pad[i]];
  const total = Math.max((Math.ceil(n / s) - 1) * s + d * (k - 1) + 1 - n, 0);
  return [Math.floor(total / 2), total - Math.floor(total / 2)];
}

interface Geo {
  cin: number;
  k: Size2;
  s: Size2;
  d: Size2;
  top: number;
  left: number;
  outH: number;
  outW: number;
}

/** The geometry of a standard or dilated configuration, from the formula. */
function geometry(c: Config): Geo {
  const s = c.stride ?? [1, 1];
  const [top, bottom] = padBefore(c.size[0], c.k[0], s[0], c.dilation[0], c.pad, 0);
  const [left, right] = padBefore(c.size[1], c.k[1], s[1], c.dilation[1], c.pad, 1);
  const outH = Math.floor((c.size[0] + top + bottom - c.dilation[0] * (c.k[0] - 1) - 1) / s[0]) + 1;
  const outW = Math.floor((c.size[1] + left + right - c.dilation[1] * (c.k[1] - 1) - 1) / s[1]) + 1;
  return { cin: c.mode === 'dilated' ? 1 : c.cin, k: c.k, s, d: c.dilation, top, left, outH, outW };
}

function windowKeys(g: Geo, i: number, j: number): string[] {
  const keys: string[] = [];
  for (let c = 0; c < g.cin; c++) {
    for (let u = 0; u < g.k[0]; u++) {
      for (let v = 0; v < g.k[1]; v++)
        keys.push(cellKey(c, i * g.s[0] - g.top + u * g.d[0], j * g.s[1] - g.left + v * g.d[1]));
    }
  }
  return keys.sort();
}

const keysWith = (map: Map<string, number>, bit: number) =>
  [...map]
    .filter(([, flags]) => flags & bit)
    .map(([k]) => k)
    .sort();

const pair = (r: { min: number; max: number }, cap = r.max): fc.Arbitrary<Size2> =>
  fc.tuple(
    fc.integer({ min: r.min, max: Math.min(cap, r.max) }),
    fc.integer({ min: r.min, max: Math.min(cap, r.max) }),
  );

/** A configuration of the view with an output; small grids keep the all-steps scans quick. */
function configArb(modes: readonly Mode[]): fc.Arbitrary<Config> {
  const fields: { [K in keyof Config]?: fc.Arbitrary<Config[K]> } = {
    size: pair(LIMITS.size, 10),
    k: pair(LIMITS.k, 5),
    stride: fc.option(pair(LIMITS.stride), { nil: null }),
    pad: fc.oneof(fc.constant('valid' as const), fc.constant('same' as const), pair(LIMITS.pad)),
    dilation: pair(LIMITS.dilation, 3),
    cin: fc.integer({ min: 1, max: 3 }),
    cout: fc.integer(LIMITS.cout),
    seed: fc.integer(LIMITS.seed),
    pool: fc.constantFrom('max' as const, 'avg' as const),
    relu: fc.boolean(),
  };
  return fc
    .constantFrom(...modes)
    .chain((mode) => {
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of MODE_PARAMS[mode]) if (fields[key] && key !== 'pipeline') record[key] = fields[key];
      return fc
        .record(record)
        .map((patch) => ({ ...defaultsFor(mode, false), ...patch, mode, pipeline: false }) as Config);
    })
    .filter((c) => configProblem(c) === null);
}

const withStep = (modes: readonly Mode[]) =>
  configArb(modes).chain((config) =>
    fc.record({
      config: fc.constant(config),
      step: fc.integer({ min: 0, max: windowOperationFor(config).stepCount - 1 }),
    }),
  );

describe('highlightFor: the current step', () => {
  test('IN_WINDOW input cells are exactly the window of the step, from the formula (standard and dilated)', () => {
    fc.assert(
      fc.property(withStep(['standard', 'dilated']), ({ config, step }) => {
        const g = geometry(config);
        expect(windowOperationFor(config).stepCount).toBe(
          (config.mode === 'dilated' ? 1 : config.cout) * g.outH * g.outW,
        );
        const o = Math.floor(step / (g.outH * g.outW));
        const i = Math.floor((step % (g.outH * g.outW)) / g.outW);
        const j = step % g.outW;
        const h = highlightFor({ config, step, hover: null });
        expect(h.step.index).toBe(step);
        expect(h.step.out).toEqual({ channel: o, row: i, col: j });
        expect(keysWith(h.input, IN_WINDOW)).toEqual([...new Set(windowKeys(g, i, j))].sort());
        // Every tap of filter o lights its kernel cell.
        const kernel: string[] = [];
        for (let c = 0; c < g.cin; c++)
          for (let u = 0; u < g.k[0]; u++)
            for (let v = 0; v < g.k[1]; v++) kernel.push(kernelKey(o, c, u, v));
        expect(keysWith(h.kernel, IN_WINDOW)).toEqual(kernel.sort());
        // Nothing else is lit without a hover.
        expect(h.output.size).toBe(0);
        expect(keysWith(h.input, LIT | TERM | ARGMAX)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('a known case: 5×5, 3×3, pad 1, step 0 reads rows and columns −1..1', () => {
    const config = defaultsFor('standard', false);
    const h = highlightFor({ config, step: 0, hover: null });
    const want = [-1, 0, 1].flatMap((r) => [-1, 0, 1].map((c) => cellKey(0, r, c))).sort();
    expect(keysWith(h.input, IN_WINDOW)).toEqual(want);
  });

  test('max pooling marks the winning input cell ARGMAX, inside the window, holding the maximum', () => {
    fc.assert(
      fc.property(
        withStep(['maxpool']).filter(({ config }) => config.pool === 'max'),
        ({ config, step }) => {
          const h = highlightFor({ config, step, hover: null });
          const argmax = keysWith(h.input, ARGMAX);
          expect(argmax).toHaveLength(1);
          expect(keysWith(h.input, IN_WINDOW)).toContain(argmax[0]);
          const [c, r, q] = argmax[0]!.split(':').map(Number) as [number, number, number];
          const input = windowOperationFor(config).input;
          const best = Math.max(...h.step.window.map((w) => w.value));
          expect(input[c]![r]![q]).toBe(best);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hover', () => {
  test('hovering an output cell shows that cell’s step', () => {
    fc.assert(
      fc.property(
        configArb(['standard', 'dilated', 'pointwise', 'maxpool']).chain((config) => {
          const out = windowOperationFor(config).output;
          return fc.record({
            config: fc.constant(config),
            step: fc.nat({ max: windowOperationFor(config).stepCount - 1 }),
            channel: fc.nat({ max: out.length - 1 }),
            row: fc.nat({ max: out[0]!.length - 1 }),
            col: fc.nat({ max: out[0]![0]!.length - 1 }),
          });
        }),
        ({ config, step, channel, row, col }) => {
          const out = windowOperationFor(config).output;
          const outH = out[0]!.length;
          const outW = out[0]![0]!.length;
          const hover: HoverTarget = { grid: 'output', channel, row, col };
          const index = (channel * outH + row) * outW + col;
          expect(shownStepIndex({ config, step, hover })).toBe(index);
          const h = highlightFor({ config, step, hover });
          expect(h.step.index).toBe(index);
          expect(h.step.out).toEqual({ channel, row, col });
          // Without the hover, the playback step is shown.
          expect(shownStepIndex({ config, step, hover: null })).toBe(step);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('hovering an input cell lights exactly the outputs whose windows read it', () => {
    fc.assert(
      fc.property(
        configArb(['standard', 'dilated', 'pointwise', 'maxpool']).chain((config) => {
          const g = windowOperationFor(config).geometry;
          const channels = windowOperationFor(config).input.length;
          return fc.record({
            config: fc.constant(config),
            step: fc.nat({ max: windowOperationFor(config).stepCount - 1 }),
            channel: fc.nat({ max: channels - 1 }),
            // Padding cells are shown (and hoverable) too.
            row: fc.integer({ min: -g.padding.top, max: config.size[0] - 1 + g.padding.bottom }),
            col: fc.integer({ min: -g.padding.left, max: config.size[1] - 1 + g.padding.right }),
          });
        }),
        ({ config, step, channel, row, col }) => {
          const op = windowOperationFor(config);
          const want = new Set<string>();
          for (let s = 0; s < op.stepCount; s++) {
            const st = op.stepAt(s);
            if (st.window.some((w) => w.channel === channel && w.row === row && w.col === col)) {
              want.add(cellKey(st.out.channel, st.out.row, st.out.col));
            }
          }
          const h = highlightFor({ config, step, hover: { grid: 'input', channel, row, col } });
          expect(keysWith(h.output, LIT)).toEqual([...want].sort());
          // The hover does not change which step is shown.
          expect(h.step.index).toBe(step);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('hovering a kernel tap lights every input cell that tap reads over all steps', () => {
    fc.assert(
      fc.property(
        configArb(['standard', 'dilated']).chain((config) => {
          const g = geometry(config);
          return fc.record({
            config: fc.constant(config),
            out: fc.nat({ max: config.mode === 'dilated' ? 0 : config.cout - 1 }),
            channel: fc.nat({ max: g.cin - 1 }),
            row: fc.nat({ max: g.k[0] - 1 }),
            col: fc.nat({ max: g.k[1] - 1 }),
          });
        }),
        ({ config, out, channel, row, col }) => {
          const g = geometry(config);
          const want = new Set<string>();
          for (let i = 0; i < g.outH; i++) {
            for (let j = 0; j < g.outW; j++)
              want.add(
                cellKey(channel, i * g.s[0] - g.top + row * g.d[0], j * g.s[1] - g.left + col * g.d[1]),
              );
          }
          const h = highlightFor({ config, step: 0, hover: { grid: 'kernel', out, channel, row, col } });
          expect(keysWith(h.input, LIT)).toEqual([...want].sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  test('hovering a term of the sum marks that tap’s input and kernel cells', () => {
    const config = { ...defaultsFor('standard', false), size: [6, 6] as Size2, cin: 2, cout: 2 };
    const step = 40; // filter 1, row 0, col 4
    const h = highlightFor({ config, step, hover: { grid: 'term', tap: 10 } });
    // Tap 10 in the order (channel, kernel row, kernel column) of a 2×3×3 window: channel 1, (0, 1).
    expect(keysWith(h.input, TERM)).toEqual([cellKey(1, 0 - 1 + 0, 4 - 1 + 1)]);
    expect(keysWith(h.kernel, TERM)).toEqual([kernelKey(1, 1, 0, 1)]);
  });
});
