// The window family's figure against an independent oracle: every number in the output column is
// the naive convolution's (or pooling's) value up to the step and absent after it, and the window
// covers exactly the cells the step's output position reads, counted from the definitions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { naiveConv2d, naiveMaxPool2d } from '../compute/testing/naiveReference';
import { MODE_REGISTRY } from '../modes/registry';
import { biasValues, inputValues, kernelValues } from '../state/operation';
import { formatValue } from '../state/cellEntry';
import type { Config } from '../modes/types';
import type { FigureColumn } from './panels';
import { cellAt, cellsWithState, columnsOf, configOf } from './figureTesting';

const derives = (config: Config) => {
  try {
    return MODE_REGISTRY[config.mode].derive(config).stepCount;
  } catch {
    return 0;
  }
};

/** Output column: numbers through `step` in channel, row, column order; nothing after. */
function expectOutputUpTo(column: FigureColumn, expected: number[][][], step: number) {
  expect(column.panels).toHaveLength(expected.length);
  let index = 0;
  expected.forEach((plane, c) =>
    plane.forEach((row, r) =>
      row.forEach((value, col) => {
        const cell = cellAt(column.panels[c]!, r, col);
        if (index <= step) {
          expect(cell.text).toBe(formatValue(value));
          expect(cell.state).toBe(index === step ? 'current' : 'done');
        } else expect(cell).toEqual({ text: '', state: 'pending' });
        index++;
      }),
    ),
  );
}

const convArb = fc.record({
  size: fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 })),
  k: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
  stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  pad: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
  dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
  cin: fc.integer({ min: 1, max: 3 }),
  cout: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 0, max: 1000 }),
  bias: fc.boolean(),
  step: fc.nat(),
});

describe('standard convolution figure', () => {
  it('shows the naive output through the step, and the window the step reads', async () => {
    await fc.assert(
      fc.asyncProperty(convArb, async ({ step: pick, ...change }) => {
        const config = configOf('standard', change as Partial<Config>);
        const steps = derives(config);
        fc.pre(steps > 0);
        const step = pick % steps;
        const [input, kernel] = [inputValues(config), kernelValues(config)!];
        const bias = biasValues(config);
        const expected = naiveConv2d(input, kernel, {
          stride: config.stride!,
          padding: config.pad as [number, number],
          dilation: config.dilation,
          ...(bias && { bias }),
        });
        const columns = await columnsOf(config, step);
        expect(columns.map((c) => c.role)).toEqual(['input', 'kernel', 'output']);
        expectOutputUpTo(columns[2]!, expected, step);

        // The output position of this step, and the taps it reads, in padded coordinates.
        const [oh, ow] = [expected[0]!.length, expected[0]![0]!.length];
        const [o, r, c] = [Math.floor(step / (oh * ow)), Math.floor(step / ow) % oh, step % ow];
        const taps = new Set<string>();
        for (let ch = 0; ch < config.cin; ch++)
          for (let u = 0; u < config.k[0]; u++)
            for (let v = 0; v < config.k[1]; v++)
              taps.add(
                `${ch}:${r * config.stride![0] + u * config.dilation[0]}:${c * config.stride![1] + v * config.dilation[1]}`,
              );
        expect(cellsWithState(columns[0]!, 'window')).toEqual(taps);
        // The kernel column holds filter o's slices, as numbers.
        expect(columns[1]!.panels.map((p) => p.cells.map((cell) => cell.text))).toEqual(
          kernel[o]!.map((plane) => plane.flat().map(formatValue)),
        );
        // Padding cells carry no number; every other input cell shows its value.
        const [top, left] = config.pad as [number, number];
        columns[0]!.panels.forEach((p, ch) =>
          p.cells.forEach((cell, i) => {
            const [row, col] = [Math.floor(i / p.cols) - top, (i % p.cols) - left];
            const value = input[ch]?.[row]?.[col];
            expect(cell.text).toBe(value === undefined ? '' : formatValue(value));
          }),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('max pooling figure', () => {
  it('marks one winner per step, holding the naive pool value of that step', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 500 }),
        fc.nat(),
        async (n, k, stride, seed, pick) => {
          const config = configOf('maxpool', { size: [n, n], k: [k, k], stride: [stride, stride], seed });
          const steps = derives(config);
          fc.pre(steps > 0);
          const step = pick % steps;
          const expected = naiveMaxPool2d(inputValues(config), { kernelSize: k, stride });
          const columns = await columnsOf(config, step);
          expect(columns.map((c) => c.role)).toEqual(['input', 'output']);
          expectOutputUpTo(columns[1]!, expected, step);
          const winners = [...cellsWithState(columns[0]!, 'argmax')];
          expect(winners).toHaveLength(1);
          const [ch, row, col] = winners[0]!.split(':').map(Number) as [number, number, number];
          const ow = expected[0]![0]!.length;
          const oh = expected[0]!.length;
          const out = expected[ch]![Math.floor(step / ow) % oh]![step % ow]!;
          expect(cellAt(columns[0]!.panels[ch]!, row, col).text).toBe(formatValue(out));
          // The window is k × k cells including the winner.
          expect(cellsWithState(columns[0]!, 'window', 'argmax').size).toBe(k * k);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('draws the pipeline: image, its 3×3 convolution, the feature map (the naive convolution) and the pool', async () => {
    const config = configOf('maxpool', { pipeline: true, size: [11, 11], k: [3, 3] });
    const columns = await columnsOf(config, 4);
    expect(columns.map((c) => c.heading)).toEqual(['Image', 'Conv 3×3', 'Feature map', 'Pooled']);
    const featureMap = naiveConv2d(inputValues(config), kernelValues(config)!);
    expect(columns[2]!.panels[0]!.cells.map((c) => c.text)).toEqual(featureMap[0]!.flat().map(formatValue));
    expect(columns[3]!.panels[0]!.cells.filter((c) => c.text !== '')).toHaveLength(5);
  });
});

// The image view's steps are the whole picture at once; its figure is its kernel (tested below).
const STEPPED_MODES = (Object.keys(MODE_REGISTRY) as Config['mode'][]).filter((m) => m !== 'image');

describe('every mode and its default view', () => {
  it.each(STEPPED_MODES)('%s: the first step marks its output cell and what it reads', async (mode) => {
    const columns = await columnsOf(MODE_REGISTRY[mode].defaults, 0);
    const output = columns[columns.length - 1]!;
    expect(output.role).toBe('output');
    expect(cellsWithState(output, 'current').size).toBeGreaterThanOrEqual(1);
    const read = columns.slice(0, -1).reduce((n, c) => n + cellsWithState(c, 'window', 'argmax').size, 0);
    expect(read).toBeGreaterThan(0);
  });
});

describe('the image view', () => {
  it('draws its kernel: the weights the view convolves with, edited or not', async () => {
    for (const kernel of [
      null,
      [
        [
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
        ],
      ],
    ]) {
      const config: Config = { ...MODE_REGISTRY.image.defaults, kernel };
      const [column, ...rest] = await columnsOf(config, 0);
      expect(rest).toHaveLength(0);
      expect(column!.role).toBe('kernel');
      const weights = kernelValues(config)![0]![0]!;
      const texts = column!.panels[0]!.cells.map((c) => c.text);
      expect(texts).toEqual(weights.flat().map(formatValue));
    }
  });
});
