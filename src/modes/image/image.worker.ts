/// <reference lib="webworker" />
/** The image view's worker: one request at a time, results moved back without copying. */
import { handleRequest } from './handler';
import type { ImageRequest } from './protocol';

// The bundler puts modules the page shares with the worker in this chunk, so the page imports it too:
// there `self` is the window, and answering its messages (an embed host's) would throw on each one.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<ImageRequest>) => {
    const { response, transfer } = handleRequest(event.data);
    scope.postMessage(response, transfer);
  };
}
