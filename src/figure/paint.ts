/**
 * Paints a scene onto a 2D canvas (an OffscreenCanvas in the export worker). Rectangles and their
 * inner borders are whole-pixel fills, so the only blended pixels are the edges of text.
 */
import { FIGURE_FONT, type Scene } from './scene';

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

export function paintScene(ctx: Context2D, scene: Scene): void {
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const item of scene.items) {
    if (item.kind === 'rect') {
      const { x, y, w, h, fill, border } = item;
      if (border) {
        ctx.fillStyle = border.colour;
        ctx.fillRect(x, y, w, h);
        ctx.fillStyle = fill;
        ctx.fillRect(x + border.width, y + border.width, w - 2 * border.width, h - 2 * border.width);
      } else {
        ctx.fillStyle = fill;
        ctx.fillRect(x, y, w, h);
      }
    } else {
      ctx.font = `${item.bold ? 'bold ' : ''}${item.size}px ${FIGURE_FONT}`;
      ctx.fillStyle = item.colour;
      ctx.textAlign = item.anchor === 'middle' ? 'center' : item.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(item.text, item.x, item.y);
    }
  }
}
