/**
 * Cell boxes drawn once and copied: every cell of one look and size is the same picture, so the
 * canvas layer draws each look once into this atlas and copies it with one drawImage a cell. A few
 * canvases hold them all (a canvas and its context per look cost more than the drawing they save);
 * a full page is never wiped while its sprites may still be copied, another page is opened instead.
 */
const SIDE = 512;

interface Page {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** Shelf packing: sprites fill a row left to right; the next row starts under the tallest. */
  shelf: { x: number; y: number; height: number };
}

export interface Slot {
  canvas: HTMLCanvasElement;
  x: number;
  y: number;
  width: number;
  height: number;
}

export class SpriteAtlas {
  private pages: Page[] = [];
  private readonly slots = new Map<string, Slot>();

  /** Forgets every sprite (the looks or sizes changed). */
  clear(): void {
    this.slots.clear();
    this.pages = [];
  }

  /**
   * The slot holding sprite `key` (width × height device pixels), drawn by `paint` into a context
   * whose origin is the slot's corner the first time it is asked for; null without a 2D context.
   */
  slot(
    key: string,
    width: number,
    height: number,
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): Slot | null {
    const found = this.slots.get(key);
    if (found) return found;
    if (width < 1 || height < 1) return null;
    const page = this.pageWithRoom(width, height);
    if (!page) return null;
    const slot = { canvas: page.canvas, x: page.shelf.x, y: page.shelf.y, width, height };
    page.shelf.x += width + 1;
    page.shelf.height = Math.max(page.shelf.height, height);
    const { ctx } = page;
    ctx.save();
    ctx.beginPath();
    ctx.rect(slot.x, slot.y, width, height);
    ctx.clip();
    ctx.translate(slot.x, slot.y);
    paint(ctx);
    ctx.restore();
    this.slots.set(key, slot);
    return slot;
  }

  /** The last page, moved on to its next shelf if need be, or a new page when it is full. */
  private pageWithRoom(width: number, height: number): Page | null {
    const last = this.pages[this.pages.length - 1];
    if (last) {
      const side = last.canvas.width;
      if (last.shelf.x + width > side)
        last.shelf = { x: 0, y: last.shelf.y + last.shelf.height + 1, height: 0 };
      if (last.shelf.x + width <= side && last.shelf.y + height <= last.canvas.height) return last;
    }
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(SIDE, width);
    canvas.height = Math.max(SIDE, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    const page = { canvas, ctx, shelf: { x: 0, y: 0, height: 0 } };
    this.pages.push(page);
    return page;
  }
}
