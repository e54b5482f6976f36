/** Shapes and results shared by every compute function. Layouts follow PyTorch (channel-first). */

/** [channel][row][col] */
export type Tensor3 = number[][][];
/** [outChannel][inChannel][row][col] */
export type Tensor4 = number[][][][];
/** [height, width], or one number for both. */
export type Pair = number | [number, number];

/** Padding by name: `valid` is none; `same` keeps the output as large as the input at stride 1
 *  (TensorFlow's rule: when the total is odd the extra row/column goes bottom/right). */
export type PaddingName = 'valid' | 'same';
export type PaddingOption = Pair | PaddingName;

/** Padding resolved per side, in cells. */
export interface Padding4 {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ConvOptions {
  stride?: Pair;
  padding?: PaddingOption;
  dilation?: Pair;
  bias?: number[];
  /** PyTorch's groups (default 1): the weight is then [C_out][C_in / groups][kH][kW]. */
  groups?: number;
}

export interface PoolOptions {
  kernelSize: Pair;
  /** Defaults to kernelSize, as in PyTorch. */
  stride?: Pair;
  padding?: PaddingOption;
  dilation?: Pair;
}

export interface CellPosition {
  channel: number;
  row: number;
  col: number;
}

export interface WindowCell {
  /** Position in the input in unpadded coordinates: a padding cell lies outside [0, size). */
  channel: number;
  row: number;
  col: number;
  kernelRow: number;
  kernelCol: number;
  padded: boolean;
  /** The value read: 0 for conv padding, -Infinity for max-pool padding, 0 for avg-pool padding. */
  value: number;
  /** Conv only. */
  weight?: number;
  product?: number;
}

export interface ConvStep {
  index: number;
  out: CellPosition;
  window: WindowCell[];
  /** Sum of the window's products plus `bias`. */
  result: number;
  /** Sum of the window's products alone. */
  sum: number;
  /** The bias added to this step (0 when none). */
  bias: number;
}

export interface PoolStep {
  index: number;
  out: CellPosition;
  window: WindowCell[];
  result: number;
  /** The first tap, in window order, holding the maximum. */
  argmax: CellPosition;
}

export interface AvgPoolStep {
  index: number;
  out: CellPosition;
  window: WindowCell[];
  /** Sum of the window's values divided by `divisor`. */
  result: number;
  sum: number;
  /** Cells counted in the mean: the whole window, padding included (PyTorch's default). */
  divisor: number;
}

/**
 * Everything about where a kernel lands, for one spatial configuration. Built (and validated) once,
 * then used to look up windows without re-deriving the arithmetic.
 */
export interface Geometry {
  inputHeight: number;
  inputWidth: number;
  kernelHeight: number;
  kernelWidth: number;
  strideRow: number;
  strideCol: number;
  dilationRow: number;
  dilationCol: number;
  padding: Padding4;
  outHeight: number;
  outWidth: number;
}
