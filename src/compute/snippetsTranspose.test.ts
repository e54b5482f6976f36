/**
 * The nn.ConvTranspose2d and Conv2DTranspose snippets name the configured layer and print the shape
 * the module computes; Keras's own length rule (keras deconv_output_length: with output_padding
 * given, (n − 1)·s + d·(k − 1) + 1 − 2·pad + output_padding, pad 0 for "valid") followed by the
 * Cropping2D the snippet adds must give the same shape.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convTransposeOutputSize, makeTransposeGeometry, transposeSnippets } from './index';

const configArb = fc
  .record({
    groups: fc.integer({ min: 1, max: 3 }),
    inPer: fc.integer({ min: 1, max: 4 }),
    outPer: fc.integer({ min: 1, max: 4 }),
    size: fc.tuple(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 32 })),
    kernel: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
    stride: fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })),
    dilation: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    padding: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })),
    pick: fc.tuple(fc.nat(), fc.nat()),
    bias: fc.boolean(),
  })
  .map((c) => ({
    ...c,
    outputPadding: [0, 1].map((a) => c.pick[a]! % Math.max(c.stride[a]!, c.dilation[a]!)) as [number, number],
  }))
  .filter((c) =>
    [0, 1].every(
      (a) =>
        (c.size[a]! - 1) * c.stride[a]! -
          2 * c.padding[a]! +
          c.dilation[a]! * (c.kernel[a]! - 1) +
          c.outputPadding[a]! >=
        0,
    ),
  );

const arg = (h: number, w: number) => (h === w ? String(h) : `(${h}, ${w})`);

describe('transposeSnippets', () => {
  test('PyTorch and Keras layers as configured, printing the shape of convTransposeOutputSize', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const g = makeTransposeGeometry({
          inChannels: c.groups * c.inPer,
          outChannels: c.groups * c.outPer,
          groups: c.groups,
          inputSize: c.size,
          kernelSize: c.kernel,
          stride: c.stride,
          padding: c.padding,
          outputPadding: c.outputPadding,
          dilation: c.dilation,
        });
        const snippet = transposeSnippets({ geometry: g, bias: c.bias });
        const size = (a: 0 | 1) =>
          convTransposeOutputSize(
            c.size[a],
            c.kernel[a],
            c.stride[a],
            c.padding[a],
            c.dilation[a],
            c.outputPadding[a],
          );
        const [h, w] = [size(0), size(1)];
        const out = c.groups * c.outPer;
        expect(snippet.pytorchShape).toBe(`torch.Size([1, ${out}, ${h}, ${w}])`);
        expect(snippet.kerasShape).toBe(`(1, ${h}, ${w}, ${out})`);

        const [k, s, p, a, d] = [c.kernel, c.stride, c.padding, c.outputPadding, c.dilation].map((x) =>
          arg(x[0]!, x[1]!),
        );
        expect(snippet.pytorch).toContain(
          `torch.randn(1, ${c.groups * c.inPer}, ${c.size[0]}, ${c.size[1]})`,
        );
        expect(snippet.pytorch).toContain(
          `nn.ConvTranspose2d(in_channels=${c.groups * c.inPer}, out_channels=${out}, kernel_size=${k},`,
        );
        expect(snippet.pytorch).toContain(`stride=${s}, padding=${p}, output_padding=${a},`);
        expect(snippet.pytorch).toContain(
          `groups=${c.groups}, bias=${c.bias ? 'True' : 'False'}, dilation=${d})`,
        );

        expect(snippet.keras).toContain(
          `tf.random.normal((1, ${c.size[0]}, ${c.size[1]}, ${c.groups * c.inPer}))`,
        );
        expect(snippet.keras).toContain(
          `layers.Conv2DTranspose(filters=${out}, kernel_size=${k}, strides=${s}, padding="valid",`,
        );
        expect(snippet.keras).toContain(
          `output_padding=${a}, dilation_rate=${d}, use_bias=${c.bias ? 'True' : 'False'})`,
        );
        const crop = snippet.keras.match(/Cropping2D\(cropping=\(\((\d+), (\d+)\), \((\d+), (\d+)\)\)\)/);
        expect(crop !== null).toBe(c.padding[0] + c.padding[1] > 0);
        const [top, bottom, left, right] = crop ? crop.slice(1).map(Number) : [0, 0, 0, 0];
        const keras = (ax: 0 | 1) =>
          (c.size[ax] - 1) * c.stride[ax] +
          (c.kernel[ax] + (c.kernel[ax] - 1) * (c.dilation[ax] - 1)) +
          c.outputPadding[ax];
        expect([keras(0) - top! - bottom!, keras(1) - left! - right!]).toEqual([h, w]);

        expect(snippet.keras.includes('has no groups')).toBe(c.groups > 1);
        expect(snippet.keras.includes('output_padding smaller than the stride')).toBe(
          c.outputPadding[0] >= c.stride[0] || c.outputPadding[1] >= c.stride[1],
        );
        expect(snippet.keras.includes('refuses strides > 1 together with dilation_rate > 1')).toBe(
          c.stride.some((x) => x > 1) && c.dilation.some((x) => x > 1),
        );
      }),
      { numRuns: 300 },
    );
  });

  test('the classic 2× upsampling layer, written out', () => {
    const g = makeTransposeGeometry({
      inChannels: 8,
      outChannels: 4,
      inputSize: 16,
      kernelSize: 4,
      stride: 2,
      padding: 1,
    });
    const snippet = transposeSnippets({ geometry: g, bias: true });
    expect(snippet.pytorch).toContain('nn.ConvTranspose2d(in_channels=8, out_channels=4, kernel_size=4,');
    expect(snippet.pytorchShape).toBe('torch.Size([1, 4, 32, 32])');
    expect(snippet.keras).toContain('x = layers.Cropping2D(cropping=((1, 1), (1, 1)))(x)');
    expect(snippet.kerasShape).toBe('(1, 32, 32, 4)');
  });
});
