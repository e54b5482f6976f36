/**
 * Buffers of earlier results that the page has finished with, moved back to the worker to be filled
 * again. Filling new memory is what a request cost most in Chromium: every fresh 4 KB page of the
 * ~9 MB a 512×512 RGB result needs faults in zeroed memory on first write (measured: 27 of 55 ms of
 * worker CPU a weight edit on a loaded machine). Whoever takes a buffer overwrites every byte of it.
 */
/** Two results' worth (three planes and three colour maps each): enough to keep a steady stream fed. */
const MAX_KEPT = 12;

export class SpareBuffers {
  private kept: ArrayBuffer[] = [];

  /** Keeps the usable ones (not detached, not kept already), dropping the oldest beyond MAX_KEPT. */
  keep(buffers: readonly ArrayBuffer[] | undefined): void {
    for (const buffer of buffers ?? [])
      if (buffer.byteLength > 0 && !this.kept.includes(buffer)) this.kept.push(buffer);
    if (this.kept.length > MAX_KEPT) this.kept.splice(0, this.kept.length - MAX_KEPT);
  }

  /** A kept buffer of exactly this many bytes, no longer kept (so never handed out twice), or undefined. */
  take(byteLength: number): ArrayBuffer | undefined {
    const i = this.kept.findIndex((b) => b.byteLength === byteLength);
    return i < 0 ? undefined : this.kept.splice(i, 1)[0];
  }

  get size(): number {
    return this.kept.length;
  }
}
