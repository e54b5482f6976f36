/**
 * Stack regions and the layer table, against two references (testing/stackOracle.ts): an
 * enumeration of every connection a layer's definition makes, and runs of the actual compute
 * operations that find which input cells a cell depends on. Plus the worked figures, found
 * by running the network, and agreement with fieldRect where both apply.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fieldRect, receptiveField, stackFieldTable, stackRegions, stackSizes } from './index';
import type { LayerStack, StackLayer } from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';
import { smallStackArb } from './testing/stackArbitraries';
import { boundingBox, enumeratedRegions, inputDependencies } from './testing/stackOracle';

const conv = (k: number, extra: Partial<StackLayer> = {}): StackLayer => ({
  kind: 'conv',
  kernelSize: k,
  stride: 1,
  padding: 0,
  dilation: 1,
  outputPadding: 0,
  channels: 1,
  ...extra,
});
const pool = (k: number): StackLayer => ({ ...conv(k), kind: 'pool', stride: k });

const sizesOrNull = (stack: LayerStack): number[] | null => {
  try {
    return stackSizes(stack);
  } catch {
    return null;
  }
};

/** A valid stack with a picked cell in one of its maps. */
const pickedArb = fc
  .record({ stack: smallStackArb, layerPick: fc.nat(), rowPick: fc.nat(), colPick: fc.nat() })
  .filter(({ stack }) => sizesOrNull(stack) !== null)
  .map(({ stack, layerPick, rowPick, colPick }) => {
    const sizes = stackSizes(stack);
    const layer = 1 + (layerPick % stack.layers.length);
    const n = sizes[layer]!;
    return { stack, sizes, layer, row: rowPick % n, col: colPick % n };
  });

const clipTo = (r: { top: number; left: number; bottom: number; right: number } | null, n: number) => {
  if (!r || r.bottom < 0 || r.right < 0 || r.top >= n || r.left >= n) return null;
  return {
    top: Math.max(0, r.top),
    left: Math.max(0, r.left),
    bottom: Math.min(n - 1, r.bottom),
    right: Math.min(n - 1, r.right),
  };
};

