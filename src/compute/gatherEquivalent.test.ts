/**
 * Gather = scatter: the stretched, padded canvas convolved (ordinary conv2d, stride 1) with the
 * rotated kernel is the transposed convolution. The canvas is rebuilt here with array operations
 * (insert, pad or crop, append), and the hover lookup is checked against both views.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  conv2d,
  convTranspose2d,
  convTransposeSteps,
  gatherEquivalent,
  planConvTranspose,
  transposeInputsReading,
  type GatherCellKind,
} from './index';
import { expectClose, PROPERTY_TIMEOUT } from './testing/arbitraries';
import { naiveConvTranspose2d } from './testing/naiveTranspose';
import { absCase, transposeCaseArb, transposeOpts, type TransposeCase } from './testing/transposeArbitraries';

/**
 * One axis of the canvas: s − 1 fillers between items; q of `pad` before and after (when q < 0, −q
 * items cropped at the start); then output padding: a of `extra` after, except that when q < 0 it
 * first gives back cropped items (the end side is cropped by −(q + a) only).
 */
function stretch<T>(items: T[], s: number, q: number, a: number, filler: T, pad: T, extra: T): T[] {
  const inserted = items.flatMap((x, i) => (i === 0 ? [x] : [...new Array<T>(s - 1).fill(filler), x]));
  const fill = (n: number, value: T) => new Array<T>(Math.max(n, 0)).fill(value);
  const start = q >= 0 ? [...fill(q, pad), ...inserted] : inserted.slice(-q);
  if (q >= 0) return [...start, ...fill(q, pad), ...fill(a, extra)];
  return q + a >= 0 ? [...start, ...fill(q + a, extra)] : start.slice(0, start.length + q + a);
}

function expectedCanvas(c: TransposeCase) {
  const q = [0, 1].map((a) => c.dilation[a]! * (c.kernel[a]! - 1) - c.padding[a]!) as [number, number];
  const across = <T>(row: T[], filler: T, pad: T, extra: T) =>
    stretch(row, c.stride[1], q[1], c.outputPadding[1], filler, pad, extra);
  const down = <T>(rows: T[][], filler: T[], pad: T[], extra: T[]) =>
    stretch(rows, c.stride[0], q[0], c.outputPadding[0], filler, pad, extra);
  const blank = <T>(fill: T): T[] => new Array<T>(c.width).fill(fill);

  const zeros = across(blank(0), 0, 0, 0);
  const input = c.input.map((plane) =>
    down(
      plane.map((row) => across(row, 0, 0, 0)),
      zeros,
      zeros,
      zeros,
    ),
  );
  // Inserted rows still get padding and output padding at their ends; output padding rows are whole.
  const kindsAcross = (fill: GatherCellKind) =>
    across<GatherCellKind>(blank(fill), fill === 'input' ? 'inserted' : fill, 'padding', 'outpad');
  const kinds = down(
    c.input[0]!.map(() => kindsAcross('input')),
    kindsAcross('inserted'),
    kindsAcross('padding'),
    kindsAcross('outpad').map(() => 'outpad' as const),
  );
  return { input, kinds, q };
}

