/**
 * Which configuration changes deserve a history entry. Back/forward should walk the changes a user
 * made on purpose (a tab, a preset, new random values over edits), not every slider tick, so those
 * actions mark the next URL write. A mark never outlives the action that set it: a change that was
 * refused, or that left the URL as it was, must not turn some later slider tick into an entry.
 */
let deliberate = false;

/** Marks the URL write of the change that follows, in this same task; the mark then lapses. */
export function markDeliberate(): void {
  deliberate = true;
  // The change follows synchronously (store updates and the URL write are synchronous).
  queueMicrotask(() => {
    deliberate = false;
  });
}

/** Runs `change` with its URL write marked, and clears the mark whatever the outcome. */
export function deliberately<T>(change: () => T): T {
  deliberate = true;
  try {
    return change();
  } finally {
    deliberate = false;
  }
}

/** True once after a mark; the URL writer then pushes instead of replacing. */
export function takeDeliberate(): boolean {
  const was = deliberate;
  deliberate = false;
  return was;
}
