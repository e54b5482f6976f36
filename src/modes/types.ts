/**
 * What every operation module answers, and the configuration they all share. Pure: the registry
 * and these types load with the state code and its tests, with no React in sight; each mode's
 * React side arrives through `loadView` when its tab is first shown.
 */
import type { ComponentType } from 'react';
import type { LayerStack, Snippets, Tensor3, Tensor4 } from '../compute';
import type { Mode } from './registry';
import type { ParamKey, ParamOverride } from './params';
import type { Operation } from './operation';
import type { ModeFigure } from '../figure/panels';
import type { QuizBuilder } from '../quiz/types';

export type Size2 = [number, number];
/** Explicit padding per axis, or by name. */
export type PaddingSetting = Size2 | 'valid' | 'same';
export type PoolKind = 'max' | 'avg';
/** How the transposed view explains itself. */
export type TransposeView = 'scatter' | 'gather';
/** Image view: which generated sample is shown (a user's own image never enters the configuration). */
export const IMAGE_SAMPLES = ['digit', 'shapes', 'checker', 'text', 'scene'] as const;
export type ImageSample = (typeof IMAGE_SAMPLES)[number];
/** Image view: the operation applied to the whole image. */
export type ImageOp = 'conv' | 'max' | 'avg';
/** Image view: one grayscale plane, or each RGB channel through the same kernel. */
export type ImageColor = 'gray' | 'rgb';

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
  /** Transposed view: output padding per axis. */
  outpad: Size2;
  /** Transposed view: scatter (stamps) or gather (the equivalent convolution). */
  view: TransposeView;
  /** Grouped view: PyTorch's groups, dividing both channel counts; equal to cin means depthwise. */
  groups: number;
  /** Grouped view: the depthwise-separable preset (k×k depthwise, then 1×1 pointwise on its result). */
  separable: boolean;
  /** Convolution views: one bias per filter, the last term of each output's sum. */
  bias: boolean;
  /** Edited bias values, one per filter; null means generated from the seed. */
  biases: number[] | null;
  /** Stack view: the input and the layers of a small network (src/modes/stack/codec.ts). */
  layers: LayerStack;
  /** Edited values; null means generated from the seed. Resized to fit when the shape changes. */
  input: Tensor3 | null;
  kernel: Tensor4 | null;
  /** Image view: the sample, the operation, and grayscale or RGB. */
  image: ImageSample;
  op: ImageOp;
  color: ImageColor;
}

/** Limits of the controls, chosen so a 32×32 grid stays legible and every step renders at 60 fps. */
export const LIMITS = {
  size: { min: 1, max: 32 },
  k: { min: 1, max: 7 },
  stride: { min: 1, max: 4 },
  pad: { min: 0, max: 3 },
  dilation: { min: 1, max: 4 },
  outpad: { min: 0, max: 3 },
  cin: { min: 1, max: 8 },
  cout: { min: 1, max: 4 },
  /** At most the input channels' limit: groups = cin is depthwise. */
  groups: { min: 1, max: 8 },
  seed: { min: 0, max: 2_147_483_647 },
  speed: { min: 0.5, max: 20 },
  /** |value| of an edited cell: large enough for any lesson, small enough that sums stay readable. */
  value: { max: 1e6 },
} as const;

/** What a mode leaves unset: every view starts from these and changes what it needs. */
export const BASE_CONFIG: Omit<Config, 'mode'> = {
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
  outpad: [0, 0],
  view: 'scatter',
  groups: 1,
  separable: false,
  bias: false,
  biases: null,
  // The classic pipeline: an 11×11 image, conv 3×3, max pool 3×3 (one pooled cell sees 5×5).
  layers: {
    inputSize: 11,
    inputChannels: 1,
    layers: [
      { kind: 'conv', kernelSize: 3, stride: 1, padding: 0, dilation: 1, outputPadding: 0, channels: 1 },
      { kind: 'pool', kernelSize: 3, stride: 3, padding: 0, dilation: 1, outputPadding: 0, channels: 1 },
    ],
  },
  input: null,
  kernel: null,
  image: 'digit',
  op: 'conv',
  color: 'gray',
};

export interface TensorShape {
  channels: number;
  height: number;
  width: number;
}

/** A kernel preset as the Values panel offers it: a label, and what it does to the kernel. */
export interface KernelPresetChoice {
  id: string;
  label: string;
  /** The new kernel, and any configuration change it brings (a fixed 3×3 preset resizes k). */
  apply: (config: Config, kernel: Tensor4) => Partial<Config>;
}

/** The React side of a mode, loaded with its tab: stage, arithmetic and explainers. */
export interface ModeViewModule {
  Stage: ComponentType;
  Arithmetic: ComponentType;
  /** Shown below the arithmetic, outside the compact embed layout. */
  Explainers: ComponentType;
  /** The view's own controls in the Parameters panel, after the table's fields: for a parameter the
   *  table draws no field for (the stack's layers), so the panel never stands empty. */
  Settings?: ComponentType;
  /** "Same in code": the layer in PyTorch and Keras (here, so the snippet code loads with the view). */
  snippets: (config: Config, op: Operation) => Snippets;
  /** The kernel presets the Values panel offers (here, so their tables load with the view). */
  kernelPresets: (config: Config) => readonly KernelPresetChoice[];
  /** Predict, then reveal: the view's questions (src/quiz/); a view without them is only asked its output size. */
  quiz?: QuizBuilder;
}

export interface ModeDefinition {
  /** The tab's name (contract §3) and a short aside shown after it. */
  label: string;
  tabHint: string;
  defaults: Config;
  /** The parameters the view lets the user change, in the order the panel shows them. */
  params: readonly ParamKey[];
  /** The defaults a configuration is compared with: a preset (the pooling pipeline, the separable block) brings its own. */
  defaultsFor: (config: Pick<Config, 'pipeline' | 'separable'>) => Config;
  /** Where this view names a parameter differently ("Window height") or offers other choices. */
  paramOverrides?: (config: Config) => Partial<Record<ParamKey, ParamOverride>>;
  /** The stride when none is set: 1, unless the view says otherwise (pooling: the window). */
  defaultStride?: (config: Config) => Size2;
  inputShape: (config: Config) => TensorShape;
  /** [out][in][h][w] of the weights the user edits; null where the view has none. */
  kernelShape: (config: Config) => [number, number, number, number] | null;
  /** The unedited weights when they are not the seed's random ones (the image view starts from an edge detector). */
  baseKernel?: (config: Config) => Tensor4;
  /** How many biases the view adds when `bias` is on (one per filter); absent where it has none. */
  biasCount?: (config: Config) => number;
  /** The whole operation; throws the compute module's message when there is no valid output. */
  derive: (config: Config) => Operation;
  /** After "Step N of M": what that step produced, for the status line. */
  describeStep: (op: Operation, index: number) => string;
  loadView: () => Promise<ModeViewModule>;
  /** The figure export's drawing of a step (pure, no React): loaded only when a figure is made. */
  loadFigure: () => Promise<ModeFigure>;
}
