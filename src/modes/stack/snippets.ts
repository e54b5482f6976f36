/**
 * "Same in code" for the stack: the whole network as nn.Sequential and as a Keras Sequential model.
 * Keras has no numeric padding, so a padded layer is ZeroPadding2D then a "valid" layer, and a
 * transposed layer's padding is a Cropping2D of its output (what PyTorch's padding does there).
 */
import type { Snippets } from '../../compute';
import type { Config } from '../types';
import type { Operation } from '../operation';
import { asStack } from './operation';

function torchLayers(c: Config): string[] {
  let channels = c.layers.inputChannels;
  return c.layers.layers.map((l) => {
    const cin = channels;
    if (l.kind === 'pool') return `nn.MaxPool2d(kernel_size=${l.kernelSize}, stride=${l.stride}),`;
    channels = l.channels;
    if (l.kind === 'transposed')
      return `nn.ConvTranspose2d(${cin}, ${l.channels}, kernel_size=${l.kernelSize}, stride=${l.stride}, padding=${l.padding}, output_padding=${l.outputPadding}),`;
    return `nn.Conv2d(${cin}, ${l.channels}, kernel_size=${l.kernelSize}, stride=${l.stride}, padding=${l.padding}, dilation=${l.dilation}),`;
  });
}

function kerasLayers(c: Config): string[] {
  const lines: string[] = [];
  for (const l of c.layers.layers) {
    if (l.kind === 'pool') {
      lines.push(`layers.MaxPooling2D(pool_size=${l.kernelSize}, strides=${l.stride}),`);
    } else if (l.kind === 'transposed') {
      lines.push(
        `layers.Conv2DTranspose(${l.channels}, ${l.kernelSize}, strides=${l.stride}, padding="valid"${l.outputPadding ? `, output_padding=${l.outputPadding}` : ''}),`,
      );
      if (l.padding) lines.push(`layers.Cropping2D(${l.padding}),`);
    } else {
      if (l.padding) lines.push(`layers.ZeroPadding2D(${l.padding}),`);
      if (l.stride > 1 && l.dilation > 1)
        lines.push('# Keras refuses stride > 1 with dilation > 1 in one Conv2D');
      lines.push(
        `layers.Conv2D(${l.channels}, ${l.kernelSize}, strides=${l.stride}, dilation_rate=${l.dilation}),`,
      );
    }
  }
  return lines;
}

export function snippets(c: Config, op: Operation): Snippets {
  const s = asStack(op);
  const n = c.layers.inputSize;
  const out = s.sizes[s.sizes.length - 1]!;
  const channels = c.layers.layers.reduce(
    (ch, l) => (l.kind === 'pool' ? ch : l.channels),
    c.layers.inputChannels,
  );
  const indent = (lines: string[]) => lines.map((line) => `    ${line}`);
  return {
    pytorch: [
      'import torch',
      'from torch import nn',
      '',
      'net = nn.Sequential(',
      ...indent(torchLayers(c)),
      ')',
      `x = torch.randn(1, ${c.layers.inputChannels}, ${n}, ${n})  # (N, C, H, W)`,
      'print(net(x).shape)',
    ].join('\n'),
    keras: [
      'import tensorflow as tf',
      'from tensorflow.keras import layers',
      '',
      'net = tf.keras.Sequential([',
      ...indent(kerasLayers(c)),
      '])',
      `x = tf.random.normal((1, ${n}, ${n}, ${c.layers.inputChannels}))  # (N, H, W, C)`,
      'print(net(x).shape)',
    ].join('\n'),
    pytorchShape: `torch.Size([1, ${channels}, ${out}, ${out}])`,
    kerasShape: `(1, ${out}, ${out}, ${channels})`,
  };
}
