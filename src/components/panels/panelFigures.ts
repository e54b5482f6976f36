/**
 * The fixed worked examples the mode panels show. Every number is asked of the compute module, so the
 * prose and the diagrams cannot drift from the maths; the components only lay these figures out.
 */
import {
  effectiveKernelSize,
  fieldRect,
  layerCost,
  receptiveField,
  stackCost,
  type FieldLayer,
  type InputRect,
  type LayerCost,
} from '../../compute';
import { PIPELINE_CONV_KERNEL, PIPELINE_IMAGE_SIZE, PIPELINE_PRESET } from '../../state/config';

/** Receptive-field strip: three 3×3 layers on a 32×32 map, large enough that no field is clipped. */
export const STRIP_KERNEL = 3;
export const STRIP_INPUT_SIZE = 32;
export const PLAIN_RATES: readonly number[] = [1, 1, 1];
/** Doubling rates, as in Yu & Koltun's context module. */
export const DILATED_RATES: readonly number[] = [1, 2, 4];

export interface FieldStack {
  rates: number[];
  /** Receptive field side after each layer. */
  fields: number[];
  /** Feature-map side after the last layer (padding = rate keeps it at the input's). */
  outputSize: number;
  /** Weights of each layer and of the whole stack, one channel in and out. */
  layerWeights: number[];
  weights: number;
}

export function fieldStack(
  rates: readonly number[],
  kernelSize = STRIP_KERNEL,
  inputSize = STRIP_INPUT_SIZE,
): FieldStack {
  // Padding = rate keeps a 3×3 layer's output the size of its input, so only the field grows.
  const layers: FieldLayer[] = rates.map((d) => ({ kind: 'conv', kernelSize, padding: d, dilation: d }));
  const fields = receptiveField(layers, inputSize);
  const cost = stackCost(
    inputSize,
    1,
    rates.map((d) => ({ kernelSize, padding: d, dilation: d, outChannels: 1 })),
  );
  return {
    rates: [...rates],
    fields: fields.map((f) => f.size[0]),
    outputSize: fields.at(-1)?.outputSize[0] ?? inputSize,
    layerWeights: cost.layers.map((l) => l.weights),
    weights: cost.total.weights,
  };
}

/** Along one axis of a dilated kernel's field: true where a tap reads, false where a cell is skipped. */
export function tapLine(kernelSize: number, dilation: number): boolean[] {
  const span = effectiveKernelSize(kernelSize, dilation);
  return Array.from({ length: span }, (_, i) => i % dilation === 0);
}

/**
 * The 5×5 branch of GoogLeNet's first Inception module (3a): a 28×28×192 volume reduced to 32
 * channels, directly or through a 16-channel 1×1 bottleneck (Szegedy et al., 2014, table 1).
 */
export const INCEPTION_EXAMPLE = {
  inputSize: 28,
  inChannels: 192,
  outChannels: 32,
  bottleneck: 16,
  kernelSize: 5,
} as const;

export interface CostRow {
  id: 'direct' | 'pointwise' | 'bottleneck';
  weights: number;
  multiplyAdds: number;
  layers: LayerCost[];
}

export function inceptionCosts(): CostRow[] {
  const { inputSize, inChannels, outChannels, bottleneck, kernelSize } = INCEPTION_EXAMPLE;
  const direct = layerCost({ inputSize, inChannels, outChannels, kernelSize, padding: 'same' });
  const pointwise = layerCost({ inputSize, inChannels, outChannels, kernelSize: 1 });
  const reduced = stackCost(inputSize, inChannels, [
    { outChannels: bottleneck, kernelSize: 1 },
    { outChannels, kernelSize, padding: 'same' },
  ]);
  return [
    { id: 'direct', weights: direct.weights, multiplyAdds: direct.multiplyAdds, layers: [direct] },
    {
      id: 'pointwise',
      weights: pointwise.weights,
      multiplyAdds: pointwise.multiplyAdds,
      layers: [pointwise],
    },
    { id: 'bottleneck', ...reduced.total, layers: reduced.layers },
  ];
}

/** "25×" when the ratio is whole, else "about 10×": students compare orders, not decimals. */
export function formatRatio(larger: number, smaller: number): string {
  const ratio = larger / smaller;
  const rounded = Math.round(ratio);
  return Math.abs(ratio - rounded) < 1e-9 ? `${rounded}×` : `about ${rounded}×`;
}

/** The classic pipeline: 11×11 image → conv 3×3 → 9×9 → max pool 3×3, stride 3 → 3×3. */
export interface PipelineFigure {
  imageSize: number;
  convKernel: number;
  poolWindow: number;
  poolStride: number;
  convOut: number;
  poolOut: number;
  /** Side of one final cell's receptive field in the image. */
  fieldSize: number;
  /** Image offset between neighbouring final cells' fields. */
  jump: number;
  /** Top (= left) image index of each final row's (column's) field. */
  offsets: number[];
  /** Cells shared by neighbouring fields at each seam. */
  overlap: number;
  /** rects[row][col]: the image rectangle final cell (row, col) sees. */
  rects: InputRect[][];
  /** Whether the nine fields together cover every image cell. */
  coversImage: boolean;
}

const POOL_WINDOW = PIPELINE_PRESET.k?.[0] ?? 3;

export function pipelineFigure(): PipelineFigure {
  const n = PIPELINE_IMAGE_SIZE;
  const [conv, pool] = receptiveField(
    [
      { kind: 'conv', kernelSize: PIPELINE_CONV_KERNEL },
      { kind: 'pool', kernelSize: POOL_WINDOW },
    ],
    n,
  );
  if (!conv || !pool) throw new Error('The pipeline has two layers.');
  const out = pool.outputSize[0];
  const rects = Array.from({ length: out }, (_, row) =>
    Array.from({ length: pool.outputSize[1] }, (_, col) => fieldRect(pool, row, col, n).clipped),
  );
  // Coverage is checked, not assumed: the claim "together they cover the image" is shown only if true.
  const covered = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  for (const r of rects.flat()) {
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) covered[row]![col] = true;
  }
  return {
    imageSize: n,
    convKernel: PIPELINE_CONV_KERNEL,
    poolWindow: POOL_WINDOW,
    poolStride: pool.jump[0] / conv.jump[0],
    convOut: conv.outputSize[0],
    poolOut: out,
    fieldSize: pool.size[0],
    jump: pool.jump[0],
    offsets: rects.map((row) => row[0]!.top),
    overlap: pool.size[0] - pool.jump[0],
    rects,
    coversImage: covered.every((row) => row.every(Boolean)),
  };
}
