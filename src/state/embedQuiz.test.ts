/**
 * The quiz through the embed protocol: `set` turns it on (all or nothing, like any parameter), a
 * `set` that changes the output size asks the size first, forward commands wait for an answer, and
 * each answer goes to the host as an `answer` event — to the `origin` target only, nowhere when it
 * is invalid.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { cmd, openBridge } from './testing/embedHarness';
import { initialState, useStore } from './store';
import { questionOpen } from './quizGate';

const S = () => useStore.getState();
const answer = (correct: boolean) =>
  useStore.setState({ revealed: S().step, answer: { kind: 'value', correct, step: S().step } });

beforeEach(() => useStore.setState(initialState()));

describe('the quiz in an embed', () => {
  test('set quiz=1 turns it on; a bad value refuses the whole set', () => {
    const bridge = openBridge({ search: '?embed=1' });
    const refused = bridge.exchange(cmd('set', { state: { quiz: '2', size: '7' } }));
    expect(refused.map((m) => m.event)).toEqual(['error']);
    expect(String(refused[0]!.message)).toMatch(/quiz/);
    expect(S().quiz).toBe(false);
    expect(S().config.size).toEqual([5, 5]);
    bridge.exchange(cmd('set', { state: { quiz: true } }));
    expect(S().quiz).toBe(true);
    expect(questionOpen(S())).toBe(true);
  });

  test('next waits for the answer; a set that changes the output size asks the size', () => {
    const bridge = openBridge({ search: '?embed=1' });
    bridge.exchange(cmd('set', { state: { quiz: '1' } }));
    expect(bridge.exchange(cmd('next'))).toEqual([]);
    expect(S().step).toBe(0);
    bridge.exchange(cmd('set', { state: { size: '7' } }));
    expect(S().sizeAsked).toBe(true);
  });

  test('each answer is an answer event, sent to the origin target', () => {
    const bridge = openBridge({ search: '?embed=1&origin=https://course.example.org' });
    bridge.exchange(cmd('set', { state: { quiz: '1' } }));
    const mark = bridge.sent.length;
    answer(false);
    S().next();
    answer(true);
    const answers = bridge.sent.slice(mark).filter((s) => s.message.event === 'answer');
    expect(answers.map((s) => s.message)).toEqual([
      { kernelwise: 1, event: 'answer', kind: 'value', correct: false, step: 0 },
      { kernelwise: 1, event: 'answer', kind: 'value', correct: true, step: 1 },
    ]);
    expect(new Set(answers.map((s) => s.target))).toEqual(new Set(['https://course.example.org']));
  });

  test('an invalid origin: no answer event at all', () => {
    const bridge = openBridge({ search: '?embed=1&origin=javascript:alert(1)' });
    bridge.exchange(cmd('set', { state: { quiz: '1' } }));
    answer(true);
    expect(bridge.sent).toEqual([]);
  });
});
