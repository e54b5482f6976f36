/**
 * Holds the parent window's messages from the first script run until the embed protocol (loaded
 * after the first render) takes them, so commands sent before `ready` are not lost (contract §4).
 * It is part of the first download, so it stays tiny: everything else lives in embedBridge.ts.
 */
type Listener = (data: unknown) => void;

const early: unknown[] = [];
let listener: Listener | undefined;
/** The query string the page opened with (the URL writer may rewrite it later). */
export let openedWith = '';

/** Starts listening, in a frame only: the protocol accepts messages from window.parent alone. */
export function openInbox(): void {
  if (window.parent === window) return;
  openedWith = location.search;
  addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if (listener) listener(event.data);
    else early.push(event.data);
  });
}

/** Hands over the held messages, in order, then each new one; returns a function that stops. */
export function readInbox(next: Listener): () => void {
  listener = next;
  early.splice(0).forEach(next);
  return () => {
    if (listener === next) listener = undefined;
  };
}
