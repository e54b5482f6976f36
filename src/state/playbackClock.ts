/**
 * The playback clock: a frame loop that runs only while playing. It reads and writes the store
 * with getState(), so no component re-renders per frame — only when the step changes.
 *
 * The frame that finds a step due does not take it itself: it posts a task, which runs as soon as
 * that frame has been handed to the compositor. React's render, the DOM changes, the page's style
 * and layout (worked out in a task of their own) and the cell canvas's drawing then happen in the
 * idle time between frames, and the next frame only has to paint them. Taken inside the frame, the
 * same work pushed step frames past their deadline (bench:ui's dropped frames). Every step shows
 * one frame later than it fell due, evenly.
 */
import { operationFor } from './derived';
import { postTask } from './postTask';
import { useStore } from './store';

export interface ClockScheduler {
  requestFrame(callback: (now: number) => void): number;
  cancelFrame(handle: number): void;
  /** Runs `task` in a task of its own, after the current one (and its frame) is done. */
  postTask(task: () => void): () => void;
  /** Works out the page's style and layout now, so that the next frame finds them done. */
  settleLayout(): void;
}

function advance(): void {
  const state = useStore.getState();
  if (!state.playing) return;
  const count = operationFor(state.config).stepCount;
  if (state.step + 1 < count) state.seek(state.step + 1);
  else if (state.loop) state.seek(0);
  else state.pause();
}

/** Starts the loop; the returned function stops it, and a step already posted is then not taken. */
export function startPlaybackClock(scheduler: ClockScheduler): () => void {
  let frame = 0;
  let last: number | null = null;
  let owed = 0;
  const cancels = new Set<() => void>();
  const tick = (now: number) => {
    const { speed } = useStore.getState();
    if (last !== null) owed += ((now - last) / 1000) * speed;
    last = now;
    // A background tab delivers one late frame: advance by at most one step per frame so the
    // animation never jumps ahead in a burst.
    if (owed >= 1) {
      owed = Math.min(owed - 1, 1);
      const cancel = scheduler.postTask(() => {
        cancels.delete(cancel);
        advance();
        // React commits the step in a microtask of this task: its layout is settled in the next.
        // A grid the page paints reads none, and the step's frame would otherwise lay it out too.
        const settle = scheduler.postTask(() => {
          cancels.delete(settle);
          scheduler.settleLayout();
        });
        cancels.add(settle);
      });
      cancels.add(cancel);
    }
    frame = scheduler.requestFrame(tick);
  };
  frame = scheduler.requestFrame(tick);
  return () => {
    scheduler.cancelFrame(frame);
    for (const cancel of cancels) cancel();
  };
}

/** The browser's frames and tasks. */
export function browserScheduler(): ClockScheduler {
  return {
    requestFrame: (callback) => requestAnimationFrame(callback),
    cancelFrame: (handle) => cancelAnimationFrame(handle),
    postTask,
    // Reading a size lays the page out (an element's box needs the whole document's layout).
    settleLayout: () => void document.documentElement.getBoundingClientRect(),
  };
}
