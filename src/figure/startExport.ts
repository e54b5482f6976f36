/**
 * Starts an export in the worker and hands back its progress and result; a job can be cancelled
 * (the worker is ended). Where no worker can start (the offline file opened from disk, whose origin
 * may not start one) the same job runs on the page, yielding between frames so it stays responsive.
 */
import type { ExportMessage, ExportRequest } from './exportJob';

export interface ExportHandle {
  result: Promise<{ bytes: ArrayBuffer; mime: string }>;
  cancel: () => void;
}

function onPage(request: ExportRequest, progress: (done: number, total: number) => void): ExportHandle {
  let cancelled = false;
  const pause = () =>
    new Promise<void>((resolve, reject) =>
      setTimeout(() => (cancelled ? reject(new Error('Cancelled')) : resolve()), 0),
    );
  const result = import('./exportJob').then((job) => job.runExport(request, progress, pause));
  return { result, cancel: () => (cancelled = true) };
}

export function startExport(
  request: ExportRequest,
  progress: (done: number, total: number) => void,
): ExportHandle {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onPage(request, progress);
  }
  let fallback: ExportHandle | null = null;
  const result = new Promise<{ bytes: ArrayBuffer; mime: string }>((resolve, reject) => {
    let heard = false;
    worker.onmessage = (event: MessageEvent<ExportMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === 'progress') progress(message.done, message.total);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message);
        else reject(new Error(message.message));
      }
    };
    // A worker script that cannot load fails before it says anything: do the work here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (heard) return reject(new Error('The export stopped unexpectedly.'));
      fallback = onPage(request, progress);
      fallback.result.then(resolve, reject);
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      worker.terminate();
      fallback?.cancel();
    },
  };
}

/** Saves bytes as a file through a temporary link (no request leaves the page). */
export function download(bytes: ArrayBuffer | string, mime: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
