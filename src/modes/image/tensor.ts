/**
 * Pixels → the numbers the operation reads. Values stay on the 0–255 scale of the pixels, so the
 * step-by-step view opened from a point shows whole numbers; grayscale is the ITU-R BT.601 luma
 * (0.299 R + 0.587 G + 0.114 B) rounded, as Pillow's convert('L') gives it.
 */
import type { ImageColor } from '../types';

/** An image as the canvas gives it: RGBA bytes, row-major. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** In whole numbers, so a luma of exactly n + 0.5 rounds up as the definition says, not by float error. */
export const grayOf = (r: number, g: number, b: number): number =>
  Math.round((299 * r + 587 * g + 114 * b) / 1000);

export const channelNames = (color: ImageColor): readonly string[] =>
  color === 'gray' ? ['Gray'] : ['Red', 'Green', 'Blue'];

/** One plane for grayscale, three (R, G, B) for colour. */
export function toPlanes({ width, height, rgba }: RgbaImage, color: ImageColor): Float32Array[] {
  const n = width * height;
  if (rgba.length !== n * 4)
    throw new Error(`Expected ${n * 4} bytes for ${width}×${height}, got ${rgba.length}.`);
  if (color === 'gray') {
    const gray = new Float32Array(n);
    for (let i = 0, j = 0; i < n; i++, j += 4) gray[i] = grayOf(rgba[j]!, rgba[j + 1]!, rgba[j + 2]!);
    return [gray];
  }
  const [red, green, blue] = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    red[i] = rgba[j]!;
    green[i] = rgba[j + 1]!;
    blue[i] = rgba[j + 2]!;
  }
  return [red, green, blue];
}

/** The values of one pixel, as toPlanes gives them: [gray] or [R, G, B]. */
export function pixelValues(
  { width, rgba }: RgbaImage,
  row: number,
  col: number,
  color: ImageColor,
): number[] {
  const i = 4 * (row * width + col);
  const [r, g, b] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!];
  return color === 'gray' ? [grayOf(r, g, b)] : [r, g, b];
}
