/**
 * The window family's questions judged against independent references: the naive convolution and
 * pooling of src/compute/testing (written differently from the compute module), the output-size
 * formula written out here, and window positions worked out from stride, padding and dilation.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatValue } from '../../state/cellEntry';
import { configProblem, operationFor } from '../../state/derived';
import { MODE_DEFAULTS, type Config } from '../../state/config';
import { naiveConv2d, naiveMaxPool2d } from '../../compute/testing/naiveReference';
import { sizeQuestion } from '../../quiz/check';
import { asWindow } from './operation';
import { windowQuiz } from './quiz';

const configArb = (mode: 'standard' | 'maxpool') =>
  fc
    .record({
      size: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
      k: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
      pad: fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 })),
      dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
      cin: fc.integer({ min: 1, max: 2 }),
      cout: fc.integer({ min: 1, max: 2 }),
      seed: fc.nat(1000),
    })
    .map((r): Config => {
      const base = MODE_DEFAULTS[mode];
      return mode === 'standard' ? { ...base, ...r } : { ...base, ...r, dilation: [1, 1], cout: 1 };
    })
    .filter((c) => configProblem(c) === null);

/** PyTorch's output size, one axis. */
const outSide = (n: number, k: number, s: number, p: number, d: number) =>
  Math.floor((n + 2 * p - d * (k - 1) - 1) / s) + 1;

describe('window questions', () => {
  test('value: the naive output, as shown, is right; a value that shows differently is wrong', () => {
    fc.assert(
      fc.property(
        configArb('standard'),
        fc.nat(),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (config, n, off) => {
          const op = asWindow(operationFor(config));
          const index = n % op.stepCount;
          const q = windowQuiz.question('value', op, index);
          const { out } = op.stepAt(index);
          const expected = naiveConv2d(op.input, op.kernel!, {
            stride: config.stride!,
            padding: config.pad as [number, number],
            dilation: config.dilation,
          })[out.channel]![out.row]![out.col]!;
          expect(q.check({ kind: 'number', text: formatValue(expected) }).correct).toBe(true);
          // Typed as a student would: String() of a sum near 0 is "1e-16", which is no number to type.
          const wrong = (expected + off).toFixed(6);
          if (formatValue(Number(wrong)) !== formatValue(expected))
            expect(q.check({ kind: 'number', text: wrong }).correct).toBe(false);
          expect(q.check({ kind: 'number', text: 'twelve' }).correct).toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  test('window: the cells at row·s − p + i·d of the asked channel are right; one fewer or one more is wrong', () => {
    fc.assert(
      fc.property(configArb('standard'), fc.nat(), (config, n) => {
        const op = asWindow(operationFor(config));
        const index = n % op.stepCount;
        const q = windowQuiz.question('window', op, index);
        const { out } = op.stepAt(index);
        const [s, p, d, k] = [config.stride!, config.pad as [number, number], config.dilation, config.k];
        const cells: string[] = [];
        for (let i = 0; i < k[0]; i++)
          for (let j = 0; j < k[1]; j++)
            cells.push(`0:${out.row * s[0] - p[0] + i * d[0]}:${out.col * s[1] - p[1] + j * d[1]}`);
        expect(q.reply).toBe('pick-many');
        expect(q.check({ kind: 'cells', cells }).correct).toBe(true);
        if (cells.length > 1) expect(q.check({ kind: 'cells', cells: cells.slice(1) }).correct).toBe(false);
        expect(q.check({ kind: 'cells', cells: [...cells, '0:99:99'] }).correct).toBe(false);
        expect(q.check({ kind: 'cells', cells: [] }).correct).toBeNull();
      }),
      { numRuns: 150 },
    );
  });

  test('winner: a cell holding the naive max is right; a cell with a smaller value is wrong', () => {
    fc.assert(
      fc.property(configArb('maxpool'), fc.nat(), (config, n) => {
        const op = asWindow(operationFor(config));
        const index = n % op.stepCount;
        const q = windowQuiz.question('winner', op, index);
        const { out } = op.stepAt(index);
        const k = config.k;
        const s = config.stride ?? k;
        const p = config.pad as [number, number];
        const max = naiveMaxPool2d(op.input, { kernelSize: k, stride: s, padding: p })[out.channel]![
          out.row
        ]![out.col]!;
        const plane = op.input[out.channel]!;
        const inside: { key: string; value: number }[] = [];
        for (let i = 0; i < k[0]; i++)
          for (let j = 0; j < k[1]; j++) {
            const [r, c] = [out.row * s[0] - p[0] + i, out.col * s[1] - p[1] + j];
            const value = plane[r]?.[c];
            if (value !== undefined) inside.push({ key: `${out.channel}:${r}:${c}`, value });
          }
        for (const cell of inside)
          expect(q.check({ kind: 'cells', cells: [cell.key] }).correct).toBe(cell.value === max);
        expect(q.check({ kind: 'cells', cells: inside.slice(0, 2).map((c) => c.key) }).correct).toBe(
          inside.length < 2 ? inside[0]!.value === max : null,
        );
      }),
      { numRuns: 150 },
    );
  });

  test('size: PyTorch’s formula is right, anything else wrong; the working ends in the answer', () => {
    fc.assert(
      fc.property(configArb('standard'), fc.integer({ min: -2, max: 2 }), (config, delta) => {
        const op = operationFor(config);
        const [h, w] = [0, 1].map((a) =>
          outSide(
            config.size[a]!,
            config.k[a]!,
            config.stride![a]!,
            (config.pad as number[])[a]!,
            config.dilation[a]!,
          ),
        ) as [number, number];
        const q = sizeQuestion(windowQuiz.size(op));
        expect(q.check({ kind: 'size', height: String(h), width: String(w) }).correct).toBe(true);
        if (delta !== 0 && h + delta >= 0)
          expect(q.check({ kind: 'size', height: String(h + delta), width: String(w) }).correct).toBe(false);
        expect(q.working).toMatch(new RegExp(`= ${h}(?!\\d).*= ${w}(?!\\d)`));
      }),
      { numRuns: 150 },
    );
  });

  test('the kinds: max pooling asks for the winner, convolution and average pooling do not', () => {
    expect(windowQuiz.kinds(operationFor(MODE_DEFAULTS.maxpool))).toContain('winner');
    expect(windowQuiz.kinds(operationFor({ ...MODE_DEFAULTS.maxpool, pool: 'avg' }))).not.toContain('winner');
    expect(windowQuiz.kinds(operationFor(MODE_DEFAULTS.standard))).toEqual(['value', 'window']);
  });

  test('no question’s prompt contains its answer', () => {
    const op = operationFor(MODE_DEFAULTS.maxpool);
    for (const kind of windowQuiz.kinds(op)) {
      const q = windowQuiz.question(kind, op, 4);
      expect(q.prompt).not.toContain(q.answer);
      expect(q.prompt).not.toMatch(/holding|=/);
    }
  });
});
