/**
 * A cell's marks: empty, absolutely positioned ::before/::after boxes drawn by their fill and
 * borders, such as the pooling winner's corner triangle (a box of no size with two borders). The
 * canvas layer draws them with the cell, so a winner's row need not be painted by the page.
 */
import type { StyleSource } from './cellLook';
import type { Box } from './paintCell';

export interface Mark {
  /** The mark's border box, relative to the cell's border box. */
  box: Box;
  /** Border widths and colours: top, right, bottom, left. */
  widths: [number, number, number, number];
  colors: [string, string, string, string];
  fill: string;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
const px = (value: string): number => parseFloat(value) || 0;
const clear = (color: string) => !color || color === 'transparent' || /rgba\(.*, 0\)$/.test(color);

/**
 * The mark `pseudo` draws on a cell with computed style `cell`; null for none, and for one with text
 * or not absolutely positioned, which the canvas leaves out (grid.css has the page paint its row).
 */
export function readMark(cell: StyleSource, pseudo: StyleSource): Mark | null {
  const content = pseudo.getPropertyValue('content');
  if (content !== '""' || pseudo.getPropertyValue('position') !== 'absolute') return null;
  const widths = SIDES.map((side) => px(pseudo.getPropertyValue(`border-${side}-width`))) as Mark['widths'];
  const colors = SIDES.map((side) => pseudo.getPropertyValue(`border-${side}-color`)) as Mark['colors'];
  // Insets are resolved to pixels from the cell's padding box, inside its border; a content-box
  // width leaves the borders out.
  const borders =
    pseudo.getPropertyValue('box-sizing') === 'border-box'
      ? [0, 0]
      : [widths[1] + widths[3], widths[0] + widths[2]];
  return {
    box: {
      x: px(cell.getPropertyValue('border-left-width')) + px(pseudo.getPropertyValue('left')),
      y: px(cell.getPropertyValue('border-top-width')) + px(pseudo.getPropertyValue('top')),
      width: px(pseudo.getPropertyValue('width')) + borders[0]!,
      height: px(pseudo.getPropertyValue('height')) + borders[1]!,
    },
    widths,
    colors,
    fill: pseudo.getPropertyValue('background-color'),
  };
}

/** Draws a mark inside a cell drawn at `cell`: each border side the trapezoid CSS gives it. */
export function paintMark(ctx: CanvasRenderingContext2D, cell: Box, mark: Mark): void {
  const x0 = cell.x + mark.box.x;
  const y0 = cell.y + mark.box.y;
  const x1 = x0 + mark.box.width;
  const y1 = y0 + mark.box.height;
  const [t, r, b, l] = mark.widths;
  const inner = [x0 + l, y0 + t, x1 - r, y1 - b] as const;
  if (!clear(mark.fill)) {
    ctx.fillStyle = mark.fill;
    ctx.fillRect(inner[0], inner[1], inner[2] - inner[0], inner[3] - inner[1]);
  }
  const corners: [number, number][][] = [
    [
      [x0, y0],
      [x1, y0],
      [inner[2], inner[1]],
      [inner[0], inner[1]],
    ],
    [
      [x1, y0],
      [x1, y1],
      [inner[2], inner[3]],
      [inner[2], inner[1]],
    ],
    [
      [x1, y1],
      [x0, y1],
      [inner[0], inner[3]],
      [inner[2], inner[3]],
    ],
    [
      [x0, y1],
      [x0, y0],
      [inner[0], inner[1]],
      [inner[0], inner[3]],
    ],
  ];
  corners.forEach((points, side) => {
    if (mark.widths[side]! <= 0 || clear(mark.colors[side]!)) return;
    ctx.fillStyle = mark.colors[side]!;
    ctx.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fill();
  });
}
