/**
 * The page's side of the worker. One request runs at a time; a newer request replaces any waiting
 * one, and a result that is no longer the newest is dropped, so typing a weight never queues work.
 * Where a worker cannot start (a page opened from disk), the same handler runs on the page.
 */
import type { ImageRequest, ImageResponse } from './protocol';
import { workOf, MAX_WORK } from './protocol';

type Job = Omit<ImageRequest, 'id'>;
/** null: a newer request superseded this one. */
type Settle = (response: ImageResponse | null) => void;

export class ImageWorkerClient {
  private worker: Worker | null = null;
  private failed = false;
  private nextId = 1;
  private running: { request: ImageRequest; settle: Settle } | null = null;
  private waiting: { request: ImageRequest; settle: Settle } | null = null;

  /** Resolves with the response, or null when a newer request took its place. */
  run(job: Job): Promise<ImageResponse | null> {
    const request: ImageRequest = { ...job, id: this.nextId++ };
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
    this.waiting?.settle(null);
    this.running?.settle(null);
    this.waiting = this.running = null;
  }

  private startNext(): void {
    const next = this.waiting;
    if (!next) return;
    this.waiting = null;
    this.running = next;
    const worker = this.ensureWorker();
    // The pixels are copied once and the copy moved: the caller keeps its own for drawing and retries.
    const rgba = next.request.rgba.slice();
    if (worker) worker.postMessage({ ...next.request, rgba }, [rgba.buffer]);
    else void this.runHere(next.request);
  }

  private finish(response: ImageResponse): void {
    const running = this.running;
    if (!running || running.request.id !== response.id) return;
    this.running = null;
    // A request already waiting is newer: this result is out of date, and the next one is on its way.
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
        // The request it held is lost with it: run it again, on the page this time.
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
