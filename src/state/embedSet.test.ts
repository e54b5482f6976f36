/**
 * The embed `set` command (contract §4) against the real store, with a fake parent window: validated
 * as the URL is, and all or nothing — a refused `set` changes nothing and answers one `error`.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { cmd, openBridge } from './testing/embedHarness';
import { initialState, useStore } from './store';

const S = () => useStore.getState();

beforeEach(() => {
  useStore.setState(initialState());
});

describe('set: all or nothing', () => {
  // Entries that must each be refused, and the parameter the error must name.
  const REFUSED: [string, unknown][] = [
    ['mode', 'bogus'],
    ['dilation', '9'],
    ['seed', '-1'],
    ['size', '999'],
    ['k', '0'],
    ['stride', 'x'],
    ['dilaton', '2'], // a typo: not a parameter at all
    ['colour', 'red'],
    ['origin', 'https://elsewhere.example'], // only the iframe's URL may name it
    ['embed', '0'],
    ['size', { h: 3 }],
    ['seed', null],
  ];
  const ACCEPTED: [string, string][] = [
    ['size', '6'],
    ['seed', '7'],
    ['step', '2'],
    ['k', '2'],
  ];

  test('any refused entry refuses the whole set: nothing changes, one error names each refused key', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...REFUSED), { minLength: 1, maxLength: 4, selector: ([k]) => k }),
        fc.uniqueArray(fc.constantFrom(...ACCEPTED), { maxLength: 3, selector: ([k]) => k }),
        fc.nat(20),
        (refused, accepted, step) => {
          useStore.setState(initialState());
          const bridge = openBridge();
          S().change({ size: [7, 7] });
          S().seek(step);
          const before = { config: S().config, step: S().step };
          const keys = new Set(refused.map(([k]) => k));
          const state = Object.fromEntries([...accepted.filter(([k]) => !keys.has(k)), ...refused]);
          const events = bridge.exchange(cmd('set', { state }));
          bridge.stop();
          expect(S().config, 'configuration unchanged').toBe(before.config);
          expect(S().step, 'step unchanged').toBe(before.step);
          expect(events.map((e) => e.event)).toEqual(['error']);
          const message = String(events[0]!.message);
          for (const key of keys) expect(message, `names ${key}`).toContain(key);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a combination with no output is refused as a whole, saying why', () => {
    const bridge = openBridge();
    const before = S().config;
    // A 7×7 kernel cannot slide over a 3×3 input padded by 1 (5×5).
    const events = bridge.exchange(cmd('set', { state: { size: '3', k: '7' } }));
    expect(S().config).toBe(before);
    expect(events.map((e) => e.event)).toEqual(['error']);
    expect(String(events[0]!.message)).toMatch(/kernel|input/i);
  });

  test('a valid set still applies and reports state then step', () => {
    const bridge = openBridge();
    const events = bridge.exchange(cmd('set', { state: { mode: 'dilated', size: 9 } }));
    expect(S().config).toMatchObject({ mode: 'dilated', size: [9, 9] });
    expect(events.map((e) => e.event)).toEqual(['state', 'step']);
  });
});
