// The transposed and separable figures against independent oracles: the scatter's running sums end
// at the naive transposed convolution, the cells a step writes are those its input cell's stamp
// reaches (counted from the definition), and the gather's output is the same convolution.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { naiveConvTranspose2d } from '../compute/testing/naiveTranspose';
import { naiveConv2d } from '../compute/testing/naiveReference';
import { MODE_REGISTRY } from '../modes/registry';
import { pointwiseWeights } from '../modes/grouped/separable';
import { inputValues, kernelValues } from '../state/operation';
import { formatValue } from '../state/cellEntry';
import type { Config } from '../modes/types';
import { cellsWithState, columnsOf, configOf } from './figureTesting';

const caseArb = fc.record({
  n: fc.integer({ min: 1, max: 4 }),
  k: fc.integer({ min: 1, max: 3 }),
  stride: fc.integer({ min: 1, max: 3 }),
  pad: fc.integer({ min: 0, max: 1 }),
  cin: fc.integer({ min: 1, max: 2 }),
  cout: fc.integer({ min: 1, max: 2 }),
  seed: fc.integer({ min: 0, max: 500 }),
  pick: fc.nat(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function transposedCase(c: Case, view: Config['view']) {
  const config = configOf('transposed', {
    size: [c.n, c.n],
    k: [c.k, c.k],
    stride: [c.stride, c.stride],
    pad: [c.pad, c.pad],
    cin: c.cin,
    cout: c.cout,
    seed: c.seed,
    view,
  });
  let steps = 0;
  try {
    steps = MODE_REGISTRY.transposed.derive(config).stepCount;
  } catch {
    /* a configuration PyTorch refuses: skipped */
  }
  const expected = steps
    ? naiveConvTranspose2d(inputValues(config), kernelValues(config)!, { stride: c.stride, padding: c.pad })
    : [];
  return { config, steps, expected };
}

describe('transposed figure', () => {
  it('scatter: after the last step every reached cell holds the naive output', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { config, steps, expected } = transposedCase(c, 'scatter');
        fc.pre(steps > 0 && expected[0]!.length > 0);
        const output = (await columnsOf(config, steps - 1))[2]!;
        output.panels.forEach((p, o) =>
          p.cells.forEach((cell, i) => {
            const value = expected[o]![Math.floor(i / p.cols)]![i % p.cols]!;
            // A cell no stamp reaches (stride larger than the kernel) shows nothing and is 0.
            if (cell.state === 'pending') expect(value).toBe(0);
            else expect(cell.text).toBe(formatValue(value));
          }),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('scatter: the cells a step writes are the stamp of its input cell inside the output', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { config, steps, expected } = transposedCase(c, 'scatter');
        fc.pre(steps > 0 && expected[0]!.length > 0);
        const step = c.pick % steps;
        const [channel, row, col] = [
          Math.floor(step / (c.n * c.n)),
          Math.floor(step / c.n) % c.n,
          step % c.n,
        ];
        const [oh, ow] = [expected[0]!.length, expected[0]![0]!.length];
        const stamp = new Set<string>();
        for (let o = 0; o < c.cout; o++)
          for (let u = 0; u < c.k; u++)
            for (let v = 0; v < c.k; v++) {
              const [r, q] = [row * c.stride - c.pad + u, col * c.stride - c.pad + v];
              if (r >= 0 && q >= 0 && r < oh && q < ow) stamp.add(`${o}:${r}:${q}`);
            }
        const columns = await columnsOf(config, step);
        expect(cellsWithState(columns[2]!, 'current')).toEqual(stamp);
        expect(cellsWithState(columns[0]!, 'window')).toEqual(new Set([`${channel}:${row}:${col}`]));
      }),
      { numRuns: 40 },
    );
  });

  it('gather: the output fills with the naive transposed convolution, one cell a step', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { config, steps, expected } = transposedCase(c, 'gather');
        fc.pre(steps > 0);
        const step = c.pick % steps;
        const output = (await columnsOf(config, step))[2]!;
        const texts = output.panels.flatMap((p) => p.cells.map((cell) => cell.text));
        const values = expected.flat(2).map(formatValue);
        expect(texts).toEqual(values.map((v, i) => (i <= step ? v : '')));
      }),
      { numRuns: 30 },
    );
  });
});

describe('separable figure', () => {
  it('ends with the naive depthwise-then-pointwise output', async () => {
    const config = configOf('grouped', {
      ...MODE_REGISTRY.grouped.defaultsFor({ pipeline: false, separable: true }),
    });
    const steps = MODE_REGISTRY.grouped.derive(config).stepCount;
    const depthwise = naiveConv2d(inputValues(config), kernelValues(config)!, { groups: config.cin });
    const expected = naiveConv2d(depthwise, pointwiseWeights(config.seed, config.cin, config.cout));
    const columns = await columnsOf(config, steps - 1);
    expect(columns.map((c) => c.heading)).toEqual([
      'Input',
      'Depthwise output',
      'Pointwise kernel',
      'Output',
    ]);
    expect(columns[1]!.panels.map((p) => p.cells.map((c) => c.text))).toEqual(
      depthwise.map((p) => p.flat().map(formatValue)),
    );
    expect(columns[3]!.panels.map((p) => p.cells.map((c) => c.text))).toEqual(
      expected.map((p) => p.flat().map(formatValue)),
    );
    // First step: the depthwise stage, its first output cell, and an empty final output.
    const first = await columnsOf(config, 0);
    expect(first.map((c) => c.heading)).toEqual(['Input', 'Depthwise kernel', 'Depthwise output', 'Output']);
    expect(cellsWithState(first[2]!, 'current')).toEqual(new Set(['0:0:0']));
    expect(first[3]!.panels.flatMap((p) => p.cells).every((c) => c.text === '')).toBe(true);
  });
});