describe('stackRegions against the references', PROPERTY_TIMEOUT, () => {
  test("every map's region is what enumerating the layers' connections gives", () => {
    fc.assert(
      fc.property(pickedArb, ({ stack, sizes, layer, row, col }) => {
        const regions = stackRegions(stack, layer, row, col);
        const expected = enumeratedRegions(stack, layer, row, col);
        expect(regions).toHaveLength(layer);
        regions.forEach((region, j) => {
          expect(region.unclipped).toEqual(expected[j] ?? null);
          expect(region.clipped).toEqual(clipTo(expected[j] ?? null, sizes[j]!));
        });
      }),
      { numRuns: 300 },
    );
  });

  test('every input cell the cell depends on, found by running the stack, lies in its input region', () => {
    fc.assert(
      fc.property(pickedArb, ({ stack, layer, row, col }) => {
        const region = stackRegions(stack, layer, row, col)[0]!.clipped;
        for (const [r, c] of inputDependencies(stack, layer, row, col)) {
          expect(region).not.toBeNull();
          expect(r >= region!.top && r <= region!.bottom && c >= region!.left && c <= region!.right).toBe(
            true,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  test('without padding, dilation or skipped cells, the region is exactly what the cell depends on', () => {
    const dense = pickedArb.filter(({ stack }) =>
      stack.layers.every(
        (l) => l.kind !== 'transposed' && l.padding === 0 && l.dilation === 1 && l.stride <= l.kernelSize,
      ),
    );
    fc.assert(
      fc.property(dense, ({ stack, layer, row, col }) => {
        expect(stackRegions(stack, layer, row, col)[0]!.clipped).toEqual(
          boundingBox(inputDependencies(stack, layer, row, col)),
        );
      }),
      { numRuns: 200 },
    );
  });

  test("for conv and pool stacks it is fieldRect's rectangle, in every earlier map", () => {
    const plain = pickedArb.filter(({ stack }) => stack.layers.every((l) => l.kind !== 'transposed'));
    fc.assert(
      fc.property(plain, ({ stack, sizes, layer, row, col }) => {
        const regions = stackRegions(stack, layer, row, col);
        for (let j = 0; j < layer; j++) {
          const fields = receptiveField(
            stack.layers.slice(j, layer).map((l) => ({
              kind: l.kind === 'pool' ? ('pool' as const) : ('conv' as const),
              kernelSize: l.kernelSize,
              stride: l.stride,
              padding: l.padding,
              dilation: l.dilation,
            })),
            sizes[j]!,
          );
          const rect = fieldRect(fields[fields.length - 1]!, row, col, sizes[j]!);
          expect(regions[j]!.unclipped).toEqual(rect.unclipped);
          expect(regions[j]!.clipped).toEqual(clipTo(rect.unclipped, sizes[j]!));
        }
      }),
      { numRuns: 200 },
    );
  });

  test("the table's field range is the range of the enumerated input regions over the map", () => {
    fc.assert(
      fc.property(pickedArb, ({ stack, sizes }) => {
        const table = stackFieldTable(stack);
        table.forEach((row, i) => {
          const widths = Array.from({ length: sizes[i + 1]! }, (_, x) => {
            const r = enumeratedRegions(stack, i + 1, x, x)[0];
            return r ? r.bottom - r.top + 1 : 0;
          });
          expect(row.outputSize).toBe(sizes[i + 1]);
          expect(row.field).toEqual([Math.min(...widths), Math.max(...widths)]);
        });
      }),
      { numRuns: 200 },
    );
  });
});

/** The side of the input square one cell depends on, by running the network (the oracle). */
const seenSide = (stack: LayerStack, layer: number, row: number, col: number): number => {
  const box = boundingBox(inputDependencies(stack, layer, row, col))!;
  return box.bottom - box.top + 1;
};

describe('the worked figures, found by running the network', PROPERTY_TIMEOUT, () => {
  test('11×11 → conv 3×3 → max pool 3×3: a pooled cell sees 5×5, and the nine cover the image', () => {
    const stack: LayerStack = { inputSize: 11, inputChannels: 1, layers: [conv(3), pool(3)] };
    expect(stackSizes(stack)).toEqual([11, 9, 3]);
    const covered = new Set<string>();
    for (let row = 0; row < 3; row++)
      for (let col = 0; col < 3; col++) {
        const deps = inputDependencies(stack, 2, row, col);
        const box = boundingBox(deps)!;
        expect([box.bottom - box.top + 1, box.right - box.left + 1]).toEqual([5, 5]);
        expect(stackRegions(stack, 2, row, col)[0]!.clipped).toEqual(box);
        for (const [r, c] of deps) covered.add(`${r},${c}`);
      }
    expect(covered.size).toBe(11 * 11);
  });

  test('three 3×3 convs grow 3 → 7 → 15 at dilation 1, 2, 4 and 3 → 5 → 7 without', () => {
    // 17×17 is the smallest input whose middle cell's 15×15 field lies wholly inside it.
    const dilated: LayerStack = {
      inputSize: 17,
      inputChannels: 1,
      layers: [1, 2, 4].map((d) => conv(3, { padding: d, dilation: d })),
    };
    const plain: LayerStack = {
      inputSize: 17,
      inputChannels: 1,
      layers: [1, 2, 3].map(() => conv(3, { padding: 1 })),
    };
    const mid = 8;
    expect([1, 2, 3].map((l) => seenSide(dilated, l, mid, mid))).toEqual([3, 7, 15]);
    expect([1, 2, 3].map((l) => seenSide(plain, l, mid, mid))).toEqual([3, 5, 7]);
    expect(stackFieldTable(dilated).map((r) => r.field)).toEqual([
      [3, 3],
      [7, 7],
      [15, 15],
    ]);
    expect(stackFieldTable(plain).map((r) => r.field)).toEqual([
      [3, 3],
      [5, 5],
      [7, 7],
    ]);
  });

  test('after a transposed layer of stride 2 the jump halves', () => {
    const stack: LayerStack = {
      inputSize: 8,
      inputChannels: 1,
      layers: [pool(2), { ...conv(2), kind: 'transposed', stride: 2 }],
    };
    expect(stackFieldTable(stack).map((r) => r.jump)).toEqual([
      { num: 2, den: 1 },
      { num: 1, den: 1 },
    ]);
  });
});

describe('refusals', () => {
  test('a layer that leaves no output is named', () => {
    expect(() => stackSizes({ inputSize: 3, inputChannels: 1, layers: [conv(3), conv(3), conv(3)] })).toThrow(
      /Layer 2 \(conv 3×3\) leaves no output/,
    );
  });

  test('a map larger than the view draws is refused before anything is traced', () => {
    const up: StackLayer = { ...conv(4), kind: 'transposed', stride: 4 };
    expect(() => stackSizes({ inputSize: 20, inputChannels: 1, layers: [up] })).toThrow(
      /makes 80×80; .*64×64/,
    );
  });

  test('a cell outside its map is refused', () => {
    const stack: LayerStack = { inputSize: 5, inputChannels: 1, layers: [conv(3)] };
    expect(() => stackRegions(stack, 1, 3, 0)).toThrow(/outside layer 1's 3×3/);
    expect(() => stackRegions(stack, 2, 0, 0)).toThrow(/no layer 2/);
  });
});
