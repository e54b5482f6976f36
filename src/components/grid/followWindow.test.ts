import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { followScroll, type Span } from './followWindow';

const span = (top: number, height: number): Span => ({ top, bottom: top + height });
const shifted = (s: Span, by: number): Span => ({ top: s.top - by, bottom: s.bottom - by });
const within = (s: Span, view: Span) => view.top <= s.top && s.bottom <= view.bottom;

// A 720-pixel screen with a 61-pixel bar, as at 1280×720.
const view = span(0, 659);
const windowAt = (top: number) => span(top, 34);
const page = fc.record({
  viewHeight: fc.integer({ min: 120, max: 1200 }),
  windowHeight: fc.integer({ min: 8, max: 400 }),
  fromTop: fc.integer({ min: -2000, max: 2000 }),
  toTop: fc.integer({ min: -2000, max: 2000 }),
  gridTop: fc.integer({ min: -3000, max: 0 }),
  gridHeight: fc.integer({ min: 0, max: 5000 }),
  readerScrolled: fc.boolean(),
});

describe('the page following the kernel window', () => {
  it('scrolls a watched window that passes under the bar back into sight, and the rest of the grid with it', () => {
    const grid = span(183, 551);
    const delta = followScroll({ from: windowAt(620), to: windowAt(650), grid, view, readerScrolled: true });
    expect(within(shifted(windowAt(650), delta), view)).toBe(true);
    // The grid's bottom comes up above the bar too: one scroll, not one a row.
    expect(shifted(grid, delta).bottom).toBeLessThanOrEqual(view.bottom);
  });

  it('leaves a window the reader scrolled away from, or one still in sight, where it is', () => {
    const grid = span(-400, 900);
    const readerScrolled = true;
    expect(followScroll({ from: windowAt(700), to: windowAt(730), grid, view, readerScrolled })).toBe(0);
    expect(followScroll({ from: windowAt(-50), to: windowAt(-80), grid, view, readerScrolled })).toBe(0);
    for (const scrolled of [true, false]) {
      const still = { from: windowAt(100), to: windowAt(130), grid, view, readerScrolled: scrolled };
      expect(followScroll(still)).toBe(0);
    }
  });

  it('brings a window that started under the bar into sight while the reader has not scrolled', () => {
    const grid = span(183, 551);
    const to = windowAt(690);
    const delta = followScroll({ from: windowAt(674), to, grid, view, readerScrolled: false });
    expect(within(shifted(to, delta), view)).toBe(true);
  });

  it('brings the window wholly into sight whenever it was watched and fits', () => {
    fc.assert(
      fc.property(page, (p) => {
        const v = span(0, p.viewHeight);
        const from = span(p.fromTop, p.windowHeight);
        const to = span(p.toTop, p.windowHeight);
        const grid = span(p.gridTop, p.gridHeight);
        const delta = followScroll({ from, to, grid, view: v, readerScrolled: p.readerScrolled });
        const watched = within(from, v) || !p.readerScrolled;
        if (!watched || within(to, v) || p.windowHeight > p.viewHeight) {
          expect(delta).toBe(0);
          return;
        }
        expect(within(shifted(to, delta), v)).toBe(true);
        // It scrolls towards the window, never away from it.
        expect(Math.sign(delta)).toBe(to.top < v.top ? -1 : 1);
      }),
    );
  });
});
