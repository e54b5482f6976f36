/**
 * Standard, grouped, depthwise and depthwise-separable convolution side by side, for one shape
 * (Howard et al., "MobileNets", 2017, §3.1). The separable block is a k×k depthwise convolution
 * (groups = C_in, one filter per channel, carrying the stride) and then a 1×1 pointwise convolution
 * C_in → C_out; at stride 1 with 'same' padding its multiply-adds are 1/C_out + 1/(kH·kW) of the
 * standard convolution's.
 *
 * Bias: the depthwise stage has none. The pointwise stage is linear, so a depthwise bias would only
 * add a constant that the pointwise bias already provides; Keras's SeparableConv2D has one bias
 * vector for the same reason. So with `bias` the separable block counts C_out biases, as the
 * standard and grouped convolutions do.
 */
import { layerCost, type CostLayer, type LayerCost } from './cost';

export interface FamilyCost {
  standard: LayerCost;
  grouped: LayerCost;
  /** The separable block's first stage: k×k, groups = C_in, C_in → C_in, no bias. */
  depthwise: LayerCost;
  /** The separable block's second stage: 1×1, C_in → C_out, on the depthwise output. */
  pointwise: LayerCost;
  /** Depthwise then pointwise: each figure the sum of the two stages. */
  separable: LayerCost;
  /** separable.multiplyAdds / standard.multiplyAdds. */
  separableRatio: number;
}

/** The five rows for one shape; `layer.groups` chooses the grouped row (the others ignore it). */
export function convFamilyCost(layer: CostLayer): FamilyCost {
  const { groups, ...plain } = layer;
  const standard = layerCost({ ...plain, groups: 1 });
  const grouped = layerCost({ ...plain, ...(groups !== undefined && { groups }) });
  const depthwise = layerCost({
    ...plain,
    outChannels: layer.inChannels,
    groups: layer.inChannels,
    bias: false,
  });
  const pointwise = layerCost({
    inputSize: depthwise.outputSize,
    inChannels: layer.inChannels,
    outChannels: layer.outChannels,
    kernelSize: 1,
    bias: layer.bias ?? false,
  });
  const separable: LayerCost = {
    weights: depthwise.weights + pointwise.weights,
    biases: depthwise.biases + pointwise.biases,
    multiplyAdds: depthwise.multiplyAdds + pointwise.multiplyAdds,
    outputSize: pointwise.outputSize,
  };
  return {
    standard,
    grouped,
    depthwise,
    pointwise,
    separable,
    separableRatio: separable.multiplyAdds / standard.multiplyAdds,
  };
}
