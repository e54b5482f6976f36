/**
 * Draws one cell's look on a 2D canvas, in CSS's painting order: fill, stripes, inset ring, border,
 * outline (paintBox), then its number (paintText). Coordinates are CSS pixels (the caller scales for the device pixel ratio).
 */
import type { CellLook, Line } from './cellLook';
import { paintMark } from './cellMarks';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

/**
 * Dashes or dots along each side separately, a whole number of them with a dash at each corner, as
 * Chromium draws a dashed or dotted border (one dash pattern around a small box would fall anywhere).
 */
function strokeSides(ctx: CanvasRenderingContext2D, path: Box, line: Line): void {
  const dash = line.style === 'dotted' ? line.width : 3 * line.width;
  const right = path.x + path.width;
  const bottom = path.y + path.height;
  const sides: [number, number, number, number][] = [
    [path.x, path.y, right, path.y],
    [right, path.y, right, bottom],
    [path.x, bottom, right, bottom],
    [path.x, path.y, path.x, bottom],
  ];
  for (const [x1, y1, x2, y2] of sides) {
    const length = Math.hypot(x2 - x1, y2 - y1) + line.width;
    const count = Math.max(2, Math.round((length + dash) / (2 * dash)));
    // Dashes and gaps alike, stretched to fit the side.
    const fitted = length / (2 * count - 1);
    ctx.setLineDash([fitted, fitted]);
    ctx.lineDashOffset = line.width / 2;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.lineDashOffset = 0;
}

/** A line of `line.width` drawn just inside `box`. */
function strokeInside(ctx: CanvasRenderingContext2D, box: Box, line: Line, radius: number): void {
  if (line.style === 'double' && line.width >= 3) {
    // CSS's double: two lines a third of the width each, a third apart.
    const thin = { ...line, style: 'solid', width: line.width / 3 };
    strokeInside(ctx, box, thin, radius);
    strokeInside(ctx, inset(box, (2 * line.width) / 3), thin, radius - (2 * line.width) / 3);
    return;
  }
  const half = line.width / 2;
  const path = inset(box, half);
  if (path.width <= 0 || path.height <= 0) return;
  ctx.strokeStyle = line.color;
  ctx.lineWidth = line.width;
  if (line.style === 'dashed' || line.style === 'dotted') {
    strokeSides(ctx, path, line);
    return;
  }
  ctx.beginPath();
  ctx.roundRect(path.x, path.y, path.width, path.height, Math.max(0, radius - half));
  ctx.stroke();
}

function drawStripes(ctx: CanvasRenderingContext2D, box: Box, look: CellLook): void {
  const stripes = look.stripes!;
  // CSS angles: 0deg points up, clockwise. The gradient line crosses the box through its centre,
  // long enough that its ends' perpendiculars touch the corners.
  const rad = (stripes.angle * Math.PI) / 180;
  const length = Math.abs(box.width * Math.sin(rad)) + Math.abs(box.height * Math.cos(rad));
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.width, box.height, look.radius);
  ctx.clip();
  ctx.translate(box.x + box.width / 2, box.y + box.height / 2);
  ctx.rotate(rad - Math.PI);
  // Now +y runs along the gradient line; bands are horizontal strips across it.
  const reach = Math.hypot(box.width, box.height);
  for (let start = -length / 2; start < length / 2; start += stripes.period)
    for (const band of stripes.bands) {
      ctx.fillStyle = band.color;
      ctx.fillRect(-reach, start + band.from, 2 * reach, band.to - band.from);
    }
  ctx.restore();
}

/** The box with its edges on whole device pixels, where the browser draws a cell's edges too. */
export function snap(box: Box, ratio: number): Box {
  const x = Math.round(box.x * ratio) / ratio;
  const y = Math.round(box.y * ratio) / ratio;
  return {
    x,
    y,
    width: Math.round((box.x + box.width) * ratio) / ratio - x,
    height: Math.round((box.y + box.height) * ratio) / ratio - y,
  };
}

/** Everything of a cell but its number: fill, stripes, inset ring, border, outline. */
export function paintBox(ctx: CanvasRenderingContext2D, box: Box, look: CellLook): void {
  ctx.globalAlpha = look.opacity;
  if (look.fill) {
    ctx.fillStyle = look.fill;
    ctx.beginPath();
    ctx.roundRect(box.x, box.y, box.width, box.height, look.radius);
    ctx.fill();
  }
  if (look.stripes) drawStripes(ctx, box, look);
  const borderWidth = look.border?.width ?? 0;
  if (look.ring) strokeInside(ctx, inset(box, borderWidth), look.ring, look.radius - borderWidth);
  if (look.border) strokeInside(ctx, box, look.border, look.radius);
  for (const mark of look.marks) paintMark(ctx, box, mark);
  // An outline lies outside its offset box: from `offset` to `offset + width` beyond the border box.
  if (look.outline)
    strokeInside(ctx, inset(box, -(look.outline.offset + look.outline.width)), look.outline, 0);
  ctx.globalAlpha = 1;
}

/** The font last set on each context: setting one is parsed every time, even when it is the same. */
const fonts = new WeakMap<CanvasRenderingContext2D, string>();

/**
 * A cell's number, centred, as the page sets it (struck through where CSS strikes it). `scale`
 * multiplies the box and the font, for drawing in device pixels.
 */
export function paintText(
  ctx: CanvasRenderingContext2D,
  box: Box,
  look: CellLook,
  text: string,
  scale = 1,
): void {
  const t = look.text;
  if (!t || !text) return;
  const font = `${t.style} ${t.weight} ${t.size * scale}px ${t.family}`;
  if (fonts.get(ctx) !== font) {
    ctx.font = font;
    fonts.set(ctx, font);
  }
  ctx.globalAlpha = look.opacity;
  ctx.fillStyle = t.color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const cx = (box.x + box.width / 2) * scale;
  const cy = (box.y + box.height / 2) * scale;
  const width = box.width * scale;
  ctx.fillText(text, cx, cy, width - 2 * (look.border?.width ?? 0) * scale);
  if (t.strike) {
    const half = Math.min(ctx.measureText(text).width, width) / 2;
    ctx.fillRect(cx - half, cy, 2 * half, scale);
  }
  ctx.globalAlpha = 1;
}
