/**
 * Presentation mode: fullscreen through the Fullscreen API where allowed, with larger type and a
 * high-contrast look. Where fullscreen is refused (an iframe without allowfullscreen, some kiosks)
 * the page still switches to the presentation layout.
 */
import { useCallback, useEffect } from 'react';
import { useStore } from '../state/store';

export function usePresentation(): { toggle: () => void } {
  const setPresenting = useStore((s) => s.setPresenting);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && useStore.getState().presenting) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);

  useEffect(() => {
    document.documentElement.dataset.presenting = useStore.getState().presenting ? 'true' : 'false';
    return useStore.subscribe((s, prev) => {
      if (s.presenting !== prev.presenting)
        document.documentElement.dataset.presenting = s.presenting ? 'true' : 'false';
    });
  }, []);

  const toggle = useCallback(() => {
    const presenting = useStore.getState().presenting;
    if (presenting) {
      setPresenting(false);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      return;
    }
    setPresenting(true);
    const root = document.documentElement;
    if (root.requestFullscreen && document.fullscreenEnabled) {
      void root.requestFullscreen().catch(() => undefined);
    }
  }, [setPresenting]);

  return { toggle };
}