describe('gatherEquivalent', PROPERTY_TIMEOUT, () => {
  test('conv2d of the gather canvas with the rotated kernel equals the transposed convolution (1,000 configurations)', () => {
    fc.assert(
      fc.property(transposeCaseArb(), (c) => {
        const opts = transposeOpts(c);
        const gather = gatherEquivalent(c.input, c.weight, opts);
        const viaConv = conv2d(gather.input, gather.weight, { dilation: gather.dilation, bias: gather.bias });
        const direct = convTranspose2d(c.input, c.weight, opts);
        if (c.kind === 'int') {
          expect(viaConv).toEqual(direct);
        } else {
          const abs = absCase(c);
          const scale = naiveConvTranspose2d(abs.input, abs.weight, { ...c, bias: abs.bias });
          expectClose(viaConv, direct, { relative: 1e-12, absolute: 1e-300, scale });
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the canvas: zeros inserted, padding d(k−1)−p per side (cropped when negative), output padding after', () => {
    fc.assert(
      fc.property(transposeCaseArb({}, ['int']), (c) => {
        const gather = gatherEquivalent(c.input, c.weight, transposeOpts(c));
        const want = expectedCanvas(c);
        expect(gather.input).toEqual(want.input);
        expect(gather.padding).toEqual(want.q);
        expect([gather.height, gather.width]).toEqual([want.input[0]!.length, want.input[0]![0]!.length]);
        expect(gather.kinds).toEqual(want.kinds);
        // An input cell's source is where the stretch put it: canvas index = input index · s + q.
        const sources = want.kinds.map((row, r) =>
          row.map((kind, col) =>
            kind === 'input'
              ? { row: (r - want.q[0]) / c.stride[0], col: (col - want.q[1]) / c.stride[1] }
              : null,
          ),
        );
        expect(gather.source).toEqual(sources);
      }),
      { numRuns: 300 },
    );
  });

  test('the kernel is rotated 180° with in/out swapped; channels of different groups get zeros', () => {
    fc.assert(
      fc.property(transposeCaseArb({}, ['int']), (c) => {
        const { weight } = gatherEquivalent(c.input, c.weight, transposeOpts(c));
        const [kh, kw] = c.kernel;
        const inPer = c.inChannels / c.groups;
        const outPer = c.outChannels / c.groups;
        expect(weight.length).toBe(c.outChannels);
        weight.forEach((filter, o) => {
          expect(filter.length).toBe(c.inChannels);
          filter.forEach((kernel, ch) => {
            const sameGroup = Math.floor(ch / inPer) === Math.floor(o / outPer);
            const want = sameGroup
              ? c.weight[ch]![o % outPer]!.map((row) => [...row].reverse()).reverse()
              : Array.from({ length: kh }, () => new Array<number>(kw).fill(0));
            expect(kernel).toEqual(want);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  test('hover: the input cells behind an output cell are the same in scatter and in gather', () => {
    fc.assert(
      fc.property(transposeCaseArb({}, ['int']), fc.nat(), fc.nat(), (c, pickRow, pickCol) => {
        const opts = transposeOpts(c);
        const { geometry: g } = planConvTranspose(c.input, c.weight, opts);
        // Anywhere on the uncropped canvas, ghost cells included.
        const row = (pickRow % g.fullHeight) - g.padRow;
        const col = (pickCol % g.fullWidth) - g.padCol;
        const found = transposeInputsReading(g, row, col);
        const key = (x: { row: number; col: number; kernelRow: number; kernelCol: number }) =>
          `${x.row},${x.col},${x.kernelRow},${x.kernelCol}`;

        const scatter = convTransposeSteps(c.input, c.weight, opts)
          .filter((s) => s.in.channel === 0)
          .flatMap((s) =>
            s.targets
              .filter((t) => t.channel === 0 && t.row === row && t.col === col)
              .map((t) => ({ row: s.in.row, col: s.in.col, kernelRow: t.kernelRow, kernelCol: t.kernelCol })),
          );
        expect(found.map(key)).toEqual(scatter.map(key)); // same order too: by input row, then column

        if (row < 0 || row >= g.outHeight || col < 0 || col >= g.outWidth) return;
        const gather = gatherEquivalent(c.input, c.weight, opts);
        const read = [];
        for (let u = 0; u < g.kernelHeight; u++) {
          for (let v = 0; v < g.kernelWidth; v++) {
            const source = gather.source[row + u * g.dilationRow]![col + v * g.dilationCol];
            if (source)
              read.push({ ...source, kernelRow: g.kernelHeight - 1 - u, kernelCol: g.kernelWidth - 1 - v });
          }
        }
        expect(new Set(found.map(key))).toEqual(new Set(read.map(key)));
      }),
      { numRuns: 500 },
    );
  });
});
