/**
 * The transposed convolution written for PyTorch (nn.ConvTranspose2d) and Keras (Conv2DTranspose),
 * with the shape each prints. Keras pads a transposed output only by name ('valid'/'same'), so
 * PyTorch's padding p, which crops p cells off each side, becomes 'valid' followed by Cropping2D.
 * Keras is always given output_padding: without it, 'valid' computes n·s + max(k − s, 0), which is not
 * PyTorch's (n − 1)·s + d·(k − 1) + 1 when the (dilated) kernel is smaller than the stride.
 */
import type { Snippets } from './snippets';
import type { TransposeGeometry } from './transposeTypes';

export interface TransposeLayerDescription {
  geometry: TransposeGeometry;
  /** Whether the layer adds a bias per output channel. */
  bias: boolean;
}

const arg = (h: number, w: number): string => (h === w ? String(h) : `(${h}, ${w})`);
const pythonBool = (b: boolean): string => (b ? 'True' : 'False');

function pytorch({ geometry: g, bias }: TransposeLayerDescription): string {
  return [
    'import torch',
    'from torch import nn',
    '',
    `x = torch.randn(1, ${g.inChannels}, ${g.inputHeight}, ${g.inputWidth})  # (N, C, H, W): the small input`,
    `layer = nn.ConvTranspose2d(in_channels=${g.inChannels}, out_channels=${g.outChannels}, kernel_size=${arg(g.kernelHeight, g.kernelWidth)},`,
    `                           stride=${arg(g.strideRow, g.strideCol)}, padding=${arg(g.padRow, g.padCol)}, output_padding=${arg(g.outPadRow, g.outPadCol)},`,
    `                           groups=${g.groups}, bias=${pythonBool(bias)}, dilation=${arg(g.dilationRow, g.dilationCol)})`,
    'print(layer(x).shape)  # the large output',
  ].join('\n');
}

/** What Keras refuses that PyTorch allows, said in the snippet rather than hidden. */
function kerasCaveats(g: TransposeGeometry): string[] {
  const notes: string[] = [];
  if (g.groups > 1) {
    notes.push(
      `# Keras's Conv2DTranspose has no groups: this layer mixes all ${g.inChannels} input channels (PyTorch: groups=${g.groups}).`,
    );
  }
  if (g.outPadRow >= g.strideRow || g.outPadCol >= g.strideCol) {
    notes.push(
      '# Keras wants output_padding smaller than the stride; PyTorch also allows smaller than the dilation.',
    );
  }
  if ((g.strideRow > 1 || g.strideCol > 1) && (g.dilationRow > 1 || g.dilationCol > 1)) {
    notes.push(
      '# Keras (TensorFlow) refuses strides > 1 together with dilation_rate > 1; PyTorch allows it.',
    );
  }
  return notes;
}

function keras({ geometry: g, bias }: TransposeLayerDescription): string {
  const crops = g.padRow + g.padCol > 0;
  const lines = [
    'import tensorflow as tf',
    'from tensorflow.keras import layers',
    '',
    `x = tf.random.normal((1, ${g.inputHeight}, ${g.inputWidth}, ${g.inChannels}))  # (N, H, W, C): the small input`,
    ...kerasCaveats(g),
    `layer = layers.Conv2DTranspose(filters=${g.outChannels}, kernel_size=${arg(g.kernelHeight, g.kernelWidth)}, strides=${arg(g.strideRow, g.strideCol)}, padding="valid",`,
    `                               output_padding=${arg(g.outPadRow, g.outPadCol)}, dilation_rate=${arg(g.dilationRow, g.dilationCol)}, use_bias=${pythonBool(bias)})`,
  ];
  if (crops) {
    lines.push(
      'x = layer(x)',
      `x = layers.Cropping2D(cropping=((${g.padRow}, ${g.padRow}), (${g.padCol}, ${g.padCol})))(x)  # PyTorch's padding crops the output`,
      'print(x.shape)  # the large output',
    );
  } else {
    lines.push('print(layer(x).shape)  # the large output');
  }
  return lines.join('\n');
}

export function transposeSnippets(d: TransposeLayerDescription): Snippets {
  const g = d.geometry;
  return {
    pytorch: pytorch(d),
    keras: keras(d),
    pytorchShape: `torch.Size([1, ${g.outChannels}, ${g.outHeight}, ${g.outWidth}])`,
    kerasShape: `(1, ${g.outHeight}, ${g.outWidth}, ${g.outChannels})`,
  };
}
