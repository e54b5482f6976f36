/**
 * The grouped mode's model: what it derives (against the naive reference convolution), which input
 * channels each step reads, the separable block's two stages as one sequence, how bad groups are
 * refused, and the cost figures of MobileNet's worked example as the issue gives them.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { naiveConv2d } from '../../compute/testing/naiveReference';
import { validGroups } from '../../compute';
import { initialState, useStore } from '../../state/store';
import { readLocation } from '../../state/urlSync';
import { settleConfig } from '../../state/settle';
import { configToParams, parseQuery, toQuery } from '../../state/urlParams';
import type { Notice } from '../../state/urlParams';
import { seededBias, seededInput, seededKernel } from '../values';
import { asWindow } from '../window/operation';
import { snippets } from './snippets';
import type { Config } from '../types';
import { MODE_REGISTRY } from '../registry';
import { grouped } from './index';
import { asSeparable, pointwiseWeights } from './separable';
import { groupChoices } from './groupShape';
import { costTable, MOBILENET_EXAMPLE } from './costFigures';

const D = grouped.defaults;
const S = () => useStore.getState();

beforeEach(() => useStore.setState(initialState()));

/** Valid grouped configurations: groups a common divisor of the channel counts, small grids. */
const groupedConfigArb: fc.Arbitrary<Config> = fc
  .record({
    cin: fc.integer({ min: 1, max: 8 }),
    cout: fc.integer({ min: 1, max: 4 }),
    size: fc.integer({ min: 3, max: 7 }),
    k: fc.integer({ min: 1, max: 3 }),
    pad: fc.integer({ min: 0, max: 1 }),
    seed: fc.integer({ min: 0, max: 1000 }),
    bias: fc.boolean(),
    pick: fc.nat(),
  })
  .map(({ cin, cout, size, k, pad, seed, bias, pick }) => {
    const choices = validGroups(cin, cout);
    return {
      ...D,
      cin,
      cout,
      groups: choices[pick % choices.length]!,
      size: [size, size],
      k: [k, k],
      pad: [pad, pad],
      seed,
      bias,
    } as Config;
  });

