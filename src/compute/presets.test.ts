/** Named kernels: the textbook values, and what each one does to an image. */
import { describe, expect, test } from 'vitest';
import { conv2d, KERNEL_PRESETS, kernelPreset } from './index';
import type { PresetId } from './index';

const sum = (k: number[][]) => k.flat().reduce((a, b) => a + b, 0);
const transpose = (k: number[][]) => k[0]!.map((_, c) => k.map((row) => row[c]!));
const apply = (image: number[][], kernel: number[][]) => conv2d([image], [[kernel]])[0]!;

/** 6×6: dark left half (0), bright right half (9): one vertical edge. */
const verticalEdge = Array.from({ length: 6 }, () => [0, 0, 0, 9, 9, 9]);

describe('KERNEL_PRESETS', () => {
  test('ids are unique and every preset has a label and an effect', () => {
    const ids = KERNEL_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of KERNEL_PRESETS) {
      expect(p.label.length).toBeGreaterThan(0);
      expect(p.effect.length).toBeGreaterThan(0);
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        'identity',
        'box',
        'gaussian',
        'sharpen',
        'sobelX',
        'sobelY',
        'laplacian',
        'emboss',
      ]),
    );
  });
});

describe('kernelPreset: textbook values', () => {
  test('identity is a single 1 at the centre, at any odd size', () => {
    expect(kernelPreset('identity')).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    for (const [h, w] of [
      [1, 1],
      [5, 5],
      [3, 7],
    ] as const) {
      const k = kernelPreset('identity', h, w);
      expect([k.length, k[0]!.length]).toEqual([h, w]);
      expect(sum(k)).toBe(1);
      expect(k[(h - 1) / 2]![(w - 1) / 2]).toBe(1);
    }
  });

  test('box averages evenly and sums to 1', () => {
    expect(kernelPreset('box').flat()).toEqual(new Array(9).fill(1 / 9));
    expect(sum(kernelPreset('box', 5))).toBeCloseTo(1, 12);
  });

  test('gaussian is the binomial [1 2 1]ᵀ[1 2 1]/16 at 3×3 and [1 4 6 4 1] at 5×5', () => {
    expect(kernelPreset('gaussian')).toEqual([
      [1 / 16, 2 / 16, 1 / 16],
      [2 / 16, 4 / 16, 2 / 16],
      [1 / 16, 2 / 16, 1 / 16],
    ]);
    const five = kernelPreset('gaussian', 5);
    const row = [1, 4, 6, 4, 1];
    five.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo((row[i]! * row[j]!) / 256, 14)));
    expect(sum(kernelPreset('gaussian', 3, 5))).toBeCloseTo(1, 12);
  });

  test('the fixed 3×3 kernels', () => {
    expect(kernelPreset('sharpen')).toEqual([
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ]);
    expect(kernelPreset('sobelX')).toEqual([
      [-1, 0, 1],
      [-2, 0, 2],
      [-1, 0, 1],
    ]);
    expect(kernelPreset('sobelY')).toEqual(transpose(kernelPreset('sobelX')));
    expect(kernelPreset('laplacian')).toEqual([
      [0, 1, 0],
      [1, -4, 1],
      [0, 1, 0],
    ]);
    expect(kernelPreset('emboss')).toEqual([
      [-2, -1, 0],
      [-1, 1, 1],
      [0, 1, 2],
    ]);
  });

  test('fixed presets stay 3×3 whatever size is asked for', () => {
    for (const id of ['sharpen', 'sobelX', 'sobelY', 'laplacian', 'emboss'] as PresetId[]) {
      expect(kernelPreset(id, 5, 7)).toEqual(kernelPreset(id));
    }
  });

  test('each call returns a fresh array: editing one does not change the next', () => {
    for (const p of KERNEL_PRESETS) {
      const first = kernelPreset(p.id);
      const before = kernelPreset(p.id);
      first[0]![0] = 12345;
      expect(kernelPreset(p.id)).toEqual(before);
    }
  });

  test('an unknown name throws and lists the known ones', () => {
    expect(() => kernelPreset('blur' as PresetId)).toThrow(/No kernel preset named "blur".*identity/);
  });
});

describe('kernelPreset: what each does to an image', () => {
  test('blurs, sharpen and emboss keep a flat image flat (their weights sum to 1)', () => {
    const flat = Array.from({ length: 5 }, () => new Array<number>(5).fill(7));
    for (const id of ['box', 'gaussian', 'sharpen', 'emboss', 'identity'] as PresetId[]) {
      for (const v of apply(flat, kernelPreset(id)).flat()) expect(v).toBeCloseTo(7, 12);
    }
  });

  test('sobel x responds to a vertical edge, sobel y and the laplacian are blind to a flat area', () => {
    const x = apply(verticalEdge, kernelPreset('sobelX'));
    const y = apply(verticalEdge, kernelPreset('sobelY'));
    // the valid 4×4 output: columns 1 and 2 straddle the edge (x = 4·9 = 36), 0 and 3 see flat regions
    expect(x).toEqual(Array.from({ length: 4 }, () => [0, 36, 36, 0]));
    expect(y.flat().every((v) => v === 0)).toBe(true);
    const lap = apply(verticalEdge, kernelPreset('laplacian'));
    expect(lap).toEqual(Array.from({ length: 4 }, () => [0, 9, -9, 0]));
  });

  test('sobel y responds to a horizontal edge (the transpose of the image)', () => {
    expect(apply(transpose(verticalEdge), kernelPreset('sobelY'))).toEqual(
      transpose(apply(verticalEdge, kernelPreset('sobelX'))),
    );
  });
});
