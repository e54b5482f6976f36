/**
 * Opens and closes a native <dialog> as a modal to follow `open` (focus trap and Escape come with
 * it), and on closing puts focus back where it was when the dialog opened. When nothing had focus
 * then (the dialog was opened by a key press on the page), or that element has gone or is hidden,
 * focus goes to `returnFocus()` instead, so it never falls to <body>.
 */
import { useEffect, useEffectEvent, useRef } from 'react';

export function useModalDialog(open: boolean, returnFocus?: () => HTMLElement | null) {
  const ref = useRef<HTMLDialogElement>(null);
  const focusFallback = useEffectEvent(() => returnFocus?.()?.focus());

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open || dialog.open) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    dialog.showModal();
    let restored = false;
    const restore = () => {
      if (restored) return;
      restored = true;
      opener?.focus();
      if (!opener || document.activeElement !== opener) focusFallback();
    };
    // Closed by Escape or the Close button: the native close event.
    dialog.addEventListener('close', restore, { once: true });
    // Closed by `open` turning false, or unmounted: the parent usually unmounts the dialog from its
    // own onClose, inside the close event's dispatch, before the listener above has run.
    return () => {
      dialog.removeEventListener('close', restore);
      if (dialog.open) dialog.close();
      restore();
    };
  }, [open]);
  return ref;
}
