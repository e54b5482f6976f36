/**
 * Cell boxes drawn once and copied: every cell of one look and size is the same picture, so the
 * canvas layer draws each look once into this atlas and copies it with one drawImage a cell. One
 * canvas holds them all (a canvas and its context per look cost more than the drawing they save).
 */
const SIDE = 512;

interface Slot {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class SpriteAtlas {
  readonly canvas: HTMLCanvasElement = document.createElement('canvas');
  private readonly ctx: CanvasRenderingContext2D | null;
  private readonly slots = new Map<string, Slot>();
  /** Shelf packing: sprites fill a row left to right; the next row starts under the tallest. */
  private shelf = { x: 0, y: 0, height: 0 };

  constructor() {
    this.canvas.width = this.canvas.height = SIDE;
    this.ctx = this.canvas.getContext('2d');
  }

  clear(): void {
    this.slots.clear();
    this.shelf = { x: 0, y: 0, height: 0 };
    this.ctx?.clearRect(0, 0, SIDE, SIDE);
  }

  /**
   * The slot holding sprite `key` (width × height device pixels), drawn by `paint` into a context
   * whose origin is the slot's corner the first time it is asked for; null if it cannot fit.
   */
  slot(
    key: string,
    width: number,
    height: number,
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): Slot | null {
    const found = this.slots.get(key);
    if (found) return found;
    if (!this.ctx || width > SIDE || height > SIDE || width < 1 || height < 1) return null;
    if (this.shelf.x + width > SIDE)
      this.shelf = { x: 0, y: this.shelf.y + this.shelf.height + 1, height: 0 };
    if (this.shelf.y + height > SIDE) {
      // Full (many sizes after many resizes): start again.
      this.clear();
    }
    const slot = { x: this.shelf.x, y: this.shelf.y, width, height };
    this.shelf.x += width + 1;
    this.shelf.height = Math.max(this.shelf.height, height);
    this.ctx.save();
    this.ctx.beginPath();
    this.ctx.rect(slot.x, slot.y, width, height);
    this.ctx.clip();
    this.ctx.translate(slot.x, slot.y);
    paint(this.ctx);
    this.ctx.restore();
    this.slots.set(key, slot);
    return slot;
  }
}
