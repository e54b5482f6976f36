/**
 * What each layer of a stack costs, from layerCost for the convolutions. A transposed layer holds
 * k·k·C_in·C_out weights and does one multiply-add per weight per input cell (each input cell
 * stamps the whole kernel, PyTorch's ConvTranspose2d). Pooling has no weights and no multiply-adds.
 */
import { layerCost } from './cost';
import { stackSizes, type LayerStack } from './stackGeometry';

export interface StackLayerCost {
  weights: number;
  multiplyAdds: number;
}

export function stackLayerCosts(stack: LayerStack): StackLayerCost[] {
  const sizes = stackSizes(stack);
  let channels = stack.inputChannels;
  return stack.layers.map((l, i) => {
    const inChannels = channels;
    const n = sizes[i]!;
    if (l.kind !== 'pool') channels = l.channels;
    if (l.kind === 'pool') return { weights: 0, multiplyAdds: 0 };
    if (l.kind === 'transposed') {
      const weights = l.kernelSize * l.kernelSize * inChannels * l.channels;
      return { weights, multiplyAdds: n * n * weights };
    }
    const { weights, multiplyAdds } = layerCost({
      inputSize: n,
      inChannels,
      outChannels: l.channels,
      kernelSize: l.kernelSize,
      stride: l.stride,
      padding: l.padding,
      dilation: l.dilation,
    });
    return { weights, multiplyAdds };
  });
}
