/**
 * The step-by-step view opened from a point computes, at the step it opens on, the value the image
 * view shows at that point: checked through the real modes' derive on random images and settings.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { conv2d, maxPool2d, avgPool2d, type Tensor3 } from '../../compute';
import { PROPERTY_TIMEOUT } from '../../compute/testing/arbitraries';
import { MODE_DEFAULTS } from '../../state/config';
import { deriveWindowOperation } from '../../state/operation';
import { BASE_CONFIG, type Config } from '../types';
import { stepViewFor } from './crop';

const caseArb = fc.record({
  height: fc.integer({ min: 26, max: 48 }),
  width: fc.integer({ min: 26, max: 48 }),
  op: fc.constantFrom<'conv' | 'max' | 'avg'>('conv', 'conv', 'max', 'avg'),
  k: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
  stride: fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), { nil: null }),
  pad: fc.oneof(
    fc.constantFrom<'same' | 'valid'>('same', 'valid'),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
  ),
  dilation: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
  seed: fc.nat(),
  at: fc.tuple(
    fc.double({ min: 0, max: 0.999, noNaN: true }),
    fc.double({ min: 0, max: 0.999, noNaN: true }),
  ),
});

test('the opened step makes the clicked value', PROPERTY_TIMEOUT, () => {
  fc.assert(
    fc.property(caseArb, (c) => {
      const plane = Array.from({ length: c.height * c.width }, (_, i) => (i * 7919 + c.seed) % 256);
      const nested: Tensor3 = [
        Array.from({ length: c.height }, (_, r) => plane.slice(r * c.width, (r + 1) * c.width)),
      ];
      const kernelPlane = Array.from({ length: c.k[0] }, (_, r) =>
        Array.from({ length: c.k[1] }, (_, j) => ((r * 3 + j + c.seed) % 5) - 2),
      );
      const config: Config = {
        ...BASE_CONFIG,
        mode: 'image',
        op: c.op,
        k: c.k,
        stride: c.stride,
        pad: c.pad,
        dilation: c.dilation,
      };
      const stride = c.stride ?? (c.op === 'conv' ? [1, 1] : c.k);
      let full: Tensor3;
      try {
        full =
          c.op === 'conv'
            ? conv2d(nested, [[kernelPlane]], { stride, padding: c.pad, dilation: c.dilation })
            : (c.op === 'max' ? maxPool2d : avgPool2d)(nested, { kernelSize: c.k, stride });
      } catch {
        return; // no output at this size: the view refuses these settings
      }
      const out = {
        row: Math.floor(c.at[0] * full[0]!.length),
        col: Math.floor(c.at[1] * full[0]![0]!.length),
      };
      const link = stepViewFor(
        plane,
        [c.height, c.width],
        config,
        c.op === 'conv' ? [[kernelPlane]] : null,
        out,
      );
      const stepConfig = { ...MODE_DEFAULTS[link.mode], ...link.patch } as Config;
      expect(stepConfig.size[0]).toBeLessThanOrEqual(32);
      expect(stepConfig.size[1]).toBeLessThanOrEqual(32);
      const op = deriveWindowOperation(stepConfig);
      expect(op.stepAt(link.step).out).toMatchObject({ channel: 0 });
      expect(op.stepAt(link.step).result).toBeCloseTo(full[0]![out.row]![out.col]!, 9);
    }),
    { numRuns: 200 },
  );
});
