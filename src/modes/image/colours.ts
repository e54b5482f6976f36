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
/** The scale's RGBA pixels, read 4 bytes at a time (a Uint32 view, so byte order is the platform's own). */
let lut: Uint32Array | null = null;

function table(): Uint32Array {
  if (!lut) {
    const bytes = new Uint8ClampedArray(LUT_SIZE * 4);
    for (let i = 0; i < LUT_SIZE; i++) {
      bytes.set(divergingColour((i / (LUT_SIZE - 1)) * 2 - 1), i * 4);
      bytes[i * 4 + 3] = 255;
    }
    lut = new Uint32Array(bytes.buffer);
  }
  return lut;
}

/**
 * RGBA pixels of `values` on the scale −maxAbs … +maxAbs: one table look-up and one 4-byte store a
 * value, `rowLength` values a call of the loop (so V8 optimizes it by its calls, as planeConvLoops.ts
 * explains, rather than compiling one long loop on its own). Written into `into` when it is exactly
 * 4 bytes a value (every byte is overwritten), else into new memory.
 */
export function colourize(
  values: ArrayLike<number>,
  maxAbs: number,
  rowLength = 512,
  into?: ArrayBuffer,
): Uint8ClampedArray {
  // An all-zero map (maxAbs 0) is drawn in the middle colour, not at the scale's negative end.
  const half = maxAbs || 1;
  const scale = (LUT_SIZE - 1) / (2 * half);
  // + 0.5 then truncation rounds half up, as Math.round does, for the non-negative indices that matter.
  const offset = half * scale + 0.5;
  const out = into?.byteLength === values.length * 4 ? new Uint32Array(into) : new Uint32Array(values.length);
  const step = Math.max(1, rowLength);
  for (let from = 0; from < values.length; from += step)
    colourRange(values, out, from, Math.min(values.length, from + step), scale, offset);
  return new Uint8ClampedArray(out.buffer);
}

function colourRange(
  values: ArrayLike<number>,
  out: Uint32Array,
  from: number,
  to: number,
  scale: number,
  offset: number,
): void {
  const t = table();
  for (let i = from; i < to; i++) {
    let j = (values[i]! * scale + offset) | 0;
    if (j < 0) j = 0;
    else if (j > LUT_SIZE - 1) j = LUT_SIZE - 1;
    out[i] = t[j]!;
  }
}

/** A CSS linear-gradient of the scale, left (−) to right (+). */
export function legendGradient(): string {
  const stops = ANCHORS.map(
    ([r, g, b], i) => `rgb(${r} ${g} ${b}) ${((i / (ANCHORS.length - 1)) * 100).toFixed(1)}%`,
  );
  return `linear-gradient(to right, ${stops.join(', ')})`;
}
