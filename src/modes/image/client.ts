/**
 * The page's side of the worker. One request runs at a time; a newer request replaces any waiting
 * one, and a result that is no longer the newest is dropped, so typing a weight never queues work.
 * A picture's pixels go to the worker once: later requests on the same picture send only settings.
 * Where a worker cannot start (a page opened from disk), the same handler runs on the page.
 * Results the page has finished with come back through recycle(), and their memory goes to the worker
 * with the next request to be filled again (spareBuffers.ts says why).
 */
import type { ImageRequest, ImageResponse } from './protocol';
import { workOf, MAX_WORK } from './protocol';

/** What the caller asks for: always with its picture's pixels (the client decides whether to send them). */
export type Job = Omit<ImageRequest, 'id' | 'pictureId' | 'rgba'> & { rgba: Uint8ClampedArray };
/** null: a newer request superseded this one. */
type Settle = (response: ImageResponse | null) => void;
interface Pending {
  request: ImageRequest & { rgba: Uint8ClampedArray };
  settle: Settle;
}

export class ImageWorkerClient {
  private worker: Worker | null = null;
  private failed = false;
  private nextId = 1;
  private running: Pending | null = null;
  private waiting: Pending | null = null;
  /** Pictures are numbered by their pixel arrays, which the page never changes in place. */
  private pictureIds = new WeakMap<Uint8ClampedArray, number>();
  private nextPictureId = 1;
  /** The picture the worker holds: its pixels reached it and it answered a request on them; null: unsure. */
  private workerHolds: number | null = null;
  /** Buffers of results no longer shown, for the next request to take to the worker. */
  private spare: ArrayBuffer[] = [];

  /** Gives back a result the page no longer shows or reads: its buffers will be overwritten. */
  recycle(response: ImageResponse): void {
    if (!response.ok) return;
    for (const view of [...response.planes, ...response.colours])
      if (view.byteLength > 0 && !this.spare.includes(view.buffer as ArrayBuffer))
        this.spare.push(view.buffer as ArrayBuffer);
  }

  /** The spare buffers, handed over once: each may be moved to the worker only one time. */
  private takeSpare(): ArrayBuffer[] {
    const spare = this.spare.filter((b) => b.byteLength > 0);
    this.spare = [];
    return spare;
  }

  /** Resolves with the response, or null when a newer request took its place. */
  run(job: Job): Promise<ImageResponse | null> {
    const request = { ...job, id: this.nextId++, pictureId: this.pictureIdOf(job.rgba) };
    if (workOf(request) > MAX_WORK)
      return Promise.resolve({ id: request.id, ok: false, message: 'This image is too large to compute.' });
    return new Promise((settle) => {
      this.waiting?.settle(null);
      this.waiting = { request, settle };
      if (!this.running) this.startNext();
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.workerHolds = null;
    this.waiting?.settle(null);
    this.running?.settle(null);
    this.waiting = this.running = null;
  }

  private pictureIdOf(rgba: Uint8ClampedArray): number {
    let id = this.pictureIds.get(rgba);
    if (id === undefined) this.pictureIds.set(rgba, (id = this.nextPictureId++));
    return id;
  }

  private startNext(): void {
    const next = this.waiting;
    if (!next) return;
    this.waiting = null;
    this.running = next;
    const worker = this.ensureWorker();
    const spare = this.takeSpare();
    if (!worker) {
      void this.runHere({ ...next.request, spare });
      return;
    }
    if (this.workerHolds === next.request.pictureId) {
      worker.postMessage({ ...next.request, rgba: null, spare }, spare);
      return;
    }
    // The pixels are copied once a picture and the copy moved: the caller keeps its own for drawing.
    // Until the worker answers, what it holds is not known for sure (a refused request keeps nothing).
    this.workerHolds = null;
    const rgba = next.request.rgba.slice();
    worker.postMessage({ ...next.request, rgba, spare }, [rgba.buffer, ...spare]);
  }

  private finish(response: ImageResponse): void {
    const running = this.running;
    if (!running || running.request.id !== response.id) return;
    this.running = null;
    if (response.ok) this.workerHolds = running.request.pictureId;
    // A request already waiting is newer: this result is out of date, and the next one is on its way.
    if (this.waiting) this.recycle(response);
    running.settle(this.waiting ? null : response);
    this.startNext();
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      this.worker = new Worker(new URL('./image.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (event: MessageEvent<ImageResponse>) => this.finish(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.failed = true;
        this.worker?.terminate();
        this.worker = null;
        this.workerHolds = null;
        // The request it held is lost with it: run it again, on the page this time, with its pixels.
        if (this.running) void this.runHere(this.running.request);
      };
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private async runHere(request: ImageRequest): Promise<void> {
    const { handleRequest } = await import('./handler');
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.finish(handleRequest(request).response);
  }
}
