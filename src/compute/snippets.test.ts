/** The PyTorch and Keras snippets name the configured layer and print the shape the module computes. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { layerSnippets } from './snippets';
import { makeGeometry } from './geometry';

const conv = (
  size: number,
  k: number,
  stride: number,
  padding: number | 'same' | 'valid',
  dilation: number,
) => ({
  kind: 'conv' as const,
  inChannels: 3,
  outChannels: 8,
  geometry: makeGeometry(size, size, { kernelSize: k, stride, padding, dilation }),
  paddingName: typeof padding === 'string' ? padding : null,
  convBefore: false,
});

describe('layerSnippets', () => {
  test('a convolution: arguments as written, shape from the output-size formula', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 32 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        (n, k, s, p) => {
          const out = Math.floor((n + 2 * p - (k - 1) - 1) / s) + 1;
          const snippet = layerSnippets(conv(n, k, s, p, 1));
          expect(snippet.pytorch).toContain(`nn.Conv2d(in_channels=3, out_channels=8, kernel_size=${k},`);
          expect(snippet.pytorch).toContain(`stride=${s}, padding=${p}, dilation=1`);
          expect(snippet.pytorch).toContain(`torch.randn(1, 3, ${n}, ${n})`);
          expect(snippet.pytorchShape).toBe(`torch.Size([1, 8, ${out}, ${out}])`);
          expect(snippet.kerasShape).toBe(`(1, ${out}, ${out}, 8)`);
          // Keras has no numeric padding: a ZeroPadding2D layer stands in when there is any.
          expect(snippet.keras.includes('ZeroPadding2D')).toBe(p > 0);
        },
      ),
    );
  });

  test("'same' is named in Keras; uneven 'same' padding is spelled out for PyTorch", () => {
    const even = layerSnippets(conv(7, 3, 1, 'same', 1));
    expect(even.keras).toContain('padding="same"');
    expect(even.pytorch).toContain('padding=1');
    const uneven = layerSnippets(conv(8, 2, 1, 'same', 1)); // total 1: none before, one after
    expect(uneven.pytorch).toContain('F.pad(x, (0, 1, 0, 1))');
    expect(uneven.pytorchShape).toBe('torch.Size([1, 8, 8, 8])');
  });

  test('pooling layers, and the pipeline starting from the image', () => {
    const geometry = makeGeometry(9, 9, { kernelSize: 3, stride: 3 });
    const pool = layerSnippets({
      kind: 'max',
      inChannels: 1,
      outChannels: 1,
      geometry,
      paddingName: null,
      convBefore: true,
    });
    expect(pool.pytorch).toContain('nn.MaxPool2d(kernel_size=3, stride=3, padding=0)');
    expect(pool.pytorch).toContain('torch.randn(1, 1, 11, 11)');
    expect(pool.keras).toContain('layers.MaxPooling2D(pool_size=3, strides=3, padding="valid")');
    expect(pool.pytorchShape).toBe('torch.Size([1, 1, 3, 3])');
    const avg = layerSnippets({
      kind: 'avg',
      inChannels: 2,
      outChannels: 2,
      geometry,
      paddingName: null,
      convBefore: false,
    });
    expect(avg.pytorch).toContain('nn.AvgPool2d(');
    expect(avg.keras).toContain('layers.AveragePooling2D(');
  });

  test('Keras is warned about stride and dilation together', () => {
    expect(layerSnippets(conv(16, 3, 2, 0, 2)).keras).toMatch(
      /refuses stride > 1 together with dilation > 1/,
    );
  });

  test('a ReLU after the convolution is in both snippets when on, and in neither when off', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (inChannels, outChannels, relu) => {
          const layer = { ...conv(4, 1, 1, 0, 1), inChannels, outChannels, relu };
          const snippet = layerSnippets(layer);
          expect(snippet.pytorch.includes('nn.ReLU()')).toBe(relu);
          expect(snippet.keras.includes('activation="relu"')).toBe(relu);
          // The ReLU is applied to the layer whose shape is printed.
          if (relu)
            expect(snippet.pytorch).toMatch(/nn\.Sequential\(layer, nn\.ReLU\(\)\)[^\n]*\nprint\(layer\(x\)/);
          // ReLU keeps the shape.
          expect(snippet.pytorchShape).toBe(layerSnippets({ ...layer, relu: false }).pytorchShape);
        },
      ),
    );
  });
});

describe('layerSnippets, grouped and with bias', () => {
  // Channel counts as groups × per-group, so every generated groups value is one PyTorch accepts.
  const groupedArb = fc.record({
    groups: fc.integer({ min: 1, max: 8 }),
    inPerGroup: fc.integer({ min: 1, max: 4 }),
    outPerGroup: fc.integer({ min: 1, max: 4 }),
    size: fc.integer({ min: 3, max: 32 }),
    bias: fc.boolean(),
  });

  test('PyTorch spells out groups and bias; Keras picks Conv2D, DepthwiseConv2D or Conv2D(groups=…)', () => {
    fc.assert(
      fc.property(groupedArb, ({ groups, inPerGroup, outPerGroup, size, bias }) => {
        const [cin, cout] = [groups * inPerGroup, groups * outPerGroup];
        const snippet = layerSnippets({
          ...conv(size, 3, 1, 1, 1),
          inChannels: cin,
          outChannels: cout,
          groups,
          bias,
        });
        const py = bias ? 'True' : 'False';
        expect(snippet.pytorch).toContain(
          `nn.Conv2d(in_channels=${cin}, out_channels=${cout}, kernel_size=3,`,
        );
        expect(snippet.pytorch).toContain(`dilation=1, groups=${groups}, bias=${py})`);
        expect(snippet.pytorchShape).toBe(`torch.Size([1, ${cout}, ${size}, ${size}])`);
        expect(snippet.kerasShape).toBe(`(1, ${size}, ${size}, ${cout})`);
        expect(snippet.keras).toContain(`use_bias=${py})`);
        if (groups === 1) {
          expect(snippet.keras).toContain(`layers.Conv2D(filters=${cout}, kernel_size=3`);
          expect(snippet.keras).not.toContain('groups=');
        } else if (inPerGroup === 1) {
          // groups = C_in: depthwise, C_out / C_in filters per channel.
          expect(snippet.keras).toContain('layers.DepthwiseConv2D(kernel_size=3');
          expect(snippet.keras).toContain(`depth_multiplier=${outPerGroup},`);
          expect(snippet.keras).not.toContain('filters=');
        } else {
          expect(snippet.keras).toContain(`layers.Conv2D(filters=${cout}, kernel_size=3`);
          expect(snippet.keras).toContain(`groups=${groups}, dilation_rate=1`);
        }
      }),
    );
  });

  test('without groups or bias the line is the plain one', () => {
    const snippet = layerSnippets(conv(7, 3, 1, 0, 1));
    expect(snippet.pytorch).toContain('dilation=1, bias=False)');
    expect(snippet.pytorch).not.toContain('groups=');
    expect(snippet.keras).toContain('use_bias=False)');
  });
});
