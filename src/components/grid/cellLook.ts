/**
 * A cell's look, read from its computed style: the subset of CSS the grid's cells use (a fill, a
 * striped fill, a border, an inset ring, an outline, a number). The canvas layer of a large grid
 * (cellCanvas.ts) draws cells from this, so grid.css stays the one place that says how a cell looks.
 */
import { readMark, type Mark } from './cellMarks';

/** The computed-style properties a look is made from (a CSSStyleDeclaration has them all). */
export type StyleSource = Pick<CSSStyleDeclaration, 'getPropertyValue'>;

export interface Stripe {
  color: string;
  /** Where the colour starts and ends within one repeat, in px along the gradient line. */
  from: number;
  to: number;
}

export interface Line {
  width: number;
  style: string;
  color: string;
}

export interface CellLook {
  opacity: number;
  fill: string;
  /** A repeating-linear-gradient drawn over the fill, as bands of one colour each. */
  stripes: { angle: number; period: number; bands: Stripe[] } | null;
  border: Line | null;
  radius: number;
  /** An inset box-shadow of no blur and no offset: a ring inside the border. */
  ring: Line | null;
  outline: (Line & { offset: number }) | null;
  /** Empty ::before/::after boxes drawn by their borders and fill (cellMarks.ts). */
  marks: Mark[];
  text: {
    /** The parts of a CSS font: style, weight, family; size in px. */
    style: string;
    weight: string;
    size: number;
    family: string;
    color: string;
    strike: boolean;
  } | null;
}

const COLOR = /(?:rgba?|color|hsla?|oklch|oklab|lab|lch)\([^()]*\)|#[0-9a-f]{3,8}\b|transparent/gi;

const px = (value: string): number => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

/** Splits a list at top-level commas (not those inside colour functions). */
export function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

const isClear = (color: string): boolean =>
  color === 'transparent' || /^rgba\(0, 0, 0, 0\)$/.test(color) || /\/ 0\)$/.test(color);

/**
 * `repeating-linear-gradient(135deg, c1 0px, c1 4px, c2 4px, c2 5px)` as computed: bands between
 * consecutive stops, each in its first stop's colour. Null for anything else (no image, or another
 * kind of gradient: drawn as the fill alone).
 */
export function parseStripes(image: string): CellLook['stripes'] {
  const match = /^repeating-linear-gradient\((.*)\)$/.exec(image.trim());
  if (!match) return null;
  const parts = splitTopLevel(match[1]!);
  let angle = 180;
  if (/^-?[\d.]+deg$/.test(parts[0] ?? '')) angle = parseFloat(parts.shift()!);
  const stops = parts.map((part) => {
    const color = part.match(COLOR)?.[0] ?? 'transparent';
    return { color, at: px(part.slice(part.indexOf(color) + color.length)) };
  });
  if (stops.length < 2) return null;
  const period = stops[stops.length - 1]!.at - stops[0]!.at;
  if (!(period > 0)) return null;
  const bands: Stripe[] = [];
  for (let i = 0; i + 1 < stops.length; i++)
    if (stops[i + 1]!.at > stops[i]!.at)
      bands.push({ color: stops[i]!.color, from: stops[i]!.at, to: stops[i + 1]!.at });
  return { angle, period, bands };
}

/** The first inset shadow with no offset and no blur, as a ring (Chromium writes the colour first). */
export function parseRing(shadow: string): Line | null {
  if (!shadow || shadow === 'none') return null;
  for (const one of splitTopLevel(shadow)) {
    if (!/\binset\b/.test(one)) continue;
    const color = one.match(COLOR)?.[0];
    const lengths =
      one
        .replace(COLOR, ' ')
        .match(/-?[\d.]+px/g)
        ?.map(px) ?? [];
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    if (color && x === 0 && y === 0 && blur === 0 && spread > 0 && !isClear(color))
      return { width: spread, style: 'solid', color };
  }
  return null;
}

function line(style: StyleSource, prefix: 'border-top' | 'outline'): Line | null {
  const kind = style.getPropertyValue(`${prefix}-style`);
  const width = px(style.getPropertyValue(`${prefix}-width`));
  const color = style.getPropertyValue(`${prefix}-color`);
  if (kind === 'none' || kind === 'hidden' || width <= 0 || isClear(color)) return null;
  return { width, style: kind, color };
}

/** The look of a cell; `textStyle` is the element holding its number (the cell itself, or a span). */
export function readLook(
  style: StyleSource,
  textStyle: StyleSource = style,
  pseudos: StyleSource[] = [],
): CellLook {
  const fill = style.getPropertyValue('background-color');
  const outline = line(style, 'outline');
  const fontSize = px(textStyle.getPropertyValue('font-size'));
  const textColor = textStyle.getPropertyValue('color');
  return {
    opacity: parseFloat(style.getPropertyValue('opacity') || '1'),
    fill: isClear(fill) ? '' : fill,
    stripes: parseStripes(style.getPropertyValue('background-image')),
    border: line(style, 'border-top'),
    radius: px(style.getPropertyValue('border-top-left-radius')),
    ring: parseRing(style.getPropertyValue('box-shadow')),
    outline: outline && { ...outline, offset: px(style.getPropertyValue('outline-offset')) },
    marks: pseudos.map((pseudo) => readMark(style, pseudo)).filter((mark) => mark !== null),
    text:
      fontSize > 0 && !isClear(textColor)
        ? {
            style: textStyle.getPropertyValue('font-style'),
            weight: textStyle.getPropertyValue('font-weight'),
            size: fontSize,
            family: textStyle.getPropertyValue('font-family'),
            color: textColor,
            strike: /line-through/.test(style.getPropertyValue('text-decoration-line')),
          }
        : null,
  };
}
