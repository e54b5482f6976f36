/** The user-settable configuration: what the URL carries and the compute module is run on. */
import type { Tensor3, Tensor4 } from '../compute';

export const MODES = ['standard', 'dilated', 'pointwise', 'maxpool'] as const;
export type Mode = (typeof MODES)[number];

export const MODE_LABELS: Record<Mode, string> = {
  standard: 'Standard',
  dilated: 'Dilated',
  pointwise: 'Pointwise',
  maxpool: 'Max pooling',
};

export type Size2 = [number, number];
/** Explicit padding per axis, or by name. */
export type PaddingSetting = Size2 | 'valid' | 'same';
export type PoolKind = 'max' | 'avg';

export interface Config {
  mode: Mode;
  size: Size2;
  k: Size2;
  /** null: the operation's default (1 for convolution, the window size for pooling). */
  stride: Size2 | null;
  pad: PaddingSetting;
  dilation: Size2;
  cin: number;
  cout: number;
  seed: number;
  /** Max pooling view: max or average. */
  pool: PoolKind;
  /** Pointwise view: apply ReLU after the 1×1 convolution. */
  relu: boolean;
  /** Max pooling view: the classic image → conv 3×3 → pool pipeline. Then `size` is the image's,
   *  `kernel` holds the fixed 3×3 convolution's weights, `k` stays the pooling window, and the pool
   *  reads the convolution's output. */
  pipeline: boolean;
  /** Edited values; null means generated from the seed. Resized to fit when the shape changes. */
  input: Tensor3 | null;
  kernel: Tensor4 | null;
}

/** Limits of the controls, chosen so a 32×32 grid stays legible and every step renders at 60 fps. */
export const LIMITS = {
  size: { min: 1, max: 32 },
  k: { min: 1, max: 7 },
  stride: { min: 1, max: 4 },
  pad: { min: 0, max: 3 },
  dilation: { min: 1, max: 4 },
  cin: { min: 1, max: 8 },
  cout: { min: 1, max: 4 },
  seed: { min: 0, max: 2_147_483_647 },
  speed: { min: 0.5, max: 20 },
  /** |value| of an edited cell: large enough for any lesson, small enough that sums stay readable. */
  value: { max: 1e6 },
} as const;

const BASE: Omit<Config, 'mode'> = {
  size: [5, 5],
  k: [3, 3],
  stride: null,
  pad: [0, 0],
  dilation: [1, 1],
  cin: 1,
  cout: 1,
  seed: 1,
  pool: 'max',
  relu: false,
  pipeline: false,
  input: null,
  kernel: null,
};

/** Each view opens on the configuration that shows its idea best. */
export const MODE_DEFAULTS: Record<Mode, Config> = {
  standard: { ...BASE, mode: 'standard', size: [5, 5], pad: [1, 1] },
  dilated: { ...BASE, mode: 'dilated', size: [7, 7], dilation: [2, 2] },
  pointwise: { ...BASE, mode: 'pointwise', size: [4, 4], k: [1, 1], cin: 6, cout: 2 },
  maxpool: { ...BASE, mode: 'maxpool', size: [6, 6], k: [2, 2] },
};

/** The classic pipeline preset: an 11×11 image, a 3×3 convolution (→ 9×9), a 3×3 max pool (→ 3×3). */
export const PIPELINE_PRESET: Partial<Config> = {
  pipeline: true,
  size: [11, 11],
  k: [3, 3],
  stride: null,
  pad: [0, 0],
  dilation: [1, 1],
  cin: 1,
  pool: 'max',
  input: null,
  kernel: null,
};
export const PIPELINE_IMAGE_SIZE = 11;
export const PIPELINE_CONV_KERNEL = 3;

/** The defaults a configuration is compared with: the view's, or the pipeline preset's. */
export function defaultsFor(mode: Mode, pipeline: boolean): Config {
  return pipeline && mode === 'maxpool'
    ? { ...MODE_DEFAULTS.maxpool, ...PIPELINE_PRESET }
    : MODE_DEFAULTS[mode];
}

/** Which parameters a view lets the user change; the rest stay at the view's defaults. */
export const MODE_PARAMS: Record<Mode, readonly (keyof Config)[]> = {
  standard: ['size', 'k', 'stride', 'pad', 'dilation', 'cin', 'cout', 'seed'],
  dilated: ['size', 'k', 'stride', 'pad', 'dilation', 'seed'],
  pointwise: ['size', 'cin', 'cout', 'seed', 'relu'],
  maxpool: ['size', 'k', 'stride', 'pad', 'seed', 'pool', 'pipeline'],
};

/** The stride in force: as set, else PyTorch's default (1 for convolution, the window for pooling). */
export function effectiveStride(config: Config): Size2 {
  return config.stride ?? (config.mode === 'maxpool' ? config.k : [1, 1]);
}
