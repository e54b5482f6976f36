/// <reference lib="webworker" />
/** The image view's worker: one request at a time, results moved back without copying. */
import { handleRequest } from './handler';
import type { ImageRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ImageRequest>) => {
  const { response, transfer } = handleRequest(event.data);
  scope.postMessage(response, transfer);
};
