/**
 * The sample images, drawn here in code so they are the same on every machine and carry no licence:
 * a handwritten-style digit, coloured shapes, a checkerboard, a word in a pixel font and a gradient
 * scene. Pure: RGBA bytes from arithmetic, no canvas, no fonts.
 */
import type { ImageSample } from '../types';
import { SAMPLE_SIDE } from './limits';
import type { RgbaImage } from './tensor';

type Rgb = [number, number, number];
type Painter = (x: number, y: number) => Rgb;

function paint(side: number, at: Painter): RgbaImage {
  const rgba = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const [r, g, b] = at(x + 0.5, y + 0.5);
      rgba.set([r, g, b, 255], (y * side + x) * 4);
    }
  return { width: side, height: side, rgba };
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb;
const clamp01 = (t: number) => Math.max(0, Math.min(1, t));

/** Distance from (x, y) to the segment a–b. */
function segmentDistance(x: number, y: number, [ax, ay]: number[], [bx, by]: number[]): number {
  const [dx, dy] = [bx! - ax!, by! - ay!];
  const t = clamp01(((x - ax!) * dx + (y - ay!) * dy) / (dx * dx + dy * dy || 1));
  return Math.hypot(x - (ax! + t * dx), y - (ay! + t * dy));
}

/** A "7" with a crossbar, white strokes on black with soft edges, like an MNIST digit. */
function digit(side: number): RgbaImage {
  const s = side / 28;
  const strokes = [
    [
      [7, 6],
      [21, 6],
    ],
    [
      [21, 6],
      [12, 23],
    ],
    [
      [11, 14],
      [19, 14],
    ],
  ].map((seg) => seg.map(([x, y]) => [x! * s, y! * s]));
  return paint(side, (x, y) => {
    const d = Math.min(...strokes.map(([a, b]) => segmentDistance(x, y, a!, b!)));
    const v = Math.round(255 * clamp01(1.6 * s - d + 0.5));
    return [v, v, v];
  });
}

/** A red disc, a green square and a blue triangle on a pale background: each lights its own channel. */
function shapes(side: number): RgbaImage {
  const u = side / 96;
  return paint(side, (x, y) => {
    if (Math.hypot(x - 28 * u, y - 30 * u) < 18 * u) return [213, 94, 0];
    if (x > 54 * u && x < 86 * u && y > 12 * u && y < 44 * u) return [0, 158, 115];
    const [tx, ty] = [(x - 48 * u) / u, (y - 54 * u) / u];
    if (ty > 0 && ty < 34 && Math.abs(tx) < ty * 0.75) return [0, 114, 178];
    return [240, 228, 200];
  });
}

function checker(side: number): RgbaImage {
  const cell = side / 8;
  return paint(side, (x, y) =>
    (Math.floor(x / cell) + Math.floor(y / cell)) % 2 ? [230, 230, 230] : [25, 25, 25],
  );
}

/** 5×7 glyphs, one string of five bits per row. */
const GLYPHS: Record<string, string[]> = {
  K: ['10001', '10010', '10100', '11000', '10100', '10010', '10001'],
  E: ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
  R: ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
  N: ['10001', '11001', '10101', '10011', '10001', '10001', '10001'],
  L: ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
};

/** "KERN" over "EL" in a pixel font, dark ink on paper. */
function text(side: number): RgbaImage {
  const scale = Math.max(1, Math.floor(side / 32));
  const lines = [
    { word: 'KERN', top: Math.round(side * 0.18) },
    { word: 'EL', top: Math.round(side * 0.58) },
  ];
  return paint(side, (x, y) => {
    for (const { word, top } of lines) {
      const width = word.length * 6 * scale - scale;
      const left = Math.floor((side - width) / 2);
      const [gx, gy] = [Math.floor((x - left) / scale), Math.floor((y - top) / scale)];
      if (gx < 0 || gy < 0 || gy >= 7 || gx >= word.length * 6) continue;
      if (GLYPHS[word[Math.floor(gx / 6)]!]?.[gy]?.[gx % 6] === '1') return [20, 20, 40];
    }
    return [245, 240, 225];
  });
}

/** Sky fading to the horizon, a sun with a soft edge, a mountain and a green slope: smooth gradients and edges. */
function scene(side: number): RgbaImage {
  const u = side / 96;
  return paint(side, (x, y) => {
    const [px, py] = [x / u, y / u];
    const ground = 70 + 6 * Math.sin(px / 14);
    if (py > ground) return mix([90, 160, 60], [30, 80, 30], clamp01((py - ground) / 30));
    if (py > 30 + Math.abs(px - 62) * 0.9) return mix([110, 100, 120], [60, 55, 70], clamp01((py - 30) / 40));
    const sky = mix([40, 90, 180], [200, 225, 245], py / ground);
    const sun = clamp01(12 - Math.hypot(px - 24, py - 22));
    return mix(sky, [255, 210, 60], sun);
  });
}

const PAINTERS: Record<ImageSample, (side: number) => RgbaImage> = { digit, shapes, checker, text, scene };

export const SAMPLE_LABELS: Record<ImageSample, string> = {
  digit: 'a handwritten-style 7',
  shapes: 'a red disc, a green square and a blue triangle',
  checker: 'a checkerboard',
  text: 'the word KERNEL in a pixel font',
  scene: 'a gradient scene: sky, sun, mountain and grass',
};

const made = new Map<ImageSample, RgbaImage>();

export function sampleImage(name: ImageSample, side = SAMPLE_SIDE): RgbaImage {
  if (side !== SAMPLE_SIDE) return PAINTERS[name](side);
  let image = made.get(name);
  if (!image) made.set(name, (image = PAINTERS[name](side)));
  return image;
}
