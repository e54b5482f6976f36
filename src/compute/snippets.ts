/**
 * The same layer written for PyTorch and for Keras (TensorFlow), with the output shape each prints.
 * PyTorch is channel-first (N, C, H, W); Keras channel-last (N, H, W, C).
 */
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
}

export interface Snippets {
  pytorch: string;
  keras: string;
  pytorchShape: string;
  kerasShape: string;
}

const arg = (h: number, w: number): string => (h === w ? String(h) : `(${h}, ${w})`);

function torchPadding(d: LayerDescription): { text: string; prePad: string | null } {
  const { top, bottom, left, right } = d.geometry.padding;
  if (top === bottom && left === right) return { text: arg(top, left), prePad: null };
  // PyTorch layers pad both sides equally; uneven padding ('same' with an odd total) goes first.
  const fill = d.kind === 'max' ? ", value=float('-inf')" : '';
  return { text: '0', prePad: `x = F.pad(x, (${left}, ${right}, ${top}, ${bottom})${fill})` };
}

function pytorch(d: LayerDescription): string {
  const g = d.geometry;
  const pad = torchPadding(d);
  const k = arg(g.kernelHeight, g.kernelWidth);
  const s = arg(g.strideRow, g.strideCol);
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
    const dil = arg(g.dilationRow, g.dilationCol);
    lines.push(
      `layer = nn.Conv2d(in_channels=${d.inChannels}, out_channels=${d.outChannels}, kernel_size=${k},`,
      `                  stride=${s}, padding=${pad.text}, dilation=${dil}, bias=False)`,
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

function keras(d: LayerDescription): string {
  const g = d.geometry;
  const k = arg(g.kernelHeight, g.kernelWidth);
  const s = arg(g.strideRow, g.strideCol);
  const { top, bottom, left, right } = g.padding;
  const anyPadding = top + bottom + left + right > 0;
  // Keras names only 'valid' and 'same'; any other padding becomes an explicit ZeroPadding2D layer.
  const named = d.paddingName ?? (anyPadding ? null : 'valid');
  const inChannels = d.convBefore ? 1 : d.inChannels;
  const height = g.inputHeight + (d.convBefore ? 2 : 0);
  const width = g.inputWidth + (d.convBefore ? 2 : 0);
  const lines = ['import tensorflow as tf', 'from tensorflow.keras import layers', ''];
  lines.push(`x = tf.random.normal((1, ${height}, ${width}, ${inChannels}))  # (N, H, W, C)`);
  if (d.convBefore) lines.push('x = layers.Conv2D(1, 3, use_bias=False)(x)  # the 3×3 convolution first');
  if (!named) {
    lines.push(`x = layers.ZeroPadding2D(padding=((${top}, ${bottom}), (${left}, ${right})))(x)`);
    if (d.kind === 'max')
      lines.push(
        '# (Keras pads with zeros, PyTorch max pooling with −∞: they differ only where values are negative)',
      );
  }
  const padding = named ?? 'valid';
  if (d.kind === 'conv') {
    const dil = arg(g.dilationRow, g.dilationCol);
    if ((g.strideRow > 1 || g.strideCol > 1) && (g.dilationRow > 1 || g.dilationCol > 1)) {
      lines.push('# Keras refuses stride > 1 together with dilation > 1; PyTorch allows it.');
    }
    lines.push(
      `layer = layers.Conv2D(filters=${d.outChannels}, kernel_size=${k}, strides=${s}, padding="${padding}",`,
      `                      dilation_rate=${dil}, use_bias=False${d.relu ? ', activation="relu"' : ''})`,
    );
  } else {
    const name = d.kind === 'max' ? 'MaxPooling2D' : 'AveragePooling2D';
    lines.push(`layer = layers.${name}(pool_size=${k}, strides=${s}, padding="${padding}")`);
  }
  lines.push('print(layer(x).shape)');
  return lines.join('\n');
}

export function layerSnippets(d: LayerDescription): Snippets {
  const g = d.geometry;
  const channels = d.kind === 'conv' ? d.outChannels : d.convBefore ? 1 : d.inChannels;
  return {
    pytorch: pytorch(d),
    keras: keras(d),
    pytorchShape: `torch.Size([1, ${channels}, ${g.outHeight}, ${g.outWidth}])`,
    kerasShape: `(1, ${g.outHeight}, ${g.outWidth}, ${channels})`,
  };
}
