/**
 * Page-wide keys, for keyboards and presentation clickers. Keys typed into fields, or handled by a
 * focused grid, tab list or control, are left alone.
 */
import { useEffect } from 'react';
import { useStore } from '../state/store';

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Space or K', action: 'Play / pause' },
  { keys: '← / →', action: 'Previous / next step' },
  { keys: 'Page Up / Page Down', action: 'Previous / next step (presentation clickers)' },
  { keys: 'Home / End', action: 'First / last step' },
  { keys: '[ / ]', action: 'Slower / faster' },
  { keys: 'L', action: 'Loop on / off' },
  { keys: 'F', action: 'Presentation mode (full screen)' },
  { keys: '?', action: 'Show these shortcuts' },
];

const EDITABLE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

export function useKeyboardShortcuts(handlers: {
  togglePresentation: () => void;
  showHelp: () => void;
}): void {
  const { togglePresentation, showHelp } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
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
        case 'PageDown':
          s.pause();
          s.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
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
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [togglePresentation, showHelp]);
}
