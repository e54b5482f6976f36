/**
 * Pieces shared by the PyTorch and Keras snippets: how a size, a padding and a boolean are spelled.
 * PyTorch is channel-first (N, C, H, W); Keras channel-last (N, H, W, C).
 */
import type { Geometry } from './types';

/** One number when height and width agree, else a (height, width) tuple. */
export const arg = (h: number, w: number): string => (h === w ? String(h) : `(${h}, ${w})`);

export const pythonBool = (value: boolean): string => (value ? 'True' : 'False');

export const kernelArg = (g: Geometry): string => arg(g.kernelHeight, g.kernelWidth);
export const strideArg = (g: Geometry): string => arg(g.strideRow, g.strideCol);
export const dilationArg = (g: Geometry): string => arg(g.dilationRow, g.dilationCol);

/**
 * PyTorch layers pad both sides equally; uneven padding ('same' with an odd total) becomes an F.pad
 * line before the layer, with −∞ for max pooling so padding never wins.
 */
export function torchPadding(g: Geometry, fill: 'zero' | '-inf'): { text: string; prePad: string | null } {
  const { top, bottom, left, right } = g.padding;
  if (top === bottom && left === right) return { text: arg(top, left), prePad: null };
  const value = fill === '-inf' ? ", value=float('-inf')" : '';
  return { text: '0', prePad: `x = F.pad(x, (${left}, ${right}, ${top}, ${bottom})${value})` };
}

/**
 * Keras names only 'valid' and 'same'; any other padding becomes an explicit ZeroPadding2D layer
 * before a 'valid' layer.
 */
export function kerasPadding(
  g: Geometry,
  paddingName: 'valid' | 'same' | null,
): { name: 'valid' | 'same'; prePad: string | null } {
  const { top, bottom, left, right } = g.padding;
  const anyPadding = top + bottom + left + right > 0;
  const named = paddingName ?? (anyPadding ? null : 'valid');
  if (named) return { name: named, prePad: null };
  return {
    name: 'valid',
    prePad: `x = layers.ZeroPadding2D(padding=((${top}, ${bottom}), (${left}, ${right})))(x)`,
  };
}

export function kerasStrideDilationNote(g: Geometry): string[] {
  return (g.strideRow > 1 || g.strideCol > 1) && (g.dilationRow > 1 || g.dilationCol > 1)
    ? ['# Keras refuses stride > 1 together with dilation > 1; PyTorch allows it.']
    : [];
}

export const torchShape = (channels: number, g: Geometry): string =>
  `torch.Size([1, ${channels}, ${g.outHeight}, ${g.outWidth}])`;

export const kerasShape = (channels: number, g: Geometry): string =>
  `(1, ${g.outHeight}, ${g.outWidth}, ${channels})`;
