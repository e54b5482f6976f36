/**
 * Presentation mode: fullscreen through the Fullscreen API where allowed, with larger type and a
 * high-contrast look. Where fullscreen is refused (an iframe without allowfullscreen, some kiosks)
 * the page still switches to the presentation layout.
 */
import { useEffect, useState } from 'react';
import { useStore } from '../state/store';
import { presentationFullscreen } from './presentationFullscreen';

function documentFullscreen() {
  const root = document.documentElement;
  return presentationFullscreen(
    {
      enabled: () => Boolean(root.requestFullscreen) && document.fullscreenEnabled,
      active: () => document.fullscreenElement !== null,
      request: () => root.requestFullscreen(),
      exit: () => document.exitFullscreen(),
    },
    {
      get: () => useStore.getState().presenting,
      set: (on) => useStore.getState().setPresenting(on),
    },
  );
}

export function usePresentation(): { toggle: () => void } {
  const [fullscreen] = useState(documentFullscreen);

  useEffect(() => {
    const onChange = () => fullscreen.changed();
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [fullscreen]);

  useEffect(() => {
    document.documentElement.dataset.presenting = useStore.getState().presenting ? 'true' : 'false';
    return useStore.subscribe((s, prev) => {
      if (s.presenting !== prev.presenting)
        document.documentElement.dataset.presenting = s.presenting ? 'true' : 'false';
    });
  }, []);

  return { toggle: fullscreen.toggle };
}
