/**
 * The canvas layer of a large grid. Painting a 32×32 page's ~3,000 cell boxes cost most of each
 * step's frame; here the cells stay in the DOM — their roles, names, numbers, focus and pointer
 * events are what assistive technology, tests and the mouse use — but their rows are not painted
 * (grid.css: opacity 0), and this canvas draws them instead, from the cells' own computed styles.
 * A step changes a few cells' classes or text: a MutationObserver names them, and only they are
 * drawn again (drawSoon). A row that must show something the canvas does not draw (a focus ring,
 * an open entry, a quiz pick's dot) is painted by the DOM again (grid.css), and the canvas leaves
 * it blank.
 */
import { readLook, type CellLook } from './cellLook';
import { paintBox, paintText, snap, type Box } from './paintCell';
import { SpriteAtlas } from './spriteAtlas';
import { postTask } from '../../state/postTask';
import { watchGrid } from './watchGrid';

interface Placement {
  /** The canvas's top left on the page, on whole device pixels. */
  origin: Box;
  ratio: number;
}

const CELL = '[role="gridcell"]';
const ROW = '[role="row"]';

export class CellCanvas {
  private readonly ctx: CanvasRenderingContext2D | null;
  /** Looks by class list: every cell of one class list looks alike until the theme or size changes. */
  private looks = new Map<string, CellLook>();
  private readonly sprites = new SpriteAtlas();
  private queue: {
    cell: HTMLElement;
    box: Box;
    look: CellLook;
    key: string;
    width: number;
    height: number;
    clear: boolean;
  }[] = [];
  /** Where each cell was drawn, until the next full redraw (a resize or new rows move them all). */
  private boxes = new WeakMap<HTMLElement, Box>();
  private readonly rowStyles = new WeakMap<HTMLElement, CSSStyleDeclaration>();
  private dirtyCells = new Set<HTMLElement>();
  private dirtyRows = new Set<HTMLElement>();
  private everything = true;
  private disposed = false;
  private frame = 0;
  /** Cancels the drawing task drawSoon posted, while it waits. */
  private task: (() => void) | null = null;
  private readonly painted = new WeakMap<HTMLElement, boolean>();
  private readonly stopWatching: () => void;

  constructor(
    private readonly grid: HTMLElement,
    private readonly canvas: HTMLCanvasElement,
  ) {
    this.ctx = canvas.getContext('2d');
    this.stopWatching = watchGrid(grid, {
      changed: (records) => {
        for (const record of records) this.noteChange(record.target);
        this.drawSoon();
      },
      everything: () => this.redrawAll(),
      focus: (target) => {
        const row = (target as Element | null)?.closest<HTMLElement>(ROW);
        if (row) this.dirtyRows.add(row);
        this.schedule();
      },
    });
    this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.task?.();
    this.task = null;
    this.disposed = true;
    this.stopWatching();
  }

  private noteChange(target: Node): void {
    const element = target instanceof Element ? target : target.parentElement;
    const cell = element?.closest<HTMLElement>(CELL);
    if (cell && this.grid.contains(cell)) this.dirtyCells.add(cell);
    else if (element?.matches(ROW)) this.dirtyRows.add(element as HTMLElement);
    // Rows came or went (a new configuration): everything moves.
    else if (element === this.grid) this.everything = true;
  }

  private redrawAll(): void {
    this.looks.clear();
    this.sprites.clear();
    this.everything = true;
    this.schedule();
  }

  /**
   * Cells changed: drawn in a task of their own, or at the start of the next frame if that comes
   * first, so no frame shows the page's change without the canvas's. During playback the step is
   * taken between frames (src/state/playbackClock.ts), and this task follows it: the layout the
   * drawing reads is done there, not in the step's frame. A full redraw waits for a frame.
   */
  private drawSoon(): void {
    this.schedule();
    if (this.disposed || this.everything || this.task) return;
    this.task = postTask(() => {
      this.task = null;
      // The frame came first and drew already.
      if (!this.frame) return;
      cancelAnimationFrame(this.frame);
      this.draw();
    });
  }

