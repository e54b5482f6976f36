/**
 * The transposed view's questions against a count written out here: input cell (i, j) with tap
 * (u, v) lands on output (i·s − p + u·d, j·s − p + v·d); a cell's stamps are the input cells with a
 * tap landing on it, and its value the sum of what those taps bring. And the output size against
 * PyTorch's ConvTranspose2d formula.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { configProblem, operationFor } from '../../state/derived';
import { MODE_DEFAULTS, type Config } from '../../state/config';
import { sizeQuestion } from '../../quiz/check';
import { formatValue } from '../../state/cellEntry';
import { asTransposed } from './operation';
import { transposedQuiz } from './quiz';
import { stampHighlight } from './highlight';

const configArb = fc
  .record({
    size: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
    k: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    pad: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    view: fc.constantFrom('scatter' as const, 'gather' as const),
  })
  .map((r): Config => ({ ...MODE_DEFAULTS.transposed, ...r }))
  .filter((c) => configProblem(c) === null);

function stampsAt(c: Config, row: number, col: number): number {
  const [s, p, d] = [c.stride!, c.pad as [number, number], c.dilation];
  let count = 0;
  for (let i = 0; i < c.size[0]; i++)
    for (let j = 0; j < c.size[1]; j++) {
      let reaches = false;
      for (let u = 0; u < c.k[0]; u++)
        for (let v = 0; v < c.k[1]; v++)
          if (i * s[0] - p[0] + u * d[0] === row && j * s[1] - p[1] + v * d[1] === col) reaches = true;
      if (reaches) count++;
    }
  return count;
}

/** Output (channel o, row, col) by scattering every input cell's taps: the definition, not the gather. */
function valueAt(c: Config, x: number[][][], w: number[][][][], o: number, row: number, col: number): number {
  const [s, p, d] = [c.stride!, c.pad as [number, number], c.dilation];
  let sum = 0;
  x.forEach((plane, channel) =>
    plane.forEach((line, i) =>
      line.forEach((value, j) => {
        for (let u = 0; u < c.k[0]; u++)
          for (let v = 0; v < c.k[1]; v++)
            if (i * s[0] - p[0] + u * d[0] === row && j * s[1] - p[1] + v * d[1] === col)
              sum += value * w[channel]![o]![u]![v]!;
      }),
    ),
  );
  return sum;
}

describe('transposed questions', () => {
  test('the gather view asks the value and the stamps; the scatter view, whose steps finish no cell, the stamps', () => {
    const kinds = (view: 'scatter' | 'gather') =>
      transposedQuiz.kinds(operationFor({ ...MODE_DEFAULTS.transposed, view }));
    expect(kinds('gather')).toEqual(['value', 'stamps']);
    expect(kinds('scatter')).toEqual(['stamps']);
  });

  test('gather value: the sum of the taps landing on the cell, as shown, is right; another is wrong', () => {
    const gatherArb = configArb.map((c): Config => ({ ...c, view: 'gather' }));
    fc.assert(
      fc.property(gatherArb, fc.nat(), fc.double({ min: 0.01, max: 5, noNaN: true }), (config, n, off) => {
        const op = asTransposed(operationFor(config));
        const index = n % op.stepCount;
        const q = transposedQuiz.question('value', op, index);
        // Gather steps run through the output channels' cells row by row.
        const { outHeight: h, outWidth: w } = op.geometry;
        const [o, row, col] = [Math.floor(index / (h * w)), Math.floor((index % (h * w)) / w), index % w];
        expect(q.prompt).toContain(`(${row}, ${col})`);
        const expected = valueAt(config, op.input, op.kernel, o, row, col);
        expect(q.check({ kind: 'number', text: formatValue(expected) }).correct).toBe(true);
        const wrong = (expected + off).toFixed(6);
        if (formatValue(Number(wrong)) !== formatValue(expected))
          expect(q.check({ kind: 'number', text: wrong }).correct).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test('stamps: the count worked out here is right, any other is wrong, and the cell is one the step writes', () => {
    fc.assert(
      fc.property(configArb, fc.nat(), fc.integer({ min: 1, max: 3 }), (config, n, off) => {
        const op = asTransposed(operationFor(config));
        const index = n % op.stepCount;
        const q = transposedQuiz.question('stamps', op, index);
        const [, row, col] = /output \((\d+), (\d+)\)/.exec(q.prompt)!.map(Number) as [
          number,
          number,
          number,
        ];
        const expected = stampsAt(config, row, col);
        expect(q.check({ kind: 'number', text: String(expected) }).correct).toBe(true);
        expect(q.check({ kind: 'number', text: String(expected + off) }).correct).toBe(false);
        if (config.view === 'gather') expect(op.gatherAt(index).out).toMatchObject({ row, col });
      }),
      { numRuns: 200 },
    );
  });

  test('size: (n − 1)·s − 2p + d·(k − 1) + output padding + 1', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const side = (a: 0 | 1) =>
          (config.size[a] - 1) * config.stride![a] -
          2 * (config.pad as number[])[a]! +
          config.dilation[a] * (config.k[a] - 1) +
          config.outpad[a] +
          1;
        const q = sizeQuestion(transposedQuiz.size(operationFor(config)));
        expect(q.check({ kind: 'size', height: String(side(0)), width: String(side(1)) }).correct).toBe(true);
        expect(q.check({ kind: 'size', height: String(side(0) + 1), width: String(side(1)) }).correct).toBe(
          false,
        );
      }),
      { numRuns: 100 },
    );
  });

  test('in quiz mode, pointing at a cell whose step is not yet revealed shows the playback step instead', () => {
    const config: Config = { ...MODE_DEFAULTS.transposed, view: 'gather' };
    const hover = { grid: 'output' as const, channel: 0, row: 0, col: 1 };
    const shown = (quiz: boolean, revealed: number) =>
      stampHighlight({ config, step: 0, hover, quiz, revealed }).index;
    expect(shown(false, -1), 'outside the quiz: the pointed step').toBe(1);
    expect(shown(true, 0), 'step 2 not revealed: its sum stays hidden').toBe(0);
    expect(shown(true, 1), 'revealed: pointing shows it').toBe(1);
  });
});
