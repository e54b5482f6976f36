/** Pixels → planes: grayscale is rounded BT.601 luma, RGB keeps each channel; one pixel reads the same. */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { pixelValues, toPlanes } from './tensor';

const imageArb = fc
  .record({ width: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 12 }) })
  .chain(({ width, height }) =>
    fc
      .uint8Array({ minLength: width * height * 4, maxLength: width * height * 4 })
      .map((bytes) => ({ width, height, rgba: new Uint8ClampedArray(bytes) })),
  );

test('grayscale: round(0.299 R + 0.587 G + 0.114 B), alpha ignored, row-major', () => {
  fc.assert(
    fc.property(imageArb, (image) => {
      const [gray] = toPlanes(image, 'gray');
      for (let i = 0; i < image.width * image.height; i++) {
        const [r, g, b] = [image.rgba[4 * i]!, image.rgba[4 * i + 1]!, image.rgba[4 * i + 2]!];
        expect(gray![i]).toBe(Math.round((299 * r + 587 * g + 114 * b) / 1000));
      }
    }),
  );
});

test('RGB: three planes, each the bytes of its channel; pixelValues reads the same numbers', () => {
  fc.assert(
    fc.property(imageArb, (image) => {
      const planes = toPlanes(image, 'rgb');
      expect(planes.length).toBe(3);
      for (let row = 0; row < image.height; row++)
        for (let col = 0; col < image.width; col++) {
          const i = row * image.width + col;
          expect(planes.map((p) => p[i])).toEqual([...image.rgba.subarray(4 * i, 4 * i + 3)]);
          expect(pixelValues(image, row, col, 'rgb')).toEqual(planes.map((p) => p[i]));
          expect(pixelValues(image, row, col, 'gray')).toEqual([toPlanes(image, 'gray')[0]![i]]);
        }
    }),
    { numRuns: 50 },
  );
});

test('pure white and black are 255 and 0 in grayscale', () => {
  const image = { width: 2, height: 1, rgba: new Uint8ClampedArray([255, 255, 255, 255, 0, 0, 0, 255]) };
  expect([...toPlanes(image, 'gray')[0]!]).toEqual([255, 0]);
});

test('a byte count that does not match the size is an error, not a partial plane', () => {
  expect(() => toPlanes({ width: 2, height: 2, rgba: new Uint8ClampedArray(12) }, 'gray')).toThrow(
    /16 bytes/,
  );
});
