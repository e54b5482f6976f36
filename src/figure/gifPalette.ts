/**
 * The GIF's one colour table: every colour the figures use, and the blends of each text colour
 * over each fill that anti-aliased text edges produce. Fixed, so frames need no quantizing and the
 * same figure always gives the same bytes.
 */
import { COLOURS, FILL_COLOURS, TEXT_COLOURS } from './scene';

export type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** Blend steps between a text colour and a fill (1/8 … 7/8). */
const BLENDS = 7;

export function gifPalette(): Rgb[] {
  const seen = new Set<string>();
  const palette: Rgb[] = [];
  const add = (c: Rgb) => {
    const k = c.join(',');
    if (!seen.has(k)) {
      seen.add(k);
      palette.push(c);
    }
  };
  for (const hex of Object.values(COLOURS)) add(rgb(hex));
  for (const text of TEXT_COLOURS)
    for (const fill of FILL_COLOURS) {
      const [a, b] = [rgb(text), rgb(fill)];
      for (let i = 1; i <= BLENDS; i++) {
        const t = i / (BLENDS + 1);
        add(a.map((v, j) => Math.round(v * t + b[j]! * (1 - t))) as Rgb);
      }
    }
  return palette;
}

/**
 * Each pixel's index in `palette`: exact colours map to themselves, anything else (a text edge the
 * blends do not hold exactly) to the nearest entry. Runs of one colour, most of a figure, cost one
 * comparison a pixel.
 */
export function indexPixels(rgba: Uint8ClampedArray, palette: readonly Rgb[]): Uint8Array {
  const cache = new Map<number, number>();
  const nearest = (r: number, g: number, b: number) => {
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  };
  const count = rgba.length / 4;
  const out = new Uint8Array(count);
  let lastKey = -1;
  let lastIndex = 0;
  for (let p = 0; p < count; p++) {
    const o = p * 4;
    const key = (rgba[o]! << 16) | (rgba[o + 1]! << 8) | rgba[o + 2]!;
    if (key !== lastKey) {
      let index = cache.get(key);
      if (index === undefined) {
        index = nearest(rgba[o]!, rgba[o + 1]!, rgba[o + 2]!);
        cache.set(key, index);
      }
      [lastKey, lastIndex] = [key, index];
    }
    out[p] = lastIndex;
  }
  return out;
}
