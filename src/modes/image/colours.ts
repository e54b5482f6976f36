/**
 * The diverging colour scale of the feature maps: purple below zero, near-white at zero, orange above
 * (ColorBrewer's PuOr, safe for the common colour-vision deficiencies), symmetric so zero is always the
 * middle. Shared by the worker (which colours the maps) and the legend.
 */
const ANCHORS: readonly (readonly [number, number, number])[] = [
  [0x54, 0x27, 0x88],
  [0x99, 0x8e, 0xc3],
  [0xd8, 0xda, 0xeb],
  [0xf7, 0xf7, 0xf7],
  [0xfe, 0xe0, 0xb6],
  [0xf1, 0xa3, 0x40],
  [0xb3, 0x58, 0x06],
];

/** The colour of t in [−1, 1] (clamped). */
export function divergingColour(t: number): [number, number, number] {
  const x = ((Math.max(-1, Math.min(1, t)) + 1) / 2) * (ANCHORS.length - 1);
  const i = Math.min(ANCHORS.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [ANCHORS[i]!, ANCHORS[i + 1]!];
  return [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * f)) as [number, number, number];
}

const LUT_SIZE = 256;
let lut: Uint8ClampedArray | null = null;

function table(): Uint8ClampedArray {
  if (!lut) {
    lut = new Uint8ClampedArray(LUT_SIZE * 3);
    for (let i = 0; i < LUT_SIZE; i++) lut.set(divergingColour((i / (LUT_SIZE - 1)) * 2 - 1), i * 3);
  }
  return lut;
}

/** RGBA pixels of `values` on the scale −maxAbs … +maxAbs. */
export function colourize(values: ArrayLike<number>, maxAbs: number): Uint8ClampedArray {
  const t = table();
  const scale = (LUT_SIZE - 1) / (2 * (maxAbs || 1));
  const out = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const j = Math.min(LUT_SIZE - 1, Math.max(0, Math.round((values[i]! + maxAbs) * scale))) * 3;
    out[4 * i] = t[j]!;
    out[4 * i + 1] = t[j + 1]!;
    out[4 * i + 2] = t[j + 2]!;
    out[4 * i + 3] = 255;
  }
  return out;
}

/** A CSS linear-gradient of the scale, left (−) to right (+). */
export function legendGradient(): string {
  const stops = ANCHORS.map(
    ([r, g, b], i) => `rgb(${r} ${g} ${b}) ${((i / (ANCHORS.length - 1)) * 100).toFixed(1)}%`,
  );
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
