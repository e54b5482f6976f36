import { describe, expect, it } from 'vitest';
import { postTask } from './postTask';

/** Resolves after a timer, which runs after every message already posted has been delivered. */
const afterPosted = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('postTask', () => {
  it('runs each task later, in a task of its own, in the order posted', async () => {
    const ran: string[] = [];
    postTask(() => ran.push('a'));
    postTask(() => {
      ran.push('b');
      // Posted from inside a task: runs after it, not within it.
      postTask(() => ran.push('d'));
      ran.push('b done');
    });
    postTask(() => ran.push('c'));
    ran.push('now');
    await afterPosted();
    expect(ran).toEqual(['now', 'a', 'b', 'b done', 'c', 'd']);
  });

  it('does not run a cancelled task, and cancelling twice or after it ran is harmless', async () => {
    const ran: string[] = [];
    const cancelA = postTask(() => ran.push('a'));
    const cancelB = postTask(() => ran.push('b'));
    cancelA();
    cancelA();
    await afterPosted();
    cancelB();
    expect(ran).toEqual(['b']);
  });
});
