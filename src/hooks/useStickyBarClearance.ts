/**
 * Keeps focus out from under the sticky playback bar (WCAG 2.4.11, Focus Not Obscured): the bar's
 * height goes into `--sticky-bar-height` on <html>, which the page's scroll-padding reads, so the
 * browser scrolls a newly focused control above the bar instead of leaving it beneath. The bar wraps
 * to several rows on a phone, so its height is measured, not guessed.
 */
import { useEffect, type RefObject } from 'react';

export function useStickyBarClearance(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--sticky-bar-height', `${element.offsetHeight}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-bar-height');
    };
  }, [bar]);
}
