/**
 * What a conv layer costs. Weights: kH·kW·(C_in/groups)·C_out, plus C_out biases when asked for.
 * Multiply-adds: one per weight per output position, outH·outW·kH·kW·(C_in/groups)·C_out.
 * Bias additions (outH·outW·C_out) are not multiply-adds and are not counted, as in the MobileNet
 * paper's figures; the biases themselves are counted as parameters.
 */
import { makeGeometry } from './geometry';
import { checkGroups } from './groups';
import type { PaddingOption, Pair } from './types';
import { positiveIntPair } from './validate';

export interface CostLayer {
  inputSize: Pair;
  inChannels: number;
  outChannels: number;
  kernelSize: Pair;
  stride?: Pair;
  padding?: PaddingOption;
  dilation?: Pair;
  bias?: boolean;
  /** PyTorch's groups (default 1); must divide both channel counts. */
  groups?: number;
}

export interface LayerCost {
  weights: number;
  biases: number;
  multiplyAdds: number;
  outputSize: [number, number];
}

export function layerCost(layer: CostLayer): LayerCost {
  const [h, w] = positiveIntPair(layer.inputSize, 'Input size');
  const [cin] = positiveIntPair(layer.inChannels, 'Input channels');
  const [cout] = positiveIntPair(layer.outChannels, 'Output channels');
  const groups = checkGroups(layer.groups, cin, cout);
  const g = makeGeometry(h, w, {
    kernelSize: layer.kernelSize,
    ...(layer.stride !== undefined && { stride: layer.stride }),
    ...(layer.padding !== undefined && { padding: layer.padding }),
    ...(layer.dilation !== undefined && { dilation: layer.dilation }),
  });
  const weights = g.kernelHeight * g.kernelWidth * (cin / groups) * cout;
  return {
    weights,
    biases: layer.bias ? cout : 0,
    multiplyAdds: g.outHeight * g.outWidth * weights,
    outputSize: [g.outHeight, g.outWidth],
  };
}

/** A chain of conv layers, each reading the previous one's output; returns each layer and the total. */
export function stackCost(
  inputSize: Pair,
  inChannels: number,
  layers: Omit<CostLayer, 'inputSize' | 'inChannels'>[],
): { layers: LayerCost[]; total: { weights: number; biases: number; multiplyAdds: number } } {
  let size: Pair = inputSize;
  let channels = inChannels;
  const costs = layers.map((layer) => {
    const cost = layerCost({ ...layer, inputSize: size, inChannels: channels });
    size = cost.outputSize;
    channels = layer.outChannels;
    return cost;
  });
  const total = costs.reduce(
    (sum, c) => ({
      weights: sum.weights + c.weights,
      biases: sum.biases + c.biases,
      multiplyAdds: sum.multiplyAdds + c.multiplyAdds,
    }),
    { weights: 0, biases: 0, multiplyAdds: 0 },
  );
  return { layers: costs, total };
}
