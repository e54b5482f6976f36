/**
 * Starts the host-page protocol once the first render is on screen, when the page is in a frame.
 * The protocol code is loaded only then (a top-level visit never needs it); the commands a host
 * sends meanwhile wait in the inbox (src/state/embedInbox.ts, opened in main.tsx).
 */
import { useEffect } from 'react';

export function useEmbedBridge(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void import('../state/embedBridge').then(({ startInBrowser }) => {
      if (!cancelled) stop = startInBrowser();
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
}
