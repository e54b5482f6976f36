/**
 * The canvas layer of a large grid. Painting a 32×32 page's ~3,000 cell boxes cost most of each
 * step's frame; here the cells stay in the DOM — their roles, names, numbers, focus and pointer
 * events are what assistive technology, tests and the mouse use — but their rows are not painted
 * (grid.css: opacity 0), and this canvas draws them instead, from the cells' own computed styles.
 * A step changes a few cells' classes or text: a MutationObserver names them, and only they are
 * drawn again. A row that must show something a canvas cannot (a focus ring, an open entry, a
 * marker) is painted by the DOM again (grid.css), and the canvas leaves it blank.
 */
import { readLook, type CellLook } from './cellLook';
import { paintCell, snap, type Box } from './paintCell';

const CELL = '[role="gridcell"]';
const ROW = '[role="row"]';
const MEDIA = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(forced-colors: active)'];

export class CellCanvas {
  private readonly ctx: CanvasRenderingContext2D | null;
  /** Looks by class list: every cell of one class list looks alike until the theme or size changes. */
  private looks = new Map<string, CellLook>();
  private dirtyCells = new Set<HTMLElement>();
  private dirtyRows = new Set<HTMLElement>();
  private everything = true;
  private frame = 0;
  private readonly painted = new WeakMap<HTMLElement, boolean>();
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly grid: HTMLElement,
    private readonly canvas: HTMLCanvasElement,
  ) {
    this.ctx = canvas.getContext('2d');
    const cells = new MutationObserver((records) => {
      for (const record of records) this.noteChange(record.target);
      this.schedule();
    });
    cells.observe(grid, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style'],
    });
    // A theme, presenting or another size of everything changes every look.
    const context = new MutationObserver(() => this.redrawAll());
    for (let el = grid.parentElement; el; el = el.parentElement)
      context.observe(el, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
    const resize = new ResizeObserver(() => this.redrawAll());
    resize.observe(grid);
    const focus = (event: FocusEvent) => {
      const row = (event.target as Element | null)?.closest<HTMLElement>(ROW);
      if (row) this.dirtyRows.add(row);
      this.schedule();
    };
    grid.addEventListener('focusin', focus);
    grid.addEventListener('focusout', focus);
    const media = MEDIA.map((query) => window.matchMedia(query));
    const onMedia = () => this.redrawAll();
    for (const m of media) m.addEventListener('change', onMedia);
    void document.fonts?.ready.then(() => this.redrawAll());
    this.cleanups.push(
      () => cells.disconnect(),
      () => context.disconnect(),
      () => resize.disconnect(),
      () => grid.removeEventListener('focusin', focus),
      () => grid.removeEventListener('focusout', focus),
      () => media.forEach((m) => m.removeEventListener('change', onMedia)),
    );
    this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const cleanup of this.cleanups) cleanup();
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
    this.everything = true;
    this.schedule();
  }

  private schedule(): void {
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
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const rows = this.everything
      ? Array.from(this.grid.querySelectorAll<HTMLElement>(ROW))
      : [...this.dirtyRows];
    const rowSet = new Set(rows);
    for (const row of rows) this.drawRow(ctx, row, origin);
    for (const cell of this.dirtyCells) {
      const row = cell.closest<HTMLElement>(ROW);
      if (!row || rowSet.has(row) || !cell.isConnected) continue;
      // A class change can make its row one the DOM paints (or stop): then the whole row changes hands.
      if (this.rowPaintedByDom(row) !== this.painted.get(row)) {
        rowSet.add(row);
        this.drawRow(ctx, row, origin);
      } else if (!this.painted.get(row)) this.drawCell(ctx, cell, origin);
    }
    this.everything = false;
    this.dirtyRows.clear();
    this.dirtyCells.clear();
  }

  private rowPaintedByDom(row: HTMLElement): boolean {
    return getComputedStyle(row).opacity !== '0';
  }

  private drawRow(ctx: CanvasRenderingContext2D, row: HTMLElement, origin: Box): void {
    const byDom = this.rowPaintedByDom(row);
    this.painted.set(row, byDom);
    const box = row.getBoundingClientRect();
    ctx.clearRect(box.left - origin.x, box.top - origin.y, box.width, box.height);
    if (byDom) return;
    for (const cell of row.querySelectorAll<HTMLElement>(CELL)) this.drawCell(ctx, cell, origin, false);
  }

  private drawCell(ctx: CanvasRenderingContext2D, cell: HTMLElement, origin: Box, clear = true): void {
    const rect = cell.getBoundingClientRect();
    // Edges on whole device pixels of the page, where the browser would draw them.
    const ratio = window.devicePixelRatio || 1;
    const page = snap({ x: rect.left, y: rect.top, width: rect.width, height: rect.height }, ratio);
    const box = { ...page, x: page.x - origin.x, y: page.y - origin.y };
    if (clear) ctx.clearRect(box.x, box.y, box.width, box.height);
    paintCell(ctx, box, this.lookOf(cell), cell.textContent ?? '');
  }

  private lookOf(cell: HTMLElement): CellLook {
    let look = this.looks.get(cell.className);
    if (!look) {
      const text = cell.firstElementChild ?? cell;
      look = readLook(getComputedStyle(cell), getComputedStyle(text));
      this.looks.set(cell.className, look);
    }
    return look;
  }
}
