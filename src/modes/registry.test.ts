/**
 * The registry is the only place the app learns about a mode: each entry must be complete and
 * consistent with the parameter table, and its defaults must describe a view with an output.
 */
import { describe, expect, test } from 'vitest';
import { MODE_REGISTRY, MODES } from './registry';
import { PARAM_KEYS, PARAMS } from './params';
import { parseQuery, configToParams, KNOWN_PARAMS } from '../state/urlParams';
import { deriveOperation } from '../state/operation';

describe.each(MODES.map((m) => [m]))('mode %s', (mode) => {
  const definition = MODE_REGISTRY[mode];

  test('its defaults name it and derive an operation with at least one step', () => {
    expect(definition.defaults.mode).toBe(mode);
    const op = deriveOperation(definition.defaults);
    expect(op.stepCount).toBeGreaterThan(0);
    expect(definition.describeStep(op, 0)).toMatch(/\S/);
  });

  test('every parameter it uses is a row of the table, once', () => {
    for (const key of definition.params) expect(PARAM_KEYS).toContain(key);
    expect(new Set(definition.params).size).toBe(definition.params.length);
  });

  test('what its defaults hold for each parameter, the table writes and reads back', () => {
    for (const key of definition.params) {
      const spec = PARAMS[key];
      const value = definition.defaults[key];
      if (value === null) continue;
      const read = spec.read(spec.write(value as never));
      expect(read.ok, `${mode}.${key}`).toBe(true);
      if (read.ok) expect(spec.equal(read.value as never, value as never)).toBe(true);
    }
  });

  test('a link to its defaults carries only the mode, and opens them again', () => {
    expect(configToParams(definition.defaults)).toEqual({ mode });
    expect(parseQuery({ mode }).config).toEqual(definition.defaults);
  });

  test('a parameter it does not use is refused by name', () => {
    const unused = PARAM_KEYS.find((k) => !definition.params.includes(k));
    if (!unused) return;
    const parsed = parseQuery({ mode, [unused]: '1' });
    expect(parsed.notices.map((n) => n.param)).toEqual([unused]);
  });
});

test('every table row is a URL key the app knows', () => {
  for (const key of PARAM_KEYS) expect(KNOWN_PARAMS).toContain(key);
});

test('a mode the registry does not know is refused, never drawn as another one', () => {
  const parsed = parseQuery({ mode: 'sepconv' });
  expect(parsed.notices.map((n) => n.param)).toEqual(['mode']);
  expect(() => deriveOperation({ ...parsed.config, mode: 'sepconv' as never })).toThrow();
});
