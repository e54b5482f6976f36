/**
 * Layer cost. The worked numbers are the (GoogLeNet's inception 3a, 28×28×192 input), and
 * the property counts multiply-adds the slow way: one per window tap of every step.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convSteps, layerCost, stackCost } from './index';
import { convCaseArb, convOpts, expectedOutShape, fits, PROPERTY_TIMEOUT } from './testing/arbitraries';

describe('worked examples: 28×28×192 → 32 channels', () => {
  test('1×1 straight to 32: 6,144 weights and 4,816,896 multiply-adds', () => {
    const cost = layerCost({ inputSize: 28, inChannels: 192, outChannels: 32, kernelSize: 1 });
    expect(cost).toMatchObject({ weights: 6_144, biases: 0, multiplyAdds: 4_816_896, outputSize: [28, 28] });
  });

  test.each([['same' as const], [2]])(
    '5×5 straight to 32 (padding %s): 153,600 weights and 120,422,400',
    (padding) => {
      const cost = layerCost({ inputSize: 28, inChannels: 192, outChannels: 32, kernelSize: 5, padding });
      expect(cost).toMatchObject({ weights: 153_600, multiplyAdds: 120_422_400, outputSize: [28, 28] });
    },
  );

  test('bottleneck 1×1 → 16 then 5×5 → 32: 12,443,648 multiply-adds in total', () => {
    const { layers, total } = stackCost(28, 192, [
      { outChannels: 16, kernelSize: 1 },
      { outChannels: 32, kernelSize: 5, padding: 2 },
    ]);
    expect(total.multiplyAdds).toBe(12_443_648);
    expect(layers.map((l) => l.outputSize)).toEqual([
      [28, 28],
      [28, 28],
    ]);
    expect(total.weights).toBe(192 * 16 + 5 * 5 * 16 * 32);
    // the point of the bottleneck: about a tenth of the direct 5×5
    expect(total.multiplyAdds / 120_422_400).toBeLessThan(0.11);
  });

  test('biases are counted only when asked for, one per output channel', () => {
    expect(
      layerCost({ inputSize: 28, inChannels: 192, outChannels: 32, kernelSize: 1, bias: true }).biases,
    ).toBe(32);
    const { total } = stackCost(8, 3, [
      { outChannels: 4, kernelSize: 3, bias: true },
      { outChannels: 5, kernelSize: 1 },
    ]);
    expect(total.biases).toBe(4);
  });
});

describe('layerCost: properties', PROPERTY_TIMEOUT, () => {
  test('weights are kH·kW·Cin·Cout and multiply-adds are one per window tap of every step', () => {
    fc.assert(
      fc.property(convCaseArb({ maxSide: 8, maxChannels: 3 }, ['int']), (c) => {
        fc.pre(fits(c));
        const { stride, padding, dilation } = convOpts(c);
        const cost = layerCost({
          inputSize: [c.height, c.width],
          inChannels: c.input.length,
          outChannels: c.weight.length,
          kernelSize: c.kernel,
          stride,
          padding,
          dilation,
        });
        expect(cost.weights).toBe(c.kernel[0] * c.kernel[1] * c.input.length * c.weight.length);
        expect(cost.outputSize).toEqual(expectedOutShape(c));
        const taps = convSteps(c.input, c.weight, convOpts(c)).reduce(
          (sum, step) => sum + step.window.length,
          0,
        );
        expect(cost.multiplyAdds).toBe(taps);
      }),
      { numRuns: 200 },
    );
  });

  test('stackCost chains sizes and channels, and its total is the sum of its layers', () => {
    const layerArb = fc.record({
      outChannels: fc.integer({ min: 1, max: 64 }),
      kernelSize: fc.integer({ min: 1, max: 5 }),
      stride: fc.integer({ min: 1, max: 2 }),
      padding: fc.constantFrom<'same' | 'valid' | number>('same', 'valid', 0, 1, 2),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 64 }),
        fc.integer({ min: 1, max: 64 }),
        fc.array(layerArb, { maxLength: 3 }),
        (size, cin, stack) => {
          let result;
          try {
            result = stackCost(size, cin, stack);
          } catch (error) {
            expect(String(error)).toMatch(/kernel.*padded input/i);
            return;
          }
          let n = size;
          let channels = cin;
          let sum = 0;
          result.layers.forEach((cost, i) => {
            const { outChannels, kernelSize: k, stride: s, padding } = stack[i]!;
            const out =
              padding === 'same'
                ? Math.ceil(n / s)
                : Math.floor((n + 2 * (padding === 'valid' ? 0 : padding) - k) / s) + 1;
            const weights = k * k * channels * outChannels;
            expect(cost).toEqual({
              weights,
              biases: 0,
              multiplyAdds: out * out * weights,
              outputSize: [out, out],
            });
            sum += out * out * weights;
            n = out;
            channels = outChannels;
          });
          expect(result.total.multiplyAdds).toBe(sum);
          expect(result.total.weights).toBe(result.layers.reduce((s, l) => s + l.weights, 0));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('an empty stack costs nothing', () => {
    expect(stackCost(28, 3, []).total).toEqual({ weights: 0, biases: 0, multiplyAdds: 0 });
  });
});
