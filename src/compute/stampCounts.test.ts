/**
 * Overlap maps: the transposed convolution's stamp counts are what counting the steps' targets gives;
 * k = 3, s = 2 shows the uneven 1/2/4 checkerboard; resize-then-convolve covers evenly.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  conv2d,
  convTransposeSteps,
  makeTransposeGeometry,
  planConvTranspose,
  resizeConvCounts,
  stampCounts,
  stampsEvenly,
} from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';
import { transposeCaseArb, transposeOpts } from './testing/transposeArbitraries';

const geometry = (n: number, k: number, s: number, p = 0, a = 0, d = 1) =>
  makeTransposeGeometry({
    inChannels: 1,
    outChannels: 1,
    inputSize: n,
    kernelSize: k,
    stride: s,
    padding: p,
    outputPadding: a,
    dilation: d,
  });

describe('stampCounts', PROPERTY_TIMEOUT, () => {
  test('counts, per output cell, the targets of input channel 0 on output channel 0 over all steps', () => {
    fc.assert(
      fc.property(transposeCaseArb({}, ['int']), (c) => {
        const opts = transposeOpts(c);
        const { geometry: g } = planConvTranspose(c.input, c.weight, opts);
        const output = Array.from({ length: g.outHeight }, () => new Array<number>(g.outWidth).fill(0));
        const full = Array.from({ length: g.fullHeight }, () => new Array<number>(g.fullWidth).fill(0));
        for (const step of convTransposeSteps(c.input, c.weight, opts)) {
          if (step.in.channel !== 0) continue;
          for (const t of step.targets) {
            if (t.channel !== 0) continue;
            full[t.row + g.padRow]![t.col + g.padCol]!++;
            if (!t.cropped) output[t.row]![t.col]!++;
          }
        }
        expect(stampCounts(g)).toEqual(output);
        expect(stampCounts(g, 'full')).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  test('kernel 3, stride 2: the uneven 1/2/4 pattern of checkerboard artifacts', () => {
    // Along one axis, 4 inputs: taps of neighbouring inputs overlap on every other cell.
    const axis = [1, 1, 2, 1, 2, 1, 2, 1, 1];
    expect(stampCounts(geometry(4, 3, 2))).toEqual(axis.map((r) => axis.map((c) => r * c)));
    const interior = stampCounts(geometry(8, 3, 2, 1))
      .slice(1, -1)
      .flatMap((row) => row.slice(1, -1));
    expect(new Set(interior)).toEqual(new Set([1, 2, 4]));
  });

  test('a kernel the stride divides covers the interior evenly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        (n, s, m) => {
          const k = s * m;
          const counts = stampCounts(geometry(n, k, s));
          // Away from the first and last k cells every cell is covered by exactly m stamps per axis.
          const inner = counts.slice(k, -k).flatMap((row) => row.slice(k, -k));
          for (const x of inner) expect(x).toBe(m * m);
        },
      ),
    );
  });
});

describe('stampsEvenly', () => {
  test('says whether the cells every tap can reach (rows d(k − 1) … (n − 1)s) hold one count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (k, s, d) => {
          // Enough inputs that the interior spans at least one full period of the stride.
          const n = Math.ceil((d * (k - 1) + s) / s) + 1;
          const counts = stampCounts(geometry(n, k, s, 0, 0, d));
          const inner = counts
            .slice(d * (k - 1), (n - 1) * s + 1)
            .flatMap((row) => row.slice(d * (k - 1), (n - 1) * s + 1));
          expect(inner.length).toBeGreaterThan(0);
          expect(stampsEvenly(geometry(n, k, s, 0, 0, d))).toBe(new Set(inner).size === 1);
        },
      ),
    );
  });

  test('dilation decides as much as the kernel size', () => {
    expect(stampsEvenly(geometry(4, 3, 2))).toBe(false);
    expect(stampsEvenly(geometry(4, 4, 2))).toBe(true);
    // Every tap 2 apart lands on an even offset: odd rows are never reached.
    expect(stampsEvenly(geometry(4, 4, 2, 0, 0, 2))).toBe(false);
    expect(stampsEvenly(geometry(4, 4, 2, 0, 0, 3))).toBe(true);
  });
});

describe('resizeConvCounts', () => {
  test('equals a "same" convolution of ones over the resized image of ones (nothing but its border is uneven)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
        (n, w, k, s, d) => {
          const g = makeTransposeGeometry({
            inChannels: 1,
            outChannels: 1,
            inputSize: [n, w],
            kernelSize: k,
            stride: s,
            dilation: d,
          });
          const resized = [Array.from({ length: n * s }, () => new Array<number>(w * s).fill(1))];
          const ones = [[Array.from({ length: k }, () => new Array<number>(k).fill(1))]];
          const counted = conv2d(resized, ones, { padding: 'same', dilation: d })[0];
          expect(resizeConvCounts(g)).toEqual(counted);
        },
      ),
    );
  });

  test('kernel 3, stride 2: every interior cell gets the full 9 products', () => {
    const counts = resizeConvCounts(geometry(4, 3, 2));
    expect(counts.length).toBe(8);
    expect(new Set(counts.slice(1, -1).flatMap((row) => row.slice(1, -1)))).toEqual(new Set([9]));
  });
});