describe('grouped convolution', () => {
  test('the output equals the reference convolution with the same groups and biases', () => {
    fc.assert(
      fc.property(groupedConfigArb, (c) => {
        const op = asWindow(grouped.derive(c));
        const bias = c.bias ? seededBias(c, c.cout) : undefined;
        const expected = naiveConv2d(
          seededInput(c, grouped.inputShape(c)),
          seededKernel(c, grouped.kernelShape(c)!),
          { padding: c.pad as [number, number], groups: c.groups, ...(bias && { bias }) },
        );
        expect(op.output).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test('each filter holds C_in / groups slices, and each step reads only its group’s input channels', () => {
    fc.assert(
      fc.property(groupedConfigArb, (c) => {
        const op = asWindow(grouped.derive(c));
        expect(op.kernel![0]).toHaveLength(c.cin / c.groups);
        const perStep = op.stepCount / c.cout;
        for (let o = 0; o < c.cout; o++) {
          // Filter o is in group ⌊o·groups / C_out⌋, which owns C_in / groups consecutive channels.
          const group = Math.floor((o * c.groups) / c.cout);
          const wanted = Array.from({ length: c.cin / c.groups }, (_, i) => group * (c.cin / c.groups) + i);
          const read = new Set(op.stepAt(o * perStep).window.map((cell) => cell.channel));
          expect([...read]).toEqual(wanted);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('with bias on, each result is the sum of the products plus that filter’s bias', () => {
    const c: Config = { ...D, bias: true, biases: [1, -2, 0.5, 3] };
    const op = asWindow(grouped.derive(c));
    for (const index of [0, 17, op.stepCount - 1]) {
      const step = op.stepAt(index);
      if (step.kind !== 'conv') throw new Error('a convolution step');
      const products = step.window.reduce((sum, cell) => sum + cell.product!, 0);
      expect(step.result).toBeCloseTo(products + c.biases![step.out.channel]!, 10);
    }
  });

  test('the groups control offers only the divisors of both channel counts, naming 1 and depthwise', () => {
    expect(groupChoices(4, 4).map((c) => c.label)).toEqual(['1 (standard)', '2', '4 (depthwise)']);
    expect(groupChoices(6, 4).map((c) => c.value)).toEqual(['1', '2']);
    expect(grouped.paramOverrides!({ ...D, cin: 2, cout: 4, groups: 2 }).groups?.help).toMatch(
      /depth multiplier 2/,
    );
  });
});

describe('refusing groups that do not divide the channels', () => {
  test('from the panel: not applied, the compute module’s reason names the nearest choices', () => {
    S().setMode('grouped');
    S().seek(9);
    expect(S().change({ groups: 3 })).toBe(false);
    expect(S().refusal).toMatch(/groups must divide.*try 2 or 4/);
    expect(S().config.groups).toBe(2);
    // A valid change keeps the step: every groups value has C_out·H·W steps.
    expect(S().change({ groups: 4 })).toBe(true);
    expect(S().step).toBe(9);
  });

  test('from a link: a notice names groups and the choices; the default is used', () => {
    const { config, notices } = readLocation('?mode=grouped&cin=4&cout=4&groups=3');
    expect(notices.map((n) => n.param)).toEqual(['groups']);
    expect(notices[0]!.message).toMatch(/^Ignored groups: .*try 2 or 4/);
    expect(config.groups).toBe(D.groups);
  });

  test('when the default does not fit either, groups falls back to 1 (standard)', () => {
    const { config, notices } = readLocation('?mode=grouped&cin=3');
    expect(config.groups).toBe(1);
    expect(notices.map((n) => n.param)).toEqual(['groups']);
  });

  test('an embed set keeps the groups in use rather than the default', () => {
    const current: Config = { ...D, groups: 4 };
    const notices: Notice[] = [];
    const parsed = parseQuery({ ...configToParams(current), groups: '3' });
    expect(settleConfig(parsed.config, notices, current).groups).toBe(4);
    expect(notices.map((n) => n.param)).toEqual(['groups']);
  });
});

describe('the depthwise-separable preset', () => {
  const sep = grouped.defaultsFor({ pipeline: false, separable: true });

  test('a link turns it on with its own defaults, and writes back only what differs', () => {
    const { config, notices } = readLocation('?mode=grouped&separable=1');
    expect(notices).toEqual([]);
    expect(config).toEqual(sep);
    expect(configToParams({ ...sep, cout: 2 })).toEqual({ mode: 'grouped', separable: '1', cout: '2' });
  });

  test('its steps run through the depthwise stage, then the pointwise stage', () => {
    const op = asSeparable(grouped.derive(sep));
    const [h, w] = [sep.size[0] - sep.k[0] + 1, sep.size[1] - sep.k[1] + 1];
    expect(op.stepCount).toBe(sep.cin * h * w + sep.cout * h * w);
    const lastDepthwise = op.stageAt(sep.cin * h * w - 1);
    const firstPointwise = op.stageAt(sep.cin * h * w);
    expect(lastDepthwise.stage).toBe('depthwise');
    expect(lastDepthwise.step.window.every((cell) => cell.channel === sep.cin - 1)).toBe(true);
    expect(firstPointwise).toMatchObject({ stage: 'pointwise', local: 0 });
    // A pointwise step reads one position of every depthwise channel.
    expect(firstPointwise.step.window.map((c) => [c.channel, c.row, c.col])).toEqual(
      Array.from({ length: sep.cin }, (_, c) => [c, 0, 0]),
    );
  });

  test('its output is the reference depthwise convolution, then the 1×1 one (bias on the second only)', () => {
    const c: Config = { ...sep, bias: true, pad: [1, 1] };
    const op = asSeparable(grouped.derive(c));
    const depthwise = naiveConv2d(seededInput(c, grouped.inputShape(c)), seededKernel(c, [c.cin, 1, 3, 3]), {
      padding: 1,
      groups: c.cin,
    });
    const expected = naiveConv2d(depthwise, pointwiseWeights(c.seed, c.cin, c.cout), {
      bias: seededBias(c, c.cout),
    });
    expect(op.depthwise.output).toEqual(depthwise);
    expect(op.output).toEqual(expected);
  });

  test('its code is the two-layer PyTorch block and Keras SeparableConv2D', () => {
    const code = snippets({ ...sep, bias: true }, grouped.derive({ ...sep, bias: true }));
    expect(code.pytorch).toContain(`groups=${sep.cin}, bias=False`);
    expect(code.pytorch).toMatch(/kernel_size=1, bias=True/);
    expect(code.keras).toContain('SeparableConv2D');
  });
});

describe('code and cost', () => {
  test('PyTorch spells out groups and the bias; Keras uses DepthwiseConv2D when groups = C_in', () => {
    const c: Config = { ...D, bias: true };
    expect(snippets(c, grouped.derive(c)).pytorch).toMatch(/groups=2, bias=True/);
    const depthwise: Config = { ...D, groups: 4 };
    expect(snippets(depthwise, grouped.derive(depthwise)).keras).toContain('DepthwiseConv2D');
  });

  test('MobileNet’s worked example: the issue’s figures (Howard et al., 2017)', () => {
    const table = costTable(MOBILENET_EXAMPLE);
    const figures = Object.fromEntries(table.rows.map((r) => [r.id, [r.parameters, r.cost.multiplyAdds]]));
    expect(figures).toEqual({
      standard: [18_432, 231_211_008],
      grouped: [4_608, 57_802_752],
      depthwise: [288, 3_612_672],
      pointwise: [2_048, 25_690_112],
      separable: [2_336, 29_302_784],
    });
    expect(table.separableRatio.toFixed(4)).toBe('0.1267');
    expect(table.formulaRatio.toFixed(4)).toBe('0.1267');
  });
});

describe('bias in the other convolution views', () => {
  test('bias off adds nothing; bias on adds each filter’s bias to every cell of its channel', () => {
    for (const mode of ['standard', 'dilated', 'pointwise'] as const) {
      const { config } = readLocation(`?mode=${mode}&bias=0`);
      expect(config.bias).toBe(false);
      const plain = asWindow(MODE_REGISTRY[mode].derive(config));
      expect(plain.bias).toBeNull();
      const withBias = { ...config, bias: true };
      const biased = asWindow(MODE_REGISTRY[mode].derive(withBias));
      const b = seededBias(withBias, plain.output.length);
      expect(biased.output).toEqual(
        plain.output.map((plane, o) => plane.map((row) => row.map((v) => v + b[o]!))),
      );
    }
  });

  test('edited biases travel in the link and come back exactly', () => {
    const c: Config = { ...readLocation('?mode=standard&cout=3&bias=1').config, biases: [0.5, -1 / 3, 2] };
    const back = readLocation(`?${toQuery(configToParams(c))}`);
    expect(back.notices).toEqual([]);
    expect(back.config.biases).toEqual([0.5, -1 / 3, 2]);
  });
});
