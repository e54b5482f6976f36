/**
 * The depthwise-separable block in code: PyTorch writes its two stages as two Conv2d layers (a k×k
 * depthwise one with groups = C_in, then a 1×1 pointwise one); Keras has it as one layer,
 * SeparableConv2D. As in convFamilyCost, only the pointwise stage has a bias (a depthwise bias
 * would be absorbed by it), which is also how SeparableConv2D is built.
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
import type { Snippets } from './snippets';
import type { Geometry } from './types';

export interface SeparableDescription {
  inChannels: number;
  outChannels: number;
  /** The depthwise stage's geometry (it carries the kernel, stride, padding and dilation). */
  geometry: Geometry;
  paddingName: 'valid' | 'same' | null;
  /** One bias per output channel, on the pointwise stage (default none). */
  bias?: boolean;
}

/**
 * `pytorchShape` holds the two lines the PyTorch code prints (after each stage); `keras` prints
 * only the block's output. The stages' shapes are also given one by one.
 */
export interface SeparableSnippets extends Snippets {
  depthwiseShape: { pytorch: string; keras: string };
}

function pytorch(d: SeparableDescription): string {
  const g = d.geometry;
  const pad = torchPadding(g, 'zero');
  const c = d.inChannels;
  return [
    'import torch',
    'from torch import nn',
    ...(pad.prePad ? ['import torch.nn.functional as F'] : []),
    '',
    `x = torch.randn(1, ${c}, ${g.inputHeight}, ${g.inputWidth})  # (N, C, H, W)`,
    `depthwise = nn.Conv2d(in_channels=${c}, out_channels=${c}, kernel_size=${kernelArg(g)},`,
    `                      stride=${strideArg(g)}, padding=${pad.text}, dilation=${dilationArg(g)}, groups=${c}, bias=False)`,
    `pointwise = nn.Conv2d(in_channels=${c}, out_channels=${d.outChannels}, kernel_size=1, bias=${pythonBool(d.bias ?? false)})`,
    ...(pad.prePad ? [pad.prePad] : []),
    'x = depthwise(x)',
    'print(x.shape)',
    'x = pointwise(x)',
    'print(x.shape)',
  ].join('\n');
}

function keras(d: SeparableDescription): string {
  const g = d.geometry;
  const pad = kerasPadding(g, d.paddingName);
  return [
    'import tensorflow as tf',
    'from tensorflow.keras import layers',
    '',
    `x = tf.random.normal((1, ${g.inputHeight}, ${g.inputWidth}, ${d.inChannels}))  # (N, H, W, C)`,
    ...(pad.prePad ? [pad.prePad] : []),
    ...kerasStrideDilationNote(g),
    '# depthwise k×k (one filter per channel), then pointwise 1×1, in one layer',
    `layer = layers.SeparableConv2D(filters=${d.outChannels}, kernel_size=${kernelArg(g)}, strides=${strideArg(g)},`,
    `                               padding="${pad.name}", dilation_rate=${dilationArg(g)}, depth_multiplier=1,`,
    `                               use_bias=${pythonBool(d.bias ?? false)})`,
    'print(layer(x).shape)',
  ].join('\n');
}

export function separableSnippets(d: SeparableDescription): SeparableSnippets {
  const g = d.geometry;
  return {
    pytorch: pytorch(d),
    keras: keras(d),
    pytorchShape: `${torchShape(d.inChannels, g)}\n${torchShape(d.outChannels, g)}`,
    kerasShape: kerasShape(d.outChannels, g),
    depthwiseShape: { pytorch: torchShape(d.inChannels, g), keras: kerasShape(d.inChannels, g) },
  };
}
