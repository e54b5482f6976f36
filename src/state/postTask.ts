/**
 * Runs `task` in a task of its own, after the current one (and any frame due before it) is done.
 * A MessageChannel rather than a timer: nested timers are clamped to 4 ms or more. One channel for
 * the page's lifetime, not one a call: a channel is a pair of IPC pipes to open and close, and two a
 * step of playback showed in its profile. Returns a function that cancels the task if it has not run.
 */
const waiting = new Map<number, () => void>();
let lastId = 0;
let channel: MessageChannel | null = null;

function sender(): MessagePort {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<number>) => {
      const task = waiting.get(event.data);
      if (!task) return;
      waiting.delete(event.data);
      task();
    };
  }
  return channel.port2;
}

export function postTask(task: () => void): () => void {
  const id = ++lastId;
  waiting.set(id, task);
  sender().postMessage(id);
  return () => waiting.delete(id);
}
