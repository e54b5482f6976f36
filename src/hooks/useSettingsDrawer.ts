/**
 * While presenting, the settings sidebar is a drawer. Opening it moves focus to its first field;
 * closing it (its button, S, Escape) gives focus back to what had it before, or to `fallback()` when
 * that is gone, so focus never falls to <body>. When presentation ends the drawer is the sidebar
 * again and focus stays where it is.
 */
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { useStore } from '../state/store';

const shown = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && el.getClientRects().length > 0;

export function useSettingsDrawer(drawer: RefObject<HTMLElement | null>, fallback: () => HTMLElement | null) {
  const open = useStore((s) => s.drawer);
  const focusFallback = useEffectEvent(() => fallback()?.focus());

  useEffect(() => {
    const el = drawer.current;
    if (!open || !el) return;
    const active = document.activeElement;
    const opener = active !== document.body && !el.contains(active) ? active : null;
    // The first field (the Close button while the panels are still loading), once the drawer is shown.
    const moveIn = () => {
      if (el.contains(document.activeElement)) return;
      (el.querySelector<HTMLElement>('input, select') ?? el.querySelector<HTMLElement>('button'))?.focus();
    };
    // Again a moment later: just after fullscreen starts, Chromium may not take the first focus().
    const timers = [0, 300].map((ms) => window.setTimeout(moveIn, ms));
    return () => {
      timers.forEach(window.clearTimeout);
      if (!useStore.getState().presenting) return;
      const now = document.activeElement;
      if (now && now !== document.body && !el.contains(now)) return;
      if (shown(opener)) opener.focus();
      else focusFallback();
    };
  }, [open, drawer]);
}
