/**
 * Runs `task` in a task of its own, after the current one (and any frame due before it) is done.
 * A MessageChannel rather than a timer: nested timers are clamped to 4 ms or more. Returns a
 * function that cancels the task if it has not run yet.
 */
export function postTask(task: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}
