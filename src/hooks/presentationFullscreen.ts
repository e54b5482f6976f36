/**
 * Presentation mode's fullscreen, kept in step with the store however fast F is pressed. The
 * browser enters and leaves fullscreen a little after it is asked to: an exit the page asked for
 * that finishes after F was pressed again is not the user leaving by Esc, and fullscreen asked for
 * meanwhile is requested once that exit is over.
 */

/** The Fullscreen API as presentation mode uses it (the document's, or a test's). */
export interface FullscreenPort {
  /** The browser allows fullscreen here (not, say, in an iframe without allowfullscreen). */
  enabled(): boolean;
  active(): boolean;
  request(): Promise<void>;
  exit(): Promise<void>;
}

export interface PresentingFlag {
  get(): boolean;
  set(on: boolean): void;
}

export interface PresentationFullscreen {
  /** The Present button or the F key. */
  toggle(): void;
  /** The document's fullscreenchange. */
  changed(): void;
}

export function presentationFullscreen(
  fullscreen: FullscreenPort,
  presenting: PresentingFlag,
): PresentationFullscreen {
  // Exits the page asked for whose fullscreenchange has not come yet.
  let ownExits = 0;

  const enter = () => {
    if (fullscreen.enabled() && !fullscreen.active()) void fullscreen.request().catch(() => undefined);
  };
  const leave = () => {
    if (!fullscreen.active()) return;
    ownExits++;
    void fullscreen.exit().catch(() => {
      ownExits = Math.max(0, ownExits - 1);
    });
  };

  return {
    toggle() {
      if (presenting.get()) {
        presenting.set(false);
        leave();
        return;
      }
      // Where fullscreen is refused, the presentation layout still applies.
      presenting.set(true);
      if (ownExits === 0) enter();
    },
    changed() {
      if (fullscreen.active()) {
        // Fullscreen came after presenting was turned off again.
        if (!presenting.get()) leave();
        return;
      }
      if (ownExits > 0) {
        ownExits--;
        if (ownExits === 0 && presenting.get()) enter();
        return;
      }
      // The user left fullscreen (Esc, the browser's own control): presenting ends with it.
      if (presenting.get()) presenting.set(false);
    },
  };
}
