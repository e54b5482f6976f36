/**
 * The playback clock against elapsed time: steps taken match the time played × the speed, at most
 * one a frame, each taken after its frame (in a task of its own), and none once paused or stopped.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { startPlaybackClock, type ClockScheduler } from './playbackClock';
import { initialState, useStore } from './store';

const S = () => useStore.getState();

/** Frames and tasks run by hand: `frame(now)` runs one frame's callbacks, `tasks()` what it posted. */
function fakeBrowser() {
  let frames = new Map<number, (now: number) => void>();
  let tasks: (() => void)[] = [];
  let nextHandle = 1;
  /** The step shown when each layout was settled. */
  const settledAt: number[] = [];
  const scheduler: ClockScheduler = {
    requestFrame: (callback) => {
      frames.set(nextHandle, callback);
      return nextHandle++;
    },
    cancelFrame: (handle) => frames.delete(handle),
    postTask: (task) => {
      tasks.push(task);
      return () => (tasks = tasks.filter((t) => t !== task));
    },
    settleLayout: () => settledAt.push(S().step),
  };
  return {
    scheduler,
    frame(now: number) {
      const due = frames;
      frames = new Map();
      for (const callback of due.values()) callback(now);
    },
    tasks() {
      const due = tasks;
      tasks = [];
      for (const task of due) task();
    },
    pendingTasks: () => tasks.length,
    settledAt,
  };
}

/** Plays at 20 steps a second and runs two frames 50 ms apart, so that one step falls due. */
function playUntilAStepIsDue() {
  S().setSpeed(20);
  S().play();
  const browser = fakeBrowser();
  const stop = startPlaybackClock(browser.scheduler);
  browser.frame(0);
  browser.frame(50);
  return { browser, stop };
}

beforeEach(() => {
  useStore.setState(initialState());
});

describe('playback clock', () => {
  test('steps taken follow the time played × the speed, never more than one a frame', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 240 }),
        fc.constantFrom(1000 / 60, 1000 / 120, 1000 / 30),
        (speed, frameCount, interval) => {
          useStore.setState(initialState());
          S().change({ size: [32, 32] });
          S().setSpeed(speed);
          S().play();
          const browser = fakeBrowser();
          const stop = startPlaybackClock(browser.scheduler);
          let before = S().step;
          for (let i = 0; i < frameCount; i++) {
            browser.frame(i * interval);
            browser.tasks();
            expect(S().step - before).toBeLessThanOrEqual(1);
            before = S().step;
          }
          stop();
          const played = ((frameCount - 1) * interval) / 1000;
          // The first frame only starts the clock; the owed fraction carries over, capped at one step.
          expect(Math.abs(S().step - Math.floor(played * speed))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a step falls due in a frame and is taken after it, in a task of its own', () => {
    const { browser } = playUntilAStepIsDue();
    expect(S().step).toBe(0);
    expect(browser.pendingTasks()).toBe(1);
    browser.tasks();
    expect(S().step).toBe(1);
  });

  test("the step's layout is settled in the task after the step's, before the next frame", () => {
    const { browser, stop } = playUntilAStepIsDue();
    browser.tasks();
    expect(S().step).toBe(1);
    expect(browser.settledAt).toEqual([]);
    browser.tasks();
    expect(browser.settledAt).toEqual([1]);
    // A clock stopped between the step and its settling leaves the layout to the frame.
    browser.frame(100);
    browser.tasks();
    stop();
    browser.tasks();
    expect(S().step).toBe(2);
    expect(browser.settledAt).toEqual([1]);
  });

  test('Pause between the frame and its task takes no further step; so does stopping the clock', () => {
    const { browser, stop } = playUntilAStepIsDue();
    S().pause();
    browser.tasks();
    expect(S().step).toBe(0);

    S().play();
    browser.frame(100);
    stop();
    browser.tasks();
    expect(S().step).toBe(0);
  });

  test('the last step pauses, or wraps to the first with loop on', () => {
    S().change({ size: [3, 3] });
    const count = 9; // 3×3 input, 3×3 kernel, padding 1: a 3×3 output
    for (const loop of [false, true]) {
      S().setLoop(loop);
      S().seek(count - 2);
      const { browser } = playUntilAStepIsDue();
      browser.tasks();
      expect(S().step).toBe(count - 1);
      browser.frame(100);
      browser.tasks();
      expect(S().step).toBe(loop ? 0 : count - 1);
      expect(S().playing).toBe(loop);
    }
  });
});
