/** A scene as an SVG document: the same shapes, text as text (crisp at any size, searchable). */
import { LICENCE_LINE } from './layout';
import { FIGURE_FONT, type Scene, type SceneItem } from './scene';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Two decimals at most, no trailing zeros: the same number is always written the same way. */
const n = (value: number) => String(Math.round(value * 100) / 100);

const ANCHOR = { start: 'start', middle: 'middle', end: 'end' } as const;

function item(shape: SceneItem): string {
  if (shape.kind === 'rect') {
    const { x, y, w, h, fill, border } = shape;
    const box = `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"/>`;
    if (!border) return box;
    // The border lies inside the cell: its stroke runs half a width in from the edge.
    const b = border.width;
    return (
      box +
      `<rect x="${n(x + b / 2)}" y="${n(y + b / 2)}" width="${n(w - b)}" height="${n(h - b)}" fill="none" stroke="${border.colour}" stroke-width="${n(b)}"/>`
    );
  }
  const weight = shape.bold ? ' font-weight="bold"' : '';
  return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}" fill="${shape.colour}" text-anchor="${ANCHOR[shape.anchor]}" dominant-baseline="central"${weight}>${escapeXml(shape.text)}</text>`;
}

export function sceneToSvg(scene: Scene): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>${escapeXml(LICENCE_LINE)}: https://creativecommons.org/licenses/by/4.0/</desc>`,
    `<rect width="100%" height="100%" fill="${scene.background}"/>`,
    `<g font-family="${escapeXml(FIGURE_FONT)}" font-variant-numeric="tabular-nums">`,
    ...scene.items.map(item),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
