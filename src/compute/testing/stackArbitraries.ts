/** Random small stacks for the property tests: any mix of conv, pool and transposed layers. */
import fc from 'fast-check';
import type { LayerStack, StackLayer } from '../stackGeometry';

export const stackLayerArb: fc.Arbitrary<StackLayer> = fc.oneof(
  fc.record({
    kind: fc.constant('conv' as const),
    kernelSize: fc.integer({ min: 1, max: 4 }),
    stride: fc.integer({ min: 1, max: 3 }),
    padding: fc.integer({ min: 0, max: 2 }),
    dilation: fc.integer({ min: 1, max: 3 }),
    outputPadding: fc.constant(0),
    channels: fc.constant(1),
  }),
  fc.integer({ min: 1, max: 3 }).chain((k) =>
    fc.record({
      kind: fc.constant('pool' as const),
      kernelSize: fc.constant(k),
      stride: fc.integer({ min: 1, max: 3 }),
      padding: fc.constant(0),
      dilation: fc.constant(1),
      outputPadding: fc.constant(0),
      channels: fc.constant(1),
    }),
  ),
  fc.integer({ min: 1, max: 3 }).chain((s) =>
    fc.record({
      kind: fc.constant('transposed' as const),
      kernelSize: fc.integer({ min: 1, max: 4 }),
      stride: fc.constant(s),
      padding: fc.integer({ min: 0, max: 1 }),
      dilation: fc.constant(1),
      outputPadding: fc.integer({ min: 0, max: s - 1 }),
      channels: fc.constant(1),
    }),
  ),
);

export const smallStackArb: fc.Arbitrary<LayerStack> = fc.record({
  inputSize: fc.integer({ min: 1, max: 9 }),
  inputChannels: fc.constant(1),
  layers: fc.array(stackLayerArb, { minLength: 1, maxLength: 3 }),
});
