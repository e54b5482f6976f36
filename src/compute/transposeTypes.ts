/**
 * Shapes of the transposed convolution (contract §1.2, PyTorch's conv_transpose2d). Kept apart from
 * types.ts so the ordinary convolution's types read on their own.
 */
import type { Pair } from './types';

export interface ConvTransposeOptions {
  stride?: Pair;
  padding?: Pair;
  /** Extra rows/columns at the bottom/right; smaller than the stride or the dilation. */
  outputPadding?: Pair;
  dilation?: Pair;
  groups?: number;
  bias?: number[];
}

/** One output cell an input value is stamped onto. */
export interface ScatterTarget {
  /** Output position written; may lie in the border cut off by padding. */
  channel: number;
  row: number;
  col: number;
  kernelRow: number;
  kernelCol: number;
  weight: number;
  /** Input value · weight. */
  product: number;
  /** True when the position is outside the output (cut by padding). */
  cropped: boolean;
}

/** One step of the scatter view: one input value spread over the output by the kernel. */
export interface ScatterStep {
  index: number;
  in: { channel: number; row: number; col: number; value: number };
  /** Ordered by output channel, kernel row, kernel column. */
  targets: ScatterTarget[];
}

/**
 * Everything about where the stamps land, for one configuration. Two frames of reference:
 * the output (outHeight × outWidth) and the full, uncropped stamp canvas (fullHeight × fullWidth),
 * the output before padding crops padRow rows off the top and bottom; canvas row r is output row
 * r − padRow (likewise columns).
 */
export interface TransposeGeometry {
  inChannels: number;
  outChannels: number;
  groups: number;
  inputHeight: number;
  inputWidth: number;
  kernelHeight: number;
  kernelWidth: number;
  strideRow: number;
  strideCol: number;
  padRow: number;
  padCol: number;
  dilationRow: number;
  dilationCol: number;
  outPadRow: number;
  outPadCol: number;
  outHeight: number;
  outWidth: number;
  /** (n − 1)·s + d·(k − 1) + 1 + outputPadding: outHeight + 2·padRow. */
  fullHeight: number;
  fullWidth: number;
}

/** A validated configuration with its values: what every step-on-demand function takes. */
export interface ConvTransposePlan {
  geometry: TransposeGeometry;
  /** One per output channel (zeros when none was given). */
  bias: number[];
}

/** Sizes and options without the tensors: enough for geometry, overlap maps and shape maths. */
export interface TransposeSpec {
  inChannels: number;
  outChannels: number;
  inputSize: Pair;
  kernelSize: Pair;
  stride?: Pair;
  padding?: Pair;
  outputPadding?: Pair;
  dilation?: Pair;
  groups?: number;
}
