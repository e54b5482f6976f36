/** A test harness for the embed protocol: the real bridge and store, a fake parent window. */
import { startEmbedBridge } from '../embedBridge';

export type Message = Record<string, unknown>;

/**
 * A bridge with a fake parent window that records what it is sent. `early` messages were sent before
 * the bridge started; `exchange` posts messages, runs the scheduled batch and returns the events.
 */
export function openBridge({ search = '', early = [] as unknown[], height = 0 } = {}) {
  const sent: { message: Message; target: string }[] = [];
  let listener: ((data: unknown) => void) | undefined;
  let scheduled: (() => void) | undefined;
  const stop = startEmbedBridge({
    post: (message, target) => sent.push({ message: message as Message, target }),
    search,
    receive: (next) => {
      listener = next;
      early.forEach(next);
      return () => (listener = undefined);
    },
    measureHeight: () => height,
    observeResize: () => () => {},
    schedule: (flush) => (scheduled = flush),
  });
  const flush = () => {
    const run = scheduled;
    scheduled = undefined;
    run?.();
  };
  const exchange = (...messages: unknown[]): Message[] => {
    const mark = sent.length;
    messages.forEach((m) => listener?.(m));
    flush();
    return sent.slice(mark).map((s) => s.message);
  };
  return { sent, exchange, flush, stop };
}

/** A host command, as a host page writes it. */
export const cmd = (command: string, fields: Message = {}): Message => ({
  kernelwise: 1,
  command,
  ...fields,
});
