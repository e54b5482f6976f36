/**
 * The one playback clock: a requestAnimationFrame loop that runs only while playing. It reads and
 * writes the store with getState(), so no component re-renders per frame — only when the step changes.
 */
import { useEffect } from 'react';
import { useStore } from '../state/store';
import { operationFor } from '../state/derived';

export function usePlaybackClock(): void {
  const playing = useStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last: number | null = null;
    let owed = 0;
    const tick = (now: number) => {
      const state = useStore.getState();
      if (last !== null) owed += ((now - last) / 1000) * state.speed;
      last = now;
      // A background tab delivers one late frame: advance by at most one step per frame so the
      // animation never jumps ahead in a burst.
      if (owed >= 1) {
        owed = Math.min(owed - 1, 1);
        const count = operationFor(state.config).stepCount;
        if (state.step + 1 < count) state.seek(state.step + 1);
        else if (state.loop) state.seek(0);
        else {
          state.pause();
          return;
        }
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
