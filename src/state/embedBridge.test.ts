/**
 * The embed bridge (contract §4) against the real store, with a fake parent window: where events go,
 * commands held from before `ready`, `get`, and bursts of step commands coalesced into one update
 * that ends exactly where the store's own next/previous/first/last/seek would.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { cmd, openBridge, type Message } from './testing/embedHarness';
import { initialState, stepCountOf, useStore } from './store';

const S = () => useStore.getState();
const stepEvent = (step: number, steps: number) => ({ kernelwise: 1, event: 'step', step, steps });

beforeEach(() => {
  useStore.setState(initialState());
});

describe('where events go', () => {
  test('without an origin parameter, to the parent whatever its origin', () => {
    const bridge = openBridge({ height: 300 });
    bridge.exchange(cmd('next'));
    expect(bridge.sent.map((s) => s.target)).toEqual(['*', '*', '*']);
    expect(bridge.sent.map((s) => s.message.event)).toEqual(['ready', 'resize', 'step']);
  });

  test('with a valid origin, to that origin only', () => {
    const bridge = openBridge({ search: '?embed=1&origin=https://course.example.org', height: 300 });
    bridge.exchange(cmd('next'), cmd('explode'));
    expect(new Set(bridge.sent.map((s) => s.target))).toEqual(new Set(['https://course.example.org']));
    expect(bridge.sent).toHaveLength(4);
  });

  const INVALID = [
    'javascript:alert(1)',
    '*',
    'https://course.example.org/lesson',
    'data:text/html,hi',
    'https://user:secret@course.example.org',
    'ftp://course.example.org',
    '',
    'null',
    '//course.example.org',
  ];
  test.each(INVALID)('with origin=%j, nothing at all, while commands still work', (origin) => {
    const bridge = openBridge({ search: `?embed=1&origin=${encodeURIComponent(origin)}`, height: 300 });
    bridge.exchange(cmd('next'), cmd('get'), cmd('explode'), cmd('set', { state: { mode: 'bogus' } }));
    expect(S().step, 'next was applied').toBe(1);
    expect(bridge.sent).toEqual([]);
  });
});

describe('commands before ready', () => {
  test('are applied after ready, in the order they were sent', () => {
    const bridge = openBridge({
      early: [
        cmd('set', { state: { mode: 'dilated' } }),
        cmd('next'),
        cmd('next'),
        cmd('seek', { step: 5 }),
        cmd('previous'),
        cmd('get'),
      ],
    });
    expect(
      bridge.sent.map((s) => s.message.event),
      'nothing applied before ready',
    ).toEqual(['ready']);
    bridge.flush();
    // Dilated defaults: 7×7 input, 3×3 kernel, dilation 2: a 3×3 output, 9 steps.
    expect(bridge.sent.map((s) => s.message)).toEqual([
      { kernelwise: 1, event: 'ready', state: { mode: 'standard' }, step: 0, steps: 25 },
      { kernelwise: 1, event: 'state', state: { mode: 'dilated' } },
      stepEvent(0, 9),
      stepEvent(4, 9),
      { kernelwise: 1, event: 'state', state: { mode: 'dilated' }, step: 4, steps: 9 },
    ]);
  });
});

describe('get', () => {
  test('answers one state event with the state, the step and the step count, and changes nothing', () => {
    const bridge = openBridge();
    bridge.exchange(cmd('set', { state: { mode: 'maxpool' } }), cmd('next'), cmd('next'));
    const before = S().config;
    const events = bridge.exchange(cmd('get'));
    expect(S().config).toBe(before);
    // Max pooling defaults: a 6×6 input, a 2×2 window with stride 2: 3×3 = 9 steps.
    expect(events).toEqual([
      { kernelwise: 1, event: 'state', state: { mode: 'maxpool' }, step: 2, steps: 9 },
    ]);
  });
});

describe('bursts', () => {
  const STEP_COMMANDS = fc.oneof(
    fc.constantFrom(cmd('next'), cmd('previous'), cmd('first'), cmd('last')),
    fc.nat(40).map((step) => cmd('seek', { step })),
  );
  const SIZES = fc.integer({ min: 1, max: 7 });

  test('a run of step commands ends where one-by-one store actions end, with one step event', () => {
    fc.assert(
      fc.property(
        SIZES,
        fc.boolean(),
        fc.nat(60),
        fc.array(STEP_COMMANDS, { maxLength: 60 }),
        (size, loop, start, commands) => {
          useStore.setState(initialState());
          S().change({ size: [size, size] });
          S().setLoop(loop);
          S().seek(start);
          // The reference: the store's own actions, one at a time.
          const from = S().step;
          for (const c of commands) {
            if (c.command === 'seek') S().seek(c.step as number);
            else S()[c.command as 'next' | 'previous' | 'first' | 'last']();
          }
          const expected = S().step;
          S().seek(from);

          const bridge = openBridge();
          const events = bridge.exchange(...commands);
          bridge.stop();
          expect(S().step).toBe(expected);
          const steps = stepCountOf(S().config);
          expect(events).toEqual(expected === from ? [] : [stepEvent(expected, steps)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('10,000 next commands: one step event, on the step counting says', () => {
    S().change({ size: [7, 7] }); // 49 steps: 10,000 of them do not come back to the start
    const bridge = openBridge();
    const steps = stepCountOf(S().config);
    expect(bridge.exchange(...Array.from({ length: 10_000 }, () => cmd('next')))).toEqual([
      stepEvent(10_000 % steps, steps),
    ]);
    S().setLoop(false);
    expect(bridge.exchange(...Array.from({ length: 10_000 }, () => cmd('next')))).toEqual([
      stepEvent(steps - 1, steps),
    ]);
  });

  test('other commands keep their place: events come in the order of the commands', () => {
    const bridge = openBridge();
    const events: Message[] = bridge.exchange(
      cmd('next'),
      cmd('next'),
      cmd('explode'),
      cmd('next'),
      cmd('get'),
    );
    expect(events.map((e) => e.event)).toEqual(['step', 'error', 'step', 'state']);
    expect(events[0]).toEqual(stepEvent(2, 25));
    expect(events[2]).toEqual(stepEvent(3, 25));
  });
});
