/**
 * Receptive fields: the worked examples of the issue, checked against what the steps actually read,
 * and a brute-force property that traces every tap back through a random stack of layers.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { conv2d, convSteps, fieldRect, poolSteps, randomTensor3, receptiveField } from './index';
import type { FieldLayer } from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';

describe('worked example: 11×11 → conv 3×3 → max pool 3×3 (stride 3)', () => {
  const layers: FieldLayer[] = [
    { kind: 'conv', kernelSize: 3 },
    { kind: 'pool', kernelSize: 3 },
  ];
  const fields = receptiveField(layers, 11);

  test('output sizes are 9 then 3', () => {
    expect(fields.map((f) => f.outputSize)).toEqual([
      [9, 9],
      [3, 3],
    ]);
  });

  test('each final cell sees 5×5 input cells, not the whole 11×11', () => {
    expect(fields[1]!.size).toEqual([5, 5]);
    expect(fields[1]!.jump).toEqual([3, 3]);
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 3; col++) {
        const { clipped, unclipped } = fieldRect(fields[1]!, row, col, 11);
        expect(clipped).toEqual({ top: 3 * row, left: 3 * col, bottom: 3 * row + 4, right: 3 * col + 4 });
        expect(unclipped).toEqual(clipped); // no padding anywhere
      }
    }
  });

  test('together the 3×3 final cells cover every input row and column', () => {
    const rows = new Set<number>();
    const cols = new Set<number>();
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 3; col++) {
        const { clipped } = fieldRect(fields[1]!, row, col, 11);
        for (let r = clipped.top; r <= clipped.bottom; r++) rows.add(r);
        for (let c = clipped.left; c <= clipped.right; c++) cols.add(c);
      }
    }
    expect([...rows].sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i));
    expect([...cols].sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => i));
  });

  test('the rectangles are exactly the input cells the composed steps read', () => {
    const input = randomTensor3(7, 1, 11, 11);
    const weight = [
      [
        [
          [1, 0, -1],
          [2, 0, -2],
          [1, 0, -1],
        ],
      ],
    ];
    const conv = convSteps(input, weight);
    const pool = poolSteps(conv2d(input, weight), { kernelSize: 3 });
    const convAt = (row: number, col: number) => conv.find((s) => s.out.row === row && s.out.col === col)!;
    for (const step of pool) {
      const seen = new Set<string>();
      for (const cell of step.window)
        for (const tap of convAt(cell.row, cell.col).window) seen.add(`${tap.row},${tap.col}`);
      const { clipped } = fieldRect(fields[1]!, step.out.row, step.out.col, 11);
      const rect = new Set<string>();
      for (let r = clipped.top; r <= clipped.bottom; r++)
        for (let c = clipped.left; c <= clipped.right; c++) rect.add(`${r},${c}`);
      expect(seen).toEqual(rect);
    }
  });
});

describe('worked example: three 3×3 convs', () => {
  test('with dilation 1, 2, 4 (padding = dilation) the fields are 3, 7, 15', () => {
    const fields = receptiveField(
      [1, 2, 4].map((d) => ({ kind: 'conv' as const, kernelSize: 3, padding: d, dilation: d })),
      32,
    );
    expect(fields.map((f) => f.size)).toEqual([
      [3, 3],
      [7, 7],
      [15, 15],
    ]);
    expect(fields.every((f) => f.outputSize[0] === 32 && f.outputSize[1] === 32)).toBe(true);
  });

  test('without dilation the fields are 3, 5, 7', () => {
    const fields = receptiveField(
      [1, 2, 3].map(() => ({ kind: 'conv' as const, kernelSize: 3, padding: 1 })),
      32,
    );
    expect(fields.map((f) => f.size[0])).toEqual([3, 5, 7]);
  });
});

/** One axis of one layer, as the brute force needs it. */
interface Axis {
  k: number;
  s: number;
  p: number;
  d: number;
}

