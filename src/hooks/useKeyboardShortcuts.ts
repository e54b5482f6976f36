/**
 * Page-wide keys, for keyboards and presentation clickers. Page Up / Page Down (what a clicker sends)
 * step wherever focus is, even in a slider or select the lecturer last used with the mouse; other
 * keys typed into fields, or handled by a focused grid, tab list or control, are left alone. While a
 * dialog is open it owns the keyboard: nothing reaches the page behind it.
 */
import { useEffect } from 'react';
import { useStore, type PresenterTool } from '../state/store';

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Space or K', action: 'Play / pause' },
  { keys: '← / →', action: 'Previous / next step' },
  { keys: 'Page Up / Page Down', action: 'Previous / next step (presentation clickers)' },
  { keys: 'Home / End', action: 'First / last step' },
  { keys: '[ / ]', action: 'Slower / faster' },
  { keys: 'L', action: 'Loop on / off' },
  { keys: 'F', action: 'Presentation mode (full screen)' },
  { keys: 'S', action: 'Presenting: settings drawer (Esc closes it)' },
  { keys: 'B', action: 'Presenting: blank the screen (any key or click returns)' },
  { keys: 'P', action: 'Presenting: laser pointer on / off' },
  { keys: '?', action: 'Show these shortcuts' },
];

/** Keys that work while presenting. */
const PRESENTER_KEYS: Record<string, PresenterTool> = { s: 'drawer', b: 'blank', p: 'laser' };

const EDITABLE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Every dialog in the app is modal, so an open one means the page behind it is inert. */
const dialogOpen = () => document.querySelector('dialog[open]') !== null;

/**
 * Runs in the capture phase, before the focused control: a range input or select would otherwise
 * take Page Up / Page Down for itself (a Step slider moving backwards by a tenth), and a grid's cell
 * editor stops the keys it sees from bubbling.
 */
function onClickerKey(event: KeyboardEvent): void {
  // A blank screen comes back on any key, which does nothing else (as in slide software).
  if (useStore.getState().blank) {
    event.preventDefault();
    event.stopPropagation();
    useStore.getState().togglePresenterTool('blank', false);
    return;
  }
  if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || dialogOpen()) return;
  event.preventDefault();
  const s = useStore.getState();
  s.pause();
  if (event.key === 'PageDown') s.next();
  else s.previous();
}

export function useKeyboardShortcuts(handlers: {
  togglePresentation: () => void;
  showHelp: () => void;
}): void {
  const { togglePresentation, showHelp } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || dialogOpen()) return;
      // Escape closes the presenting drawer, from inside it (fields included) or anywhere.
      if (event.key === 'Escape' && useStore.getState().drawer) {
        useStore.getState().togglePresenterTool('drawer', false);
        event.preventDefault();
        return;
      }
      const target = event.target as HTMLElement | null;
      if (target && (EDITABLE.has(target.tagName) || target.isContentEditable)) return;
      const onButton = target?.tagName === 'BUTTON' || target?.getAttribute('role') === 'tab';
      const s = useStore.getState();
      switch (event.key) {
        case ' ':
        case 'k':
          if (onButton && event.key === ' ') return; // Space presses the focused button
          s.togglePlay();
          break;
        case 'ArrowRight':
          s.pause();
          s.next();
          break;
        case 'ArrowLeft':
          s.pause();
          s.previous();
          break;
        case 'Home':
          s.first();
          break;
        case 'End':
          s.last();
          break;
        case '[':
          s.setSpeed(s.speed <= 1 ? 0.5 : s.speed - 1);
          break;
        case ']':
          s.setSpeed(s.speed < 1 ? 1 : s.speed + 1);
          break;
        case 'l':
        case 'L':
          s.setLoop(!s.loop);
          break;
        case 'f':
        case 'F':
          togglePresentation();
          break;
        case '?':
          showHelp();
          break;
        case 's':
        case 'S':
        case 'b':
        case 'B':
        case 'p':
        case 'P':
          if (!s.presenting) return;
          useStore.getState().togglePresenterTool(PRESENTER_KEYS[event.key.toLowerCase()]!);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onClickerKey, { capture: true });
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onClickerKey, { capture: true });
      document.removeEventListener('keydown', onKey);
    };
  }, [togglePresentation, showHelp]);
}
