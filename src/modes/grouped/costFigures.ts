/**
 * The rows of the cost comparison: standard, grouped, depthwise, pointwise and depthwise-separable
 * convolution for one shape, every figure from the compute module's convFamilyCost. Two shapes: the
 * view's own, and MobileNet's worked example (Howard et al., "MobileNets", 2017, §3.1).
 */
import { convFamilyCost, validGroups, type CostLayer, type LayerCost } from '../../compute';
import type { Config } from '../types';

/** 112×112×32 → 64 channels, 3×3, stride 1, same padding, no bias; groups = 4 for the grouped row. */
export const MOBILENET_EXAMPLE = {
  inputSize: 112,
  inChannels: 32,
  outChannels: 64,
  kernelSize: 3,
  stride: 1,
  padding: 'same',
  bias: false,
  groups: 4,
} as const satisfies CostLayer;

export type CostRowId = 'standard' | 'grouped' | 'depthwise' | 'pointwise' | 'separable';

export interface CostRow {
  id: CostRowId;
  name: string;
  detail: string;
  cost: LayerCost;
  /** Weights plus biases. */
  parameters: number;
}

export interface CostTable {
  rows: CostRow[];
  /** Separable multiply-adds ÷ standard ones; 1/C_out + 1/(kH·kW) at stride 1 with same padding. */
  separableRatio: number;
  /** That formula's value, to set beside the measured ratio. */
  formulaRatio: number;
}

const size = (p: number | readonly [number, number]) => (typeof p === 'number' ? [p, p] : p);

export function costTable(layer: CostLayer): CostTable {
  const family = convFamilyCost(layer);
  const [kh, kw] = size(layer.kernelSize);
  const cin = layer.inChannels;
  const cout = layer.outChannels;
  const groups = layer.groups ?? 1;
  const row = (id: CostRowId, name: string, detail: string, cost: LayerCost): CostRow => ({
    id,
    name,
    detail,
    cost,
    parameters: cost.weights + cost.biases,
  });
  const rows = [
    row('standard', 'Standard', `${kh}×${kw}, ${cin} → ${cout}, groups = 1`, family.standard),
    ...(layer.groups !== undefined
      ? [
          row(
            'grouped',
            `Grouped (groups = ${groups})`,
            `each filter reads ${cin / groups} of ${cin} channels`,
            family.grouped,
          ),
        ]
      : []),
    row('depthwise', 'Depthwise', `${kh}×${kw}, ${cin} → ${cin}, groups = ${cin}`, family.depthwise),
    row('pointwise', 'Pointwise', `1×1, ${cin} → ${cout}`, family.pointwise),
    row('separable', 'Depthwise-separable', 'depthwise, then pointwise', family.separable),
  ];
  return {
    rows,
    separableRatio: family.separableRatio,
    formulaRatio: 1 / cout + 1 / (kh * kw),
  };
}

/** The view's own shape; the grouped row uses its groups (absent in the separable preset, or if they do not fit). */
export function viewCostLayer(c: Config): CostLayer {
  const fits = !c.separable && validGroups(c.cin, c.cout).includes(c.groups);
  return {
    inputSize: c.size,
    inChannels: c.cin,
    outChannels: c.cout,
    kernelSize: c.k,
    stride: c.stride ?? 1,
    padding: c.pad,
    dilation: c.dilation,
    bias: c.bias,
    ...(fits && { groups: c.groups }),
  };
}
