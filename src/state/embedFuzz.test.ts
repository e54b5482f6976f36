/**
 * Fuzzing the embed protocol as the URL is fuzzed: whatever a host page (or anything else that can
 * post to the frame) sends — wrong types, huge and deeply nested objects, prototype-pollution keys,
 * valid commands with bad fields, bursts — the bridge never throws, the view stays valid (a
 * configuration with an output, the step within it), and only contract §4's events come back.
 */
import fc from 'fast-check';
import { beforeEach, expect, test, vi } from 'vitest';
import { configProblem } from './derived';
import { cmd, openBridge, type Message } from './testing/embedHarness';
import { initialState, stepCountOf, useStore } from './store';

// Property runs are CPU-bound: give them room when the machine is busy.
vi.setConfig({ testTimeout: 120_000 });

const COMMANDS = ['play', 'pause', 'next', 'previous', 'first', 'last', 'seek', 'set', 'get'];
const KEYS = ['mode', 'size', 'k', 'stride', 'pad', 'dilation', 'cin', 'cout', 'seed', 'step', 'speed'];
const MORE_KEYS = ['loop', 'autoplay', 'controls', 'origin', 'embed', 'pool', 'relu', 'pipeline', 'input'];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'kernel'];
const VALUES = ['standard', 'dilated', 'pointwise', 'maxpool', 'bogus', '1', '2', '3', '5', '7x9', '32', '0'];
const MORE_VALUES = ['-1', '9', '1e3', 'same', 'valid', 'max', 'avg', '1,2_3,4', ' 3', '3.5', '', 'x'];

/** Values of every type, from harmless to hostile. */
const anyValue = fc.oneof(
  fc.constantFrom(...VALUES, ...MORE_VALUES),
  fc.anything({ maxDepth: 3 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, NaN, Infinity, -0, 2 ** 53, true, false),
);
const anyKey = fc.oneof(
  fc.constantFrom(...KEYS, ...MORE_KEYS, ...HOSTILE_KEYS),
  fc.string({ maxLength: 12 }),
);

/** Objects parsed from JSON keep `__proto__` as an own key, as structured clones do. */
const polluting = fc
  .record({ key: fc.constantFrom(...HOSTILE_KEYS), command: fc.constantFrom(...COMMANDS) })
  .map(({ key, command }) =>
    JSON.parse(`{"kernelwise":1,"command":"${command}","${key}":{"polluted":1},
      "state":{"${key}":{"polluted":1},"mode":"maxpool"}}`),
  );

function nested(depth: number): Message {
  let value: Message = { mode: 'dilated' };
  for (let i = 0; i < depth; i++) value = { state: value, kernelwise: 1, command: 'set' };
  return value;
}

const huge = fc.constantFrom(
  cmd('set', { state: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, String(i)])) }),
  cmd('set', { state: { input: '1,'.repeat(200_000) } }),
  cmd('set', { state: { size: '7'.repeat(100_000) } }),
  cmd('x'.repeat(100_000)),
  cmd('seek', { step: Array.from({ length: 10_000 }, () => 1) }),
  nested(2_000),
);

const message = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COMMANDS).map((c) => cmd(c)) },
  {
    weight: 3,
    arbitrary: fc.record({
      kernelwise: fc.constant(1),
      command: fc.constantFrom(...COMMANDS),
      step: anyValue,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.dictionary(anyKey, anyValue, { maxKeys: 4 }).map((state) => cmd('set', { state })),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kernelwise: anyValue, command: anyValue, state: anyValue, step: anyValue }),
  },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 4 }) },
  { weight: 1, arbitrary: polluting },
  { weight: 1, arbitrary: huge },
);

const EVENT_FIELDS: Record<string, string[][]> = {
  ready: [['state', 'step', 'steps']],
  step: [['step', 'steps']],
  state: [['state'], ['state', 'step', 'steps']],
  resize: [['height']],
  error: [['message']],
};

function expectContractEvent(m: Message): void {
  expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  expect(m.kernelwise).toBe(1);
  const { event, ...fields } = m;
  delete fields.kernelwise;
  expect(Object.keys(EVENT_FIELDS)).toContain(event);
  expect(EVENT_FIELDS[event as string]).toContainEqual(Object.keys(fields).sort());
  if ('state' in fields) {
    for (const value of Object.values(fields.state as Message)) expect(typeof value).toBe('string');
  }
  if ('step' in fields) {
    expect(Number.isInteger(fields.step)).toBe(true);
    expect(Number.isInteger(fields.steps)).toBe(true);
    expect(fields.steps).toBeGreaterThan(fields.step as number);
  }
  if ('message' in fields) {
    expect(typeof fields.message).toBe('string');
    expect((fields.message as string).length, 'a refusal never echoes a huge value').toBeLessThan(4_000);
  }
}

beforeEach(() => {
  useStore.setState(initialState());
});

test('10,000 random messages a run: no throw, a valid view, only contract events', () => {
  const bridge = openBridge({ search: '?embed=1', height: 400 });
  let total = 0;
  fc.assert(
    fc.property(fc.array(message, { minLength: 100, maxLength: 100 }), (burst) => {
      const mark = bridge.sent.length;
      expect(() => bridge.exchange(...burst)).not.toThrow();
      total += burst.length;
      const { config, step } = useStore.getState();
      expect(configProblem(config), 'the configuration has an output').toBeNull();
      expect(Number.isInteger(step) && step >= 0 && step < stepCountOf(config), `step ${step}`).toBe(true);
      for (const { message: m, target } of bridge.sent.slice(mark)) {
        expect(target).toBe('*');
        expectContractEvent(m);
      }
      expect(({} as Message).polluted, 'Object.prototype untouched').toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    }),
    { numRuns: 100 },
  );
  expect(total).toBeGreaterThanOrEqual(10_000);
});
