/** One frame interval at 60 Hz, in trace microseconds. */
export declare const FRAME_US: number;
export interface Held {
  at: number;
  held: { who: string; ms: number }[];
  totalMs: number;
}
/** For each frame start (trace µs): CPU milliseconds by who over that frame, largest first. */
export declare function whoHeldTheCores(events: object[], frameStarts: number[], pagePid: number): Held[];
/** One line per dropped frame: when, Chromium's CPU in it, and the three largest holders. */
export declare function formatHolders(explained: Held[], traceStart: number): string[];
/** The outermost events on each thread: a task nested inside another is part of it. */
export declare function outermostPerThread<T extends { pid: number; tid: number; ts: number; dur: number }>(
  events: T[],
): T[];