  private schedule(): void {
    // Fonts can finish loading after the grid is gone.
    if (this.disposed) return;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.frame = 0;
    const ctx = this.ctx;
    if (!ctx) return;
    const ratio = window.devicePixelRatio || 1;
    // The canvas sits on whole device pixels (the browser snaps it): cells are placed relative to that.
    const origin = snap(this.grid.getBoundingClientRect(), ratio);
    if (this.everything) {
      const width = Math.ceil(origin.width * ratio) + 1;
      const height = Math.ceil(origin.height * ratio) + 1;
      if (this.canvas.width !== width || this.canvas.height !== height) {
        this.canvas.width = width;
        this.canvas.height = height;
        this.canvas.style.width = `${width / ratio}px`;
        this.canvas.style.height = `${height / ratio}px`;
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
      this.boxes = new WeakMap();
    }
    const at = { origin, ratio };
    const rows = this.everything
      ? Array.from(this.grid.querySelectorAll<HTMLElement>(ROW))
      : [...this.dirtyRows];
    const rowSet = new Set(rows);
    for (const row of rows) this.drawRow(ctx, row, at);
    for (const cell of this.dirtyCells) {
      const row = cell.closest<HTMLElement>(ROW);
      if (!row || rowSet.has(row) || !cell.isConnected) continue;
      // A class change can make its row one the DOM paints (or stop): then the whole row changes hands.
      if (this.rowPaintedByDom(row) !== this.painted.get(row)) {
        rowSet.add(row);
        this.drawRow(ctx, row, at);
      } else if (!this.painted.get(row)) this.queueCell(cell, this.boxOf(cell, at), at, true);
    }
    this.flush(ctx, at);
    this.everything = false;
    this.dirtyRows.clear();
    this.dirtyCells.clear();
  }

  private rowPaintedByDom(row: HTMLElement): boolean {
    // Computed styles are live: one per row, read again whenever needed.
    let style = this.rowStyles.get(row);
    if (!style) this.rowStyles.set(row, (style = getComputedStyle(row)));
    return style.opacity !== '0';
  }

  /** A row's cells are one size, a fixed pitch apart: two measurements place them all. */
  private drawRow(ctx: CanvasRenderingContext2D, row: HTMLElement, at: Placement): void {
    const byDom = this.rowPaintedByDom(row);
    this.painted.set(row, byDom);
    const rowBox = this.place(row.getBoundingClientRect(), at);
    this.clear(ctx, rowBox, at);
    const cells = row.querySelectorAll<HTMLElement>(CELL);
    if (byDom || cells.length === 0) return;
    const first = cells[0]!.getBoundingClientRect();
    const last = cells[cells.length - 1]!.getBoundingClientRect();
    const pitch = cells.length > 1 ? (last.left - first.left) / (cells.length - 1) : 0;
    cells.forEach((cell, i) => {
      const box = this.place(
        { x: first.left + i * pitch, y: first.top, width: first.width, height: first.height },
        at,
      );
      this.boxes.set(cell, box);
      this.queueCell(cell, box, at, false);
    });
  }

  private boxOf(cell: HTMLElement, at: Placement): Box {
    let box = this.boxes.get(cell);
    if (!box) this.boxes.set(cell, (box = this.place(cell.getBoundingClientRect(), at)));
    return box;
  }

  /** Page coordinates → the canvas's, with edges on whole device pixels, where the browser draws them. */
  private place(r: Box, { origin, ratio }: Placement): Box {
    const page = snap(r, ratio);
    return { ...page, x: page.x - origin.x, y: page.y - origin.y };
  }

  private clear(ctx: CanvasRenderingContext2D, box: Box, { ratio }: Placement): void {
    ctx.clearRect(box.x * ratio, box.y * ratio, box.width * ratio, box.height * ratio);
  }

  /** Queues a cell: drawn by flush(), once every sprite the frame needs is in the atlas. */
  private queueCell(cell: HTMLElement, box: Box, at: Placement, clear: boolean): void {
    const look = this.lookOf(cell);
    const width = Math.round(box.width * at.ratio);
    const height = Math.round(box.height * at.ratio);
    const key = `${cell.className}|${width}|${height}`;
    this.queue.push({ cell, box, look, key, width, height, clear });
  }

  /**
   * Sprites first, then copies: the atlas is canvases, and drawing from a canvas changed since the
   * last copy takes a fresh snapshot of all of it.
   */
  private flush(ctx: CanvasRenderingContext2D, { ratio }: Placement): void {
    const slots = this.queue.map(({ key, width, height, look }) =>
      this.sprites.slot(key, width, height, (spriteCtx) => {
        spriteCtx.scale(ratio, ratio);
        paintBox(spriteCtx, { x: 0, y: 0, width: width / ratio, height: height / ratio }, look);
      }),
    );
    // Drawn in device pixels with no transform: boxes are whole device pixels already.
    this.queue.forEach(({ cell, box, look, width, height, clear }, i) => {
      const x = Math.round(box.x * ratio);
      const y = Math.round(box.y * ratio);
      if (clear) ctx.clearRect(x, y, width, height);
      const slot = slots[i];
      if (slot) ctx.drawImage(slot.canvas, slot.x, slot.y, width, height, x, y, width, height);
      const text = cell.textContent;
      if (look.text && text) paintText(ctx, box, look, text, ratio);
    });
    this.queue = [];
  }

  private lookOf(cell: HTMLElement): CellLook {
    let look = this.looks.get(cell.className);
    if (!look) {
      const text = cell.firstElementChild ?? cell;
      look = readLook(getComputedStyle(cell), getComputedStyle(text), [
        getComputedStyle(cell, '::before'),
        getComputedStyle(cell, '::after'),
      ]);
      this.looks.set(cell.className, look);
    }
    return look;
  }
}
