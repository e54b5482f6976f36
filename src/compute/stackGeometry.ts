/**
 * A small network as the stack view builds it: square feature maps through a chain of convolution,
 * max pooling and transposed convolution layers (PyTorch's semantics, one number per axis).
 *     conv, pool:  out = ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1
 *     transposed:  out = (n − 1)·s − 2p + (k − 1) + outputPadding + 1
 */
export type StackLayerKind = 'conv' | 'pool' | 'transposed';

export interface StackLayer {
  kind: StackLayerKind;
  kernelSize: number;
  stride: number;
  /** Pooling here has none. */
  padding: number;
  /** Convolution only; 1 elsewhere. */
  dilation: number;
  /** Transposed only; 0 elsewhere. */
  outputPadding: number;
  /** Output channels; a pool keeps its input's. */
  channels: number;
}

export interface LayerStack {
  inputSize: number;
  inputChannels: number;
  layers: StackLayer[];
}

/** The largest feature map the stack view draws, per side: bounds the work before it starts. */
export const MAX_STACK_SIDE = 64;

export const stackLayerName = (l: StackLayer): string =>
  l.kind === 'pool'
    ? `max pool ${l.kernelSize}×${l.kernelSize}`
    : `${l.kind === 'transposed' ? 'transposed conv' : 'conv'} ${l.kernelSize}×${l.kernelSize}`;

/** The side of each feature map, the input's first; throws, naming the layer, when one has no output. */
export function stackSizes(stack: LayerStack): number[] {
  const sizes = [stack.inputSize];
  stack.layers.forEach((l, i) => {
    const n = sizes[i]!;
    const name = `Layer ${i + 1} (${stackLayerName(l)})`;
    let out: number;
    if (l.kind === 'transposed') {
      if (l.outputPadding >= l.stride)
        throw new Error(
          `${name}: output padding ${l.outputPadding} must be smaller than the stride ${l.stride}, as PyTorch requires.`,
        );
      out = (n - 1) * l.stride - 2 * l.padding + l.kernelSize + l.outputPadding;
      if (out < 1)
        throw new Error(
          `${name} leaves no output: padding ${l.padding} crops away all it makes. Use less padding.`,
        );
    } else {
      const span = l.dilation * (l.kernelSize - 1) + 1;
      if (span > n + 2 * l.padding)
        throw new Error(
          `${name} leaves no output: its window spans ${span} cells but its padded input is only ${n + 2 * l.padding}. Use a smaller kernel, stride or dilation, more padding, or a larger input.`,
        );
      out = Math.floor((n + 2 * l.padding - span) / l.stride) + 1;
    }
    if (out > MAX_STACK_SIDE)
      throw new Error(
        `${name} would make a ${out}×${out} feature map; the stack view draws up to ${MAX_STACK_SIDE}×${MAX_STACK_SIDE}. Use a smaller stride or input.`,
      );
    sizes.push(out);
  });
  return sizes;
}
