/**
 * What presenting adds over the page, loaded with the first presentation: the blank screen (B; any
 * key or a click brings the page back, see useKeyboardShortcuts), the laser pointer (P) and one
 * polite live region that says when either changes, since neither is visible to a screen reader.
 */
import { memo, useState } from 'react';
import { useStore } from '../state/store';
import { LaserPointer } from './LaserPointer';
import './presenter.css';

const MESSAGES = {
  blank: ['Screen blanked. Press any key or click to bring it back.', 'Screen shown again.'],
  laser: ['Laser pointer on.', 'Laser pointer off.'],
} as const;

export const PresenterLayer = memo(function PresenterLayer() {
  const blank = useStore((s) => s.blank);
  const laser = useStore((s) => s.laser);
  const [message, setMessage] = useState('');
  // Compared during render, not in an effect subscribing after the first paint: a B pressed in
  // that gap blanked the screen without a word.
  const [shown, setShown] = useState({ blank, laser });
  if (shown.blank !== blank || shown.laser !== laser) {
    setShown({ blank, laser });
    setMessage(shown.blank !== blank ? MESSAGES.blank[blank ? 0 : 1] : MESSAGES.laser[laser ? 0 : 1]);
  }

  return (
    <>
      {/* A live region, not a second role="status": the page has one, for the steps (contract §3). */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="presenter-status">
        {message}
      </p>
      {laser && !blank && <LaserPointer />}
      {blank && (
        <div
          className="blank-screen"
          data-testid="blank-screen"
          aria-hidden="true"
          onClick={() => useStore.getState().togglePresenterTool('blank', false)}
        />
      )}
    </>
  );
});
