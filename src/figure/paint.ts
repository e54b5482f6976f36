/**
 * Paints a scene onto a 2D canvas (an OffscreenCanvas in the export worker). Rectangles and their
 * inner borders are whole-pixel fills, so the only blended pixels are the edges of text.
 *
 * Successive steps differ in a few cells and the title, so a frame can be painted as changes over
 * the previous one: each changed cell is repainted whole (its square covers its number and mark),
 * a changed free-standing text over a cleared box. The pixels are the same as a full repaint's.
 */
import { FIGURE_FONT, type Scene, type SceneItem, type SceneRect, type SceneText } from './scene';

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function paintItem(ctx: Context2D, item: SceneItem): void {
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

export function paintScene(ctx: Context2D, scene: Scene): void {
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  for (const item of scene.items) paintItem(ctx, item);
}

const isCell = (item: SceneItem): item is SceneRect => item.kind === 'rect' && !!item.border;

/** A cell and what is drawn inside it (its number, its mark), or a shape standing on its own. */
type Group = { cell: SceneRect; items: SceneItem[] } | { cell: null; items: [SceneItem] };

function groups(items: SceneItem[]): Group[] {
  const out: Group[] = [];
  let open: { cell: SceneRect; items: SceneItem[] } | null = null;
  for (const item of items) {
    if (isCell(item)) {
      open = { cell: item, items: [item] };
      out.push(open);
    } else if (open && inside(item, open.cell)) open.items.push(item);
    else {
      open = null;
      out.push({ cell: null, items: [item] });
    }
  }
  return out;
}

function inside(item: SceneItem, cell: SceneRect): boolean {
  return item.x >= cell.x && item.x <= cell.x + cell.w && item.y >= cell.y && item.y <= cell.y + cell.h;
}

const same = (a: SceneItem[], b: SceneItem[]) => JSON.stringify(a) === JSON.stringify(b);

/** The pixels a free-standing text may cover, with room for anti-aliasing. */
function textBox(ctx: Context2D, t: SceneText): [number, number, number, number] {
  ctx.font = `${t.bold ? 'bold ' : ''}${t.size}px ${FIGURE_FONT}`;
  const width = Math.ceil(ctx.measureText(t.text).width) + 4;
  const left = t.anchor === 'start' ? t.x - 2 : t.anchor === 'end' ? t.x - width + 2 : t.x - width / 2;
  return [Math.floor(left), Math.floor(t.y - t.size), width + 2, Math.ceil(t.size * 2)];
}

/**
 * Paints `scene` over a canvas that shows `previous`. Falls back to a full repaint when the two are
 * laid out differently (another number of cells or labels, or a cell that moved).
 */
export function paintChanges(ctx: Context2D, previous: Scene | null, scene: Scene): void {
  const before = previous ? groups(previous.items) : [];
  const after = groups(scene.items);
  const comparable =
    before.length === after.length &&
    after.every((g, i) => {
      const b = before[i]!;
      if (g.cell === null || b.cell === null) return g.cell === b.cell;
      return g.cell.x === b.cell.x && g.cell.y === b.cell.y && g.cell.w === b.cell.w;
    });
  if (!previous || !comparable) return paintScene(ctx, scene);
  after.forEach((group, i) => {
    const old = before[i]!;
    if (same(group.items, old.items)) return;
    const first = old.items[0]!;
    // A title or label that changed: clear where the old text was, then draw the new.
    if (group.cell === null && first.kind === 'text') {
      ctx.fillStyle = scene.background;
      ctx.fillRect(...textBox(ctx, first));
    }
    for (const item of group.items) paintItem(ctx, item);
  });
}
