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
        throw new Error(`${name}: output padding must be smaller than the stride (PyTorch's rule).`);
      out = (n - 1) * l.stride - 2 * l.padding + l.kernelSize + l.outputPadding;
      if (out < 1) throw new Error(`${name} leaves no output: its padding crops all of it.`);
    } else {
      const span = l.dilation * (l.kernelSize - 1) + 1;
      const padded = n + 2 * l.padding;
      if (span > padded)
        throw new Error(
          `${name} leaves no output: its ${span}-cell window is wider than its padded input (${padded}).`,
        );
      out = Math.floor((padded - span) / l.stride) + 1;
    }
    if (out > MAX_STACK_SIDE)
      throw new Error(
        `${name} makes ${out}×${out}; the stack view draws up to ${MAX_STACK_SIDE}×${MAX_STACK_SIDE}.`,
      );
    sizes.push(out);
  });
  return sizes;
}
