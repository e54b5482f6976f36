/**
 * Cost of grouped, depthwise and separable convolutions. The worked figures are the issue's
 * (MobileNet's example, Howard et al. 2017: 112×112×32 → 64, 3×3, stride 1, same padding, no bias);
 * the properties count multiply-adds the slow way (one per window tap of every step) and check the
 * paper's ratio 1/N + 1/k² as exact integer arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convFamilyCost, convSteps, layerCost } from './index';
import { fits, PROPERTY_TIMEOUT, expectedOutShape } from './testing/arbitraries';
import { groupedCaseArb, groupedOpts } from './testing/groupedArbitraries';

describe('MobileNet’s worked example: 112×112×32 → 64 channels, 3×3, stride 1, same padding', () => {
  const shape = { inputSize: 112, inChannels: 32, outChannels: 64, kernelSize: 3, stride: 1 };

  test.each([['same' as const], [1]])('every row of the comparison (padding %s)', (padding) => {
    const cost = convFamilyCost({ ...shape, padding, groups: 4 });
    expect(cost.standard).toMatchObject({ weights: 18_432, multiplyAdds: 231_211_008, biases: 0 });
    expect(cost.grouped).toMatchObject({ weights: 4_608, multiplyAdds: 57_802_752 });
    expect(cost.depthwise).toMatchObject({ weights: 288, multiplyAdds: 3_612_672 });
    expect(cost.pointwise).toMatchObject({ weights: 2_048, multiplyAdds: 25_690_112 });
    expect(cost.separable).toMatchObject({
      weights: 2_336,
      multiplyAdds: 29_302_784,
      outputSize: [112, 112],
    });
    expect(cost.separableRatio.toFixed(4)).toBe('0.1267');
    expect(cost.separableRatio).toBeCloseTo(1 / 64 + 1 / 9, 15);
  });

  test('layerCost with groups = 4 and with groups = 32 (depthwise, 32 → 32)', () => {
    expect(layerCost({ ...shape, padding: 'same', groups: 4 })).toMatchObject({
      weights: 4_608,
      multiplyAdds: 57_802_752,
    });
    expect(layerCost({ ...shape, outChannels: 32, padding: 'same', groups: 32 })).toMatchObject({
      weights: 288,
      multiplyAdds: 3_612_672,
    });
  });

  test('with bias: one per filter for standard and grouped, one per output channel for the separable block', () => {
    const cost = convFamilyCost({ ...shape, padding: 'same', groups: 4, bias: true });
    expect(cost.standard.biases).toBe(64);
    expect(cost.grouped.biases).toBe(64);
    expect(cost.depthwise.biases).toBe(0);
    expect(cost.pointwise.biases).toBe(64);
    expect(cost.separable.biases).toBe(64);
    // Bias additions are not multiply-adds: the figures do not move.
    expect(cost.standard.multiplyAdds).toBe(231_211_008);
    expect(cost.separableRatio).toBe(convFamilyCost({ ...shape, padding: 'same' }).separableRatio);
  });
});

const familyArb = fc
  .record({
    size: fc.tuple(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 })),
    groups: fc.integer({ min: 1, max: 8 }),
    inPerGroup: fc.integer({ min: 1, max: 16 }),
    outPerGroup: fc.integer({ min: 1, max: 16 }),
    kernel: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
    stride: fc.integer({ min: 1, max: 3 }),
    dilation: fc.integer({ min: 1, max: 2 }),
    padding: fc.constantFrom<'same' | 'valid' | number>('same', 'valid', 0, 1, 2, 3),
    bias: fc.boolean(),
  })
  .map((s) => ({
    inputSize: s.size,
    inChannels: s.groups * s.inPerGroup,
    outChannels: s.groups * s.outPerGroup,
    kernelSize: s.kernel,
    stride: s.stride,
    dilation: s.dilation,
    padding: s.padding,
    groups: s.groups,
    bias: s.bias,
  }));

type FamilyCase = typeof familyArb extends fc.Arbitrary<infer T> ? T : never;

/** Runs `check` on 300 random layers whose kernel fits. */
function forFittingLayers(check: (layer: FamilyCase) => void): void {
  let fitted = 0;
  fc.assert(
    fc.property(familyArb, (layer) => {
      const [height, width] = layer.inputSize;
      fc.pre(fits({ ...layer, height, width, kernel: layer.kernelSize }));
      check(layer);
      fitted++;
    }),
    { numRuns: 300 },
  );
  expect(fitted).toBe(300);
}

describe('convFamilyCost, properties', PROPERTY_TIMEOUT, () => {
  test('separable / standard is exactly 1/C_out + 1/(kH·kW), whatever the stride, padding or dilation', () => {
    forFittingLayers((layer) => {
      const { standard, separable, separableRatio } = convFamilyCost(layer);
      const taps = layer.kernelSize[0] * layer.kernelSize[1];
      // Integers, so exact: separable · N · k² = standard · (k² + N).
      expect(separable.multiplyAdds * layer.outChannels * taps).toBe(
        standard.multiplyAdds * (taps + layer.outChannels),
      );
      expect(separableRatio).toBeCloseTo(1 / layer.outChannels + 1 / taps, 14);
      expect(separable.outputSize).toEqual(standard.outputSize);
    });
  });

  test('grouped costs 1/groups of standard; separable is depthwise plus pointwise, field by field', () => {
    forFittingLayers((layer) => {
      const cost = convFamilyCost(layer);
      expect(cost.grouped.weights * layer.groups).toBe(cost.standard.weights);
      expect(cost.grouped.multiplyAdds * layer.groups).toBe(cost.standard.multiplyAdds);
      expect(cost.grouped.biases).toBe(cost.standard.biases);
      expect(cost.separable.weights).toBe(cost.depthwise.weights + cost.pointwise.weights);
      expect(cost.separable.multiplyAdds).toBe(cost.depthwise.multiplyAdds + cost.pointwise.multiplyAdds);
      expect(cost.separable.biases).toBe(layer.bias ? layer.outChannels : 0);
      const [kh, kw] = layer.kernelSize;
      expect(cost.depthwise.weights).toBe(kh * kw * layer.inChannels);
      expect(cost.pointwise.weights).toBe(layer.inChannels * layer.outChannels);
      const [height, width] = layer.inputSize;
      expect(cost.standard.outputSize).toEqual(
        expectedOutShape({ ...layer, height, width, kernel: layer.kernelSize }),
      );
    });
  });
});

describe('layerCost with groups, properties', PROPERTY_TIMEOUT, () => {
  test('weights are kH·kW·(C_in/groups)·C_out and multiply-adds are one per window tap of every step', () => {
    fc.assert(
      fc.property(groupedCaseArb({ maxSide: 6 }, ['int']), (c) => {
        fc.pre(fits(c));
        const cost = layerCost({
          inputSize: [c.height, c.width],
          inChannels: c.input.length,
          outChannels: c.weight.length,
          kernelSize: c.kernel,
          stride: c.stride,
          padding: c.padding,
          dilation: c.dilation,
          groups: c.groups,
          bias: c.bias !== undefined,
        });
        expect(cost.weights).toBe(c.kernel[0] * c.kernel[1] * c.inPerGroup * c.weight.length);
        expect(cost.biases).toBe(c.bias ? c.weight.length : 0);
        const taps = convSteps(c.input, c.weight, groupedOpts(c)).reduce(
          (sum, step) => sum + step.window.length,
          0,
        );
        expect(cost.multiplyAdds).toBe(taps);
      }),
      { numRuns: 200 },
    );
  });
});
