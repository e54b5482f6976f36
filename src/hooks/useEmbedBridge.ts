/**
 * Starts the host-page protocol once the first render is on screen, when the page is in a frame.
 * The protocol code is loaded only then: a top-level visit never needs it.
 */
import { useEffect } from 'react';

export function useEmbedBridge(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    const content = () => document.querySelector<HTMLElement>('.app') ?? document.body;
    void import('../state/embedBridge').then(({ startEmbedBridge }) => {
      if (cancelled) return;
      stop = startEmbedBridge(
        window,
        () => content().getBoundingClientRect().height,
        (callback) => {
          let frame = 0;
          const observer = new ResizeObserver(() => {
            cancelAnimationFrame(frame);
            frame = requestAnimationFrame(callback);
          });
          observer.observe(content());
          return () => {
            cancelAnimationFrame(frame);
            observer.disconnect();
          };
        },
      );
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
