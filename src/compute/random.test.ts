/** The seeded generator: reproducible, seed-sensitive, in range, whole numbers. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INPUT_RANGE, KERNEL_RANGE, mulberry32, randomTensor3, randomTensor4 } from './index';
import { PROPERTY_TIMEOUT } from './testing/arbitraries';

/** mulberry32 as published by Tommy Ettinger / bryc ("PRNGs.md"), restated here as the reference. */
function publishedMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    let t = (a = (a + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const flat = (t: number[][][] | number[][][][]): number[] => t.flat(3) as number[];
const seedArb = fc.integer({ min: 0, max: 0xffffffff });

describe('mulberry32', PROPERTY_TIMEOUT, () => {
  test('is the published algorithm', () => {
    for (const seed of [0, 1, 42, 123456789, 0x7fffffff, 0xffffffff]) {
      const ours = mulberry32(seed);
      const published = publishedMulberry32(seed);
      const a = Array.from({ length: 1000 }, () => ours());
      const b = Array.from({ length: 1000 }, () => published());
      expect(a).toEqual(b);
    }
  });

  test('returns floats in [0, 1), spread evenly', () => {
    const next = mulberry32(2024);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const x = next();
      if (!(x >= 0 && x < 1)) expect.fail(`draw ${i} is ${x}`);
      buckets[Math.floor(x * 10)]!++;
    }
    // 2,000 expected per bucket; a fair generator stays well within ±10% at this count
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('randomTensor3 and randomTensor4', PROPERTY_TIMEOUT, () => {
  test('the same seed gives identical values', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }), (seed, c, n) => {
        expect(randomTensor3(seed, c, n, n + 1)).toEqual(randomTensor3(seed, c, n, n + 1));
        expect(randomTensor4(seed, 2, c, 3, 3)).toEqual(randomTensor4(seed, 2, c, 3, 3));
      }),
      { numRuns: 200 },
    );
  });

  test('different seeds give different values', () => {
    fc.assert(
      fc.property(seedArb, seedArb, (a, b) => {
        fc.pre(a !== b);
        // 64 digits each: two streams agreeing everywhere by chance has probability 10⁻⁶⁴
        expect(flat(randomTensor3(a, 1, 8, 8))).not.toEqual(flat(randomTensor3(b, 1, 8, 8)));
        expect(flat(randomTensor4(a, 1, 1, 8, 8))).not.toEqual(flat(randomTensor4(b, 1, 1, 8, 8)));
      }),
      { numRuns: 300 },
    );
  });

  test('the kernel stream is not the input stream of the same seed', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        expect(flat(randomTensor4(seed, 1, 1, 8, 8, INPUT_RANGE))).not.toEqual(
          flat(randomTensor3(seed, 1, 8, 8)),
        );
      }),
      { numRuns: 100 },
    );
  });

  test('values are whole numbers in range (defaults 0..9 for inputs, −2..2 for kernels)', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const inputs = flat(randomTensor3(seed, 2, 6, 7));
        expect(inputs.filter((v) => !(Number.isInteger(v) && v >= 0 && v <= 9))).toEqual([]);
        const kernels = flat(randomTensor4(seed, 2, 2, 3, 3));
        expect(kernels.filter((v) => !(Number.isInteger(v) && v >= -2 && v <= 2))).toEqual([]);
      }),
      { numRuns: 200 },
    );
    expect(INPUT_RANGE).toEqual({ min: 0, max: 9 });
    expect(KERNEL_RANGE).toEqual({ min: -2, max: 2 });
  });

  test('custom ranges are honoured, ends included', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: 0, max: 10 }),
        (seed, min, width) => {
          const range = { min, max: min + width };
          const values = [
            ...flat(randomTensor3(seed, 1, 20, 20, range)),
            ...flat(randomTensor4(seed, 1, 1, 20, 20, range)),
          ];
          expect(values.every((v) => Number.isInteger(v) && v >= range.min && v <= range.max)).toBe(true);
          // 800 draws over at most 11 values: every value, both ends included, turns up
          expect(new Set(values).size).toBe(width + 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('every value of the range is about equally likely, the ends included', () => {
    for (const [range, tensor] of [
      [INPUT_RANGE, flat(randomTensor3(11, 4, 50, 50))],
      [KERNEL_RANGE, flat(randomTensor4(11, 4, 4, 25, 25))],
    ] as const) {
      const values = range.max - range.min + 1;
      const expected = tensor.length / values;
      for (let v = range.min; v <= range.max; v++) {
        const count = tensor.filter((x) => x === v).length;
        // 10,000 draws: a fair die stays within ±15% of its share by a wide margin here
        expect(Math.abs(count - expected) / expected, `value ${v}`).toBeLessThan(0.15);
      }
    }
  });

  test('shapes are [channel][row][col] and [out][in][row][col]', () => {
    const t3 = randomTensor3(1, 3, 4, 5);
    expect([t3.length, t3[0]!.length, t3[0]![0]!.length]).toEqual([3, 4, 5]);
    const t4 = randomTensor4(1, 2, 3, 4, 5);
    expect([t4.length, t4[0]!.length, t4[0]![0]!.length, t4[0]![0]![0]!.length]).toEqual([2, 3, 4, 5]);
  });
});
