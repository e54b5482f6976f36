/**
 * Reading one host message (contract §4) into a command, without applying it. Anything that is not a
 * plain object carrying `kernelwise: 1` is not for us (null: ignored without a word); a message for
 * us that cannot be obeyed is refused with a reason the host can act on.
 */
export const PROTOCOL_VERSION = 1;

const MOVES = ['next', 'previous', 'first', 'last'] as const;
export type Move = (typeof MOVES)[number];

export type Command =
  | { kind: 'move'; move: Move }
  | { kind: 'seek'; step: number }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'get' }
  | { kind: 'set'; state: Record<string, unknown> }
  | { kind: 'refused'; reason: string };

const COMMAND_NAMES = 'play, pause, next, previous, first, last, seek, set or get';

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A host's text in an error message: short, so a huge value is never echoed back whole. */
export const quote = (text: string): string =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function readCommand(data: unknown): Command | null {
  if (!isPlainObject(data) || data.kernelwise !== PROTOCOL_VERSION) return null;
  const command = data.command;
  if (typeof command !== 'string') return { kind: 'refused', reason: 'A command needs a "command" string.' };
  if ((MOVES as readonly string[]).includes(command)) return { kind: 'move', move: command as Move };
  switch (command) {
    case 'play':
    case 'pause':
    case 'get':
      return { kind: command };
    case 'seek': {
      const step = data.step;
      if (typeof step !== 'number' || !Number.isInteger(step) || step < 0)
        return { kind: 'refused', reason: 'seek needs "step": a whole number from 0.' };
      return { kind: 'seek', step };
    }
    case 'set':
      if (!isPlainObject(data.state))
        return { kind: 'refused', reason: 'set needs "state": an object of URL parameters.' };
      return { kind: 'set', state: data.state };
    default:
      return { kind: 'refused', reason: `Unknown command ${quote(command)}. Use ${COMMAND_NAMES}.` };
  }
}

/**
 * Where a run of step commands ends, worked out on the step number alone so a burst costs one
 * store update (embedBridge coalesces). The rules are the store's next/previous/first/last/seek;
 * a property test holds the two to the same results.
 */
export function stepAfter(
  command: { kind: 'move'; move: Move } | { kind: 'seek'; step: number },
  step: number,
  count: number,
  loop: boolean,
): number {
  if (command.kind === 'seek') return Math.min(command.step, count - 1);
  switch (command.move) {
    case 'next':
      return step + 1 < count ? step + 1 : loop ? 0 : step;
    case 'previous':
      return step > 0 ? step - 1 : loop ? count - 1 : 0;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
