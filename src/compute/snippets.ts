/**
 * The same layer written for PyTorch and for Keras (TensorFlow), with the output shape each prints.
 * PyTorch is channel-first (N, C, H, W); Keras channel-last (N, H, W, C).
 */
import {
  dilationArg,
  kernelArg,
  kerasPadding,
  kerasShape,
  kerasStrideDilationNote,
  pythonBool,
  strideArg,
  torchPadding,
  torchShape,
} from './snippetParts';
import type { Geometry } from './types';

export interface LayerDescription {
  kind: 'conv' | 'max' | 'avg';
  inChannels: number;
  outChannels: number;
  /** Resolved geometry: sizes, stride, dilation and per-side padding. */
  geometry: Geometry;
  /** The padding the user chose by name, if any. */
  paddingName: 'valid' | 'same' | null;
  /** The classic pipeline: a 3×3 conv (1 → 1 channel) before the pooling layer. */
  convBefore: boolean;
  /** A ReLU after the convolution (ignored for pooling). */
  relu?: boolean;
  /** Conv only: PyTorch's groups. When given, PyTorch's line spells it out (even 1). */
  groups?: number;
  /** Conv only: one bias per filter (default none). */
  bias?: boolean;
}

export interface Snippets {
  pytorch: string;
  keras: string;
  pytorchShape: string;
  kerasShape: string;
}

function pytorch(d: LayerDescription): string {
  const g = d.geometry;
  const pad = torchPadding(g, d.kind === 'max' ? '-inf' : 'zero');
  const k = kernelArg(g);
  const s = strideArg(g);
  const lines = [
    'import torch',
    'from torch import nn',
    ...(pad.prePad ? ['import torch.nn.functional as F'] : []),
    '',
  ];
  const inChannels = d.convBefore ? 1 : d.inChannels;
  const height = g.inputHeight + (d.convBefore ? 2 : 0);
  const width = g.inputWidth + (d.convBefore ? 2 : 0);
  lines.push(`x = torch.randn(1, ${inChannels}, ${height}, ${width})  # (N, C, H, W)`);
  if (d.convBefore)
    lines.push('x = nn.Conv2d(1, 1, kernel_size=3, bias=False)(x)  # the 3×3 convolution first');
  if (pad.prePad) lines.push(pad.prePad);
  if (d.kind === 'conv') {
    const groups = d.groups === undefined ? '' : `groups=${d.groups}, `;
    lines.push(
      `layer = nn.Conv2d(in_channels=${d.inChannels}, out_channels=${d.outChannels}, kernel_size=${k},`,
      `                  stride=${s}, padding=${pad.text}, dilation=${dilationArg(g)}, ${groups}bias=${pythonBool(d.bias ?? false)})`,
    );
    if (d.relu) lines.push('layer = nn.Sequential(layer, nn.ReLU())  # ReLU after the convolution');
  } else if (d.kind === 'max') {
    lines.push(`layer = nn.MaxPool2d(kernel_size=${k}, stride=${s}, padding=${pad.text})`);
  } else {
    lines.push(
      `layer = nn.AvgPool2d(kernel_size=${k}, stride=${s}, padding=${pad.text})  # counts padding in the mean`,
    );
  }
  lines.push('print(layer(x).shape)');
  return lines.join('\n');
}

/**
 * Keras has one layer per kind of grouping: Conv2D for groups = 1, DepthwiseConv2D for groups = C_in
 * (C_out = m·C_in becomes depth_multiplier=m), and Conv2D(groups=g) for anything in between.
 */
function kerasConv(d: LayerDescription, padding: string): string[] {
  const g = d.geometry;
  const common = `kernel_size=${kernelArg(g)}, strides=${strideArg(g)}, padding="${padding}",`;
  const activation = d.relu ? ', activation="relu"' : '';
  const tail = `dilation_rate=${dilationArg(g)}, use_bias=${pythonBool(d.bias ?? false)}${activation}`;
  const groups = d.groups ?? 1;
  if (groups > 1 && groups === d.inChannels) {
    return [
      `layer = layers.DepthwiseConv2D(${common}`,
      `                               depth_multiplier=${d.outChannels / d.inChannels}, ${tail})`,
    ];
  }
  return [
    ...(groups > 1
      ? ['# Grouped Conv2D may need a GPU: TensorFlow long had no CPU kernel for it (tensorflow#29005).']
      : []),
    `layer = layers.Conv2D(filters=${d.outChannels}, ${common}`,
    `                      ${groups > 1 ? `groups=${groups}, ` : ''}${tail})`,
  ];
}

function keras(d: LayerDescription): string {
  const g = d.geometry;
  const pad = kerasPadding(g, d.paddingName);
  const inChannels = d.convBefore ? 1 : d.inChannels;
  const height = g.inputHeight + (d.convBefore ? 2 : 0);
  const width = g.inputWidth + (d.convBefore ? 2 : 0);
  const lines = ['import tensorflow as tf', 'from tensorflow.keras import layers', ''];
  lines.push(`x = tf.random.normal((1, ${height}, ${width}, ${inChannels}))  # (N, H, W, C)`);
  if (d.convBefore) lines.push('x = layers.Conv2D(1, 3, use_bias=False)(x)  # the 3×3 convolution first');
  if (pad.prePad) {
    lines.push(pad.prePad);
    if (d.kind === 'max')
      lines.push(
        '# (Keras pads with zeros, PyTorch max pooling with −∞: they differ only where values are negative)',
      );
  }
  if (d.kind === 'conv') {
    lines.push(...kerasStrideDilationNote(g), ...kerasConv(d, pad.name));
  } else {
    const name = d.kind === 'max' ? 'MaxPooling2D' : 'AveragePooling2D';
    lines.push(
      `layer = layers.${name}(pool_size=${kernelArg(g)}, strides=${strideArg(g)}, padding="${pad.name}")`,
    );
  }
  lines.push('print(layer(x).shape)');
  return lines.join('\n');
}

export function layerSnippets(d: LayerDescription): Snippets {
  const channels = d.kind === 'conv' ? d.outChannels : d.convBefore ? 1 : d.inChannels;
  return {
    pytorch: pytorch(d),
    keras: keras(d),
    pytorchShape: torchShape(channels, d.geometry),
    kerasShape: kerasShape(channels, d.geometry),
  };
}
