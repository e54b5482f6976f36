/**
 * The transposed view's questions against a count written out here: input cell (i, j) with tap
 * (u, v) lands on output (i·s − p + u·d, j·s − p + v·d); a cell's stamps are the input cells with a
 * tap landing on it. And the output size against PyTorch's ConvTranspose2d formula.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { configProblem, operationFor } from '../../state/derived';
import { MODE_DEFAULTS, type Config } from '../../state/config';
import { sizeQuestion } from '../../quiz/check';
import { asTransposed } from './operation';
import { transposedQuiz } from './quiz';

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

describe('transposed questions', () => {
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
});
