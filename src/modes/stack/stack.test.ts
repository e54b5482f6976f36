/**
 * The stack view through the real store, URL parser and embed `set`: steps are cells, a stack without
 * output is refused and the last valid one kept, and a link or a `set` carries the stack.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { initialState, useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { configToParams, parseQuery } from '../../state/urlParams';
import { settleConfig } from '../../state/settle';
import { applySet } from '../../state/embedSet';
import { MODE_REGISTRY } from '../registry';
import { asStack } from './operation';
import { addLayer, changeStack, moveLayer, removeLayer, updateLayer } from './edits';
import { readStack, writeStack } from './codec';
import { STACK_PRESETS, presetStack } from './presets';

const S = () => useStore.getState();
const openStack = (layers?: string) => {
  const parsed = parseQuery({ mode: 'stack', ...(layers && { layers }) });
  S().load(settleConfig(parsed.config, parsed.notices), parsed.session, parsed.notices);
};

beforeEach(() => useStore.setState(initialState()));

describe('steps are the cells of every map', () => {
  test.each(STACK_PRESETS.map((p) => [p.id, p]))(
    '%s: each step is one cell, every cell once',
    (_, preset) => {
      const op = asStack(
        MODE_REGISTRY.stack.derive({ ...MODE_REGISTRY.stack.defaults, layers: presetStack(preset) }),
      );
      const cells = op.sizes.slice(1).reduce((sum, n) => sum + n * n, 0);
      expect(op.stepCount).toBe(cells);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: op.stepCount - 1 }), (step) => {
          const cell = op.cellAt(step);
          expect(op.stepOf(cell)).toBe(step);
          expect(cell.row).toBeLessThan(op.sizes[cell.layer]!);
          expect(cell.col).toBeLessThan(op.sizes[cell.layer]!);
        }),
      );
      expect(op.cellAt(op.stepCount - 1)).toEqual({
        layer: op.sizes.length - 1,
        row: op.sizes.at(-1)! - 1,
        col: op.sizes.at(-1)! - 1,
      });
    },
  );

  test('the status line names the layer and the cell', () => {
    openStack('i11_c3_m3');
    S().seek(81 + 4);
    expect(MODE_REGISTRY.stack.describeStep(operationFor(S().config), S().step)).toBe(
      'layer 2 (max pool 3×3), row 1, column 1 of its 3×3 map',
    );
  });
});

describe('editing', () => {
  test('a change that leaves a layer without output is refused, the last valid stack kept, the reason given', () => {
    openStack('i11_c3_m3');
    const before = S().config.layers;
    expect(changeStack(updateLayer(before, 1, { kernelSize: 7, stride: 7 }))).toBe(true);
    const valid = S().config.layers;
    expect(changeStack(updateLayer(valid, 0, { kernelSize: 7 }))).toBe(false);
    expect(S().config.layers).toBe(valid);
    expect(S().refusedParam).toBe('layers');
    expect(S().refusal).toMatch(/Layer 2 \(max pool 7×7\) leaves no output/);
  });

  test("add, move and remove keep pools on their input's channels; the last layer cannot go", () => {
    openStack('i8n3_c3p1n16_m2');
    let stack = S().config.layers;
    const added = addLayer(stack, 'pointwise');
    expect(typeof added).not.toBe('string');
    stack = moveLayer(added as typeof stack, 2, -1); // the 1×1 conv before the pool
    stack = updateLayer(stack, 1, { channels: 4 });
    expect(writeStack(stack)).toBe('i8n3_c3p1n16_c1n4_m2');
    expect(stack.layers[2]!.channels).toBe(4);
    const one = readStack('i8_c3');
    expect(one.ok && removeLayer(one.value, 0)).toMatch(/at least one layer/);
    const full = readStack(`i8${'_c1'.repeat(8)}`);
    expect(full.ok && addLayer(full.value, 'conv')).toMatch(/at most 8 layers/);
  });
});

describe('the stack in links and in the embed', () => {
  test('a link reproduces the stack and the selected cell', () => {
    openStack('i16_c3p1n8_m2_c3p1n16_m2_t2s2n8_t2s2n1');
    S().seek(300);
    const params = configToParams(S().config);
    expect(params.layers).toBe('i16_c3p1n8_m2_c3p1n16_m2_t2s2n8_t2s2n1');
    const parsed = parseQuery({ ...params, step: '300' });
    expect(parsed.notices).toEqual([]);
    expect(parsed.config).toEqual(S().config);
    expect(parsed.session.step).toBe(300);
  });

  test('a malformed stack in a link is ignored with a notice naming layers and the reason', () => {
    const parsed = parseQuery({ mode: 'stack', layers: 'i11_c3_x9' });
    expect(parsed.notices).toEqual([
      {
        param: 'layers',
        message:
          'Ignored layers: layer 2 "x9": start with c (conv), m (max pool) or t (transposed), then the kernel size.',
      },
    ]);
    expect(parsed.config.layers).toEqual(MODE_REGISTRY.stack.defaults.layers);
  });

  test('layers is refused by the other views', () => {
    expect(parseQuery({ mode: 'standard', layers: 'i11_c3' }).notices.map((n) => n.param)).toEqual([
      'layers',
    ]);
  });

  test('embed set changes the stack, and refuses a bad one changing nothing', () => {
    openStack();
    expect(applySet({ layers: 'i32_c3p1_c3p2d2_c3p4d4' })).toBeNull();
    expect(writeStack(S().config.layers)).toBe('i32_c3p1_c3p2d2_c3p4d4');
    const before = S().config;
    expect(applySet({ layers: 'i3_c3_c3' })).toMatch(
      /set refused, nothing changed\. layers: Layer 2 \(conv 3×3\) leaves no output/,
    );
    expect(S().config).toBe(before);
  });
});
