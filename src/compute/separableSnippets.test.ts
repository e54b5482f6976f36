/** The depthwise-separable block in code: both stages named, the shapes printed after each. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeGeometry } from './geometry';
import { separableSnippets } from './separableSnippets';

describe('separableSnippets', () => {
  test('PyTorch: depthwise (groups = C_in, no bias) then 1×1; Keras: SeparableConv2D; shapes from the formula', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 128 }),
        fc.integer({ min: 5, max: 32 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (cin, cout, n, s, p, bias) => {
          const out = Math.floor((n + 2 * p - 3) / s) + 1;
          const snippet = separableSnippets({
            inChannels: cin,
            outChannels: cout,
            geometry: makeGeometry(n, n, { kernelSize: 3, stride: s, padding: p }),
            paddingName: null,
            bias,
          });
          const py = bias ? 'True' : 'False';
          expect(snippet.pytorch).toContain(`torch.randn(1, ${cin}, ${n}, ${n})`);
          expect(snippet.pytorch).toContain(
            `depthwise = nn.Conv2d(in_channels=${cin}, out_channels=${cin}, kernel_size=3,`,
          );
          expect(snippet.pytorch).toContain(
            `stride=${s}, padding=${p}, dilation=1, groups=${cin}, bias=False)`,
          );
          expect(snippet.pytorch).toContain(
            `pointwise = nn.Conv2d(in_channels=${cin}, out_channels=${cout}, kernel_size=1, bias=${py})`,
          );
          // Two prints, one per stage, in order.
          expect(snippet.pytorch.match(/print\(x\.shape\)/g)).toHaveLength(2);
          expect(snippet.pytorch.indexOf('depthwise(x)')).toBeLessThan(
            snippet.pytorch.indexOf('pointwise(x)'),
          );
          expect(snippet.pytorchShape).toBe(
            `torch.Size([1, ${cin}, ${out}, ${out}])\ntorch.Size([1, ${cout}, ${out}, ${out}])`,
          );
          expect(snippet.depthwiseShape).toEqual({
            pytorch: `torch.Size([1, ${cin}, ${out}, ${out}])`,
            keras: `(1, ${out}, ${out}, ${cin})`,
          });
          expect(snippet.keras).toContain(
            `layers.SeparableConv2D(filters=${cout}, kernel_size=3, strides=${s},`,
          );
          expect(snippet.keras).toContain(`use_bias=${py})`);
          expect(snippet.keras.includes('ZeroPadding2D')).toBe(p > 0);
          expect(snippet.kerasShape).toBe(`(1, ${out}, ${out}, ${cout})`);
        },
      ),
    );
  });

  test("MobileNet's block: 112×112×32 → 64, 3×3, 'same'", () => {
    const snippet = separableSnippets({
      inChannels: 32,
      outChannels: 64,
      geometry: makeGeometry(112, 112, { kernelSize: 3, padding: 'same' }),
      paddingName: 'same',
    });
    expect(snippet.pytorch).toContain('padding=1, dilation=1, groups=32, bias=False)');
    expect(snippet.keras).toContain('padding="same"');
    expect(snippet.pytorchShape).toBe('torch.Size([1, 32, 112, 112])\ntorch.Size([1, 64, 112, 112])');
    expect(snippet.kerasShape).toBe('(1, 112, 112, 64)');
  });

  test("uneven 'same' padding is an F.pad before the depthwise stage", () => {
    const snippet = separableSnippets({
      inChannels: 4,
      outChannels: 8,
      geometry: makeGeometry(8, 8, { kernelSize: 2, padding: 'same' }),
      paddingName: 'same',
    });
    const code = snippet.pytorch;
    expect(code).toContain('import torch.nn.functional as F');
    expect(code.indexOf('x = F.pad(x, (0, 1, 0, 1))')).toBeLessThan(code.indexOf('x = depthwise(x)'));
    expect(snippet.pytorchShape).toBe('torch.Size([1, 4, 8, 8])\ntorch.Size([1, 8, 8, 8])');
  });
});