const layerArb = fc
  .record({
    kind: fc.constantFrom<'conv' | 'pool'>('conv', 'pool'),
    k: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    s: fc.option(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), {
      nil: undefined,
    }),
    p: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    d: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
  })
  .map(({ kind, k, s, p, d }) => ({
    layer: { kind, kernelSize: k, padding: p, dilation: d, ...(s && { stride: s }) } as FieldLayer,
    // PyTorch's defaults, restated: a pool's stride is its window, a conv's is 1.
    axes: [0, 1].map((a) => ({
      k: k[a]!,
      s: s ? s[a]! : kind === 'pool' ? k[a]! : 1,
      p: p[a]!,
      d: d[a]!,
    })) as [Axis, Axis],
  }));

describe('receptiveField and fieldRect: brute force through random stacks', PROPERTY_TIMEOUT, () => {
  test('the unclipped rectangle is the bounding box of every tap traced back to the input', () => {
    const arb = fc.record({
      size: fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })),
      stack: fc.array(layerArb, { minLength: 1, maxLength: 4 }),
      pick: fc.tuple(fc.nat(), fc.nat()),
    });
    let checked = 0;
    fc.assert(
      fc.property(arb, ({ size, stack, pick }) => {
        // Output lengths chained with PyTorch's formula; 0 or less means a layer does not fit.
        const lengths = [0, 1].map((a) => {
          const out = [size[a]!];
          for (const { axes } of stack) {
            const { k, s, p, d } = axes[a]!;
            const room = out[out.length - 1]! + 2 * p - d * (k - 1) - 1;
            out.push(room < 0 ? 0 : Math.floor(room / s) + 1);
          }
          return out;
        });
        const layers = stack.map((l) => l.layer);
        if (lengths.some((axis) => axis.includes(0))) {
          expect(() => receptiveField(layers, size)).toThrow(/kernel.*padded input/i);
          return;
        }
        const fields = receptiveField(layers, size);
        fields.forEach((f, i) => expect(f.outputSize).toEqual([lengths[0]![i + 1], lengths[1]![i + 1]]));
        const last = fields[fields.length - 1]!;
        const out = [pick[0] % last.outputSize[0], pick[1] % last.outputSize[1]];
        // Walk back from one output index: each index x of a layer's output reads x·s − p + t·d.
        const bounds = [0, 1].map((a) => {
          let indices = new Set([out[a]!]);
          for (let i = stack.length - 1; i >= 0; i--) {
            const { k, s, p, d } = stack[i]!.axes[a]!;
            const next = new Set<number>();
            for (const x of indices) for (let t = 0; t < k; t++) next.add(x * s - p + t * d);
            indices = next;
          }
          return [Math.min(...indices), Math.max(...indices)];
        });
        const { clipped, unclipped } = fieldRect(last, out[0]!, out[1]!, size);
        expect(unclipped).toEqual({
          top: bounds[0]![0],
          bottom: bounds[0]![1],
          left: bounds[1]![0],
          right: bounds[1]![1],
        });
        expect(last.size).toEqual([bounds[0]![1]! - bounds[0]![0]! + 1, bounds[1]![1]! - bounds[1]![0]! + 1]);
        expect(clipped).toEqual({
          top: Math.max(0, unclipped.top),
          left: Math.max(0, unclipped.left),
          bottom: Math.min(size[0] - 1, unclipped.bottom),
          right: Math.min(size[1] - 1, unclipped.right),
        });
        checked++;
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  test('fieldRect refuses a cell outside the output', () => {
    const [field] = receptiveField([{ kind: 'conv', kernelSize: 3 }], 5);
    expect(() => fieldRect(field!, 3, 0, 5)).toThrow(/outside the 3×3 output/);
    expect(() => fieldRect(field!, 0, -1, 5)).toThrow(/outside/);
    expect(() => fieldRect(field!, 0.5, 0, 5)).toThrow(/outside/);
  });
});
