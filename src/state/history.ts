/**
 * Which configuration changes deserve a history entry. Back/forward should walk the changes a user
 * made on purpose (a tab, a preset), not every slider tick, so those actions mark the next URL write.
 */
let deliberate = false;

export function markDeliberate(): void {
  deliberate = true;
}

/** True once after markDeliberate(); the URL writer then pushes instead of replacing. */
export function takeDeliberate(): boolean {
  const was = deliberate;
  deliberate = false;
  return was;
}
