/**
 * How far to scroll the page so the kernel window stays in sight as it moves: a 32×32 input is taller
 * than a 720-pixel screen, and its last rows pass under the sticky playback bar. Once the reader has
 * scrolled the page, it follows only a window they were watching (wholly in sight before the step);
 * one scrolled away on purpose is left where it is. Going down, it scrolls enough to bring the rest
 * of the grid into sight where it can, so the page moves once rather than row by row; going up, the
 * same for the grid's top. All positions are viewport pixels, top < bottom.
 */
import { postTask } from '../../state/postTask';

export interface Span {
  top: number;
  bottom: number;
}

export interface FollowInput {
  /** The window before the step and after it. */
  from: Span;
  to: Span;
  /** The grid the window moves over. */
  grid: Span;
  /** The part of the viewport not covered: from the top to the top of the playback bar. */
  view: Span;
  /** Whether the reader moved the page since it was loaded or last followed the window. */
  readerScrolled: boolean;
}

/** Pixels to scroll by (positive is down); 0 when the page should stay put. */
export function followScroll({ from, to, grid, view, readerScrolled }: FollowInput): number {
  const inSight = (s: Span) => s.top >= view.top && s.bottom <= view.bottom;
  if ((readerScrolled && !inSight(from)) || inSight(to)) return 0;
  // A window taller than the view cannot be followed whole: leave the reader's scroll alone.
  if (to.bottom - to.top > view.bottom - view.top) return 0;
  if (to.bottom > view.bottom) {
    const least = to.bottom - view.bottom;
    const most = to.top - view.top;
    return Math.min(Math.max(least, grid.bottom - view.bottom), most);
  }
  const least = to.top - view.top;
  const most = to.bottom - view.bottom;
  return Math.max(Math.min(least, grid.top - view.top), most);
}

/** Room for the window's frame, drawn just outside the cells it covers. */
const FRAME_MARGIN = 6;

/** Where the page was scrolled when this view loaded, or where following the window left it. */
let leftAt = typeof window === 'undefined' ? 0 : window.scrollY;

/**
 * After the window `overlay` moved from row `from` to row `to` of its grid (rows in the grid's own
 * cells), scrolls the page in a task of its own: the playback clock settles the step's layout in the
 * task before, so reading the grid's box there costs nothing. Only the page's first window follows,
 * so that several channels' windows neither scroll the page once each nor post a task each step.
 * Returns a function that cancels the scroll if it has not run.
 */
export function followWindowAfterStep(
  overlay: HTMLElement,
  from: number,
  to: number,
  spanRows: number,
  instant: boolean,
): () => void {
  if (document.querySelector('.window-overlay') !== overlay) return () => {};
  return postTask(() => followWindow(overlay, from, to, spanRows, instant));
}

/** The overlay is one pitch square at the grid's corner; the grid's box and its size are read. */
function followWindow(overlay: HTMLElement, from: number, to: number, spanRows: number, instant: boolean) {
  const grid = overlay.parentElement;
  if (!grid || !overlay.isConnected) return;
  const box = grid.getBoundingClientRect();
  const pitch = overlay.offsetHeight;
  const rows = (row: number): Span => ({
    top: box.top + row * pitch - FRAME_MARGIN,
    bottom: box.top + (row + spanRows) * pitch + FRAME_MARGIN,
  });
  const bar = parseFloat(document.documentElement.style.getPropertyValue('--sticky-bar-height')) || 0;
  const delta = followScroll({
    from: rows(from),
    to: rows(to),
    grid: { top: box.top - FRAME_MARGIN, bottom: box.bottom + FRAME_MARGIN },
    view: { top: 0, bottom: window.innerHeight - bar },
    readerScrolled: Math.abs(window.scrollY - leftAt) > 1,
  });
  if (delta === 0) return;
  const end = document.documentElement.scrollHeight - window.innerHeight;
  leftAt = Math.min(Math.max(window.scrollY + delta, 0), Math.max(end, 0));
  window.scrollBy({ top: delta, behavior: instant ? 'instant' : 'smooth' });
}
