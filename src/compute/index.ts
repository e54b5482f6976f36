/** The public compute API (../shared/contract.md §1) and its extensions. Pure: no React, DOM or timers. */
export type {
  Tensor3,
  Tensor4,
  Pair,
  PaddingName,
  PaddingOption,
  Padding4,
  ConvOptions,
  PoolOptions,
  CellPosition,
  WindowCell,
  ConvStep,
  PoolStep,
  AvgPoolStep,
  Geometry,
} from './types';
export { outputSize, effectiveKernelSize, makeGeometry, resolvePadding } from './geometry';
export { conv2d, convSteps, convStepAt, planConv, convStepCount } from './conv';
export type { ConvPlan } from './conv';
export {
  checkGroups,
  validGroups,
  nearestValidGroups,
  channelGroup,
  groupOfOutputChannel,
  groupOfInputChannel,
} from './groups';
export type { ChannelGroup, GroupShape } from './groups';
export {
  maxPool2d,
  avgPool2d,
  poolSteps,
  avgPoolSteps,
  poolStepAt,
  avgPoolStepAt,
  planPool,
  poolStepCount,
} from './pool';
export type { PoolPlan } from './pool';
export { receptiveField, fieldRect } from './receptiveField';
export type { FieldLayer, LayerField, InputRect } from './receptiveField';
export { layerCost, stackCost } from './cost';
export type { CostLayer, LayerCost } from './cost';
export { convFamilyCost } from './familyCost';
export type { FamilyCost } from './familyCost';
export { mulberry32, randomTensor3, randomTensor4, INPUT_RANGE, KERNEL_RANGE } from './random';
export type { IntRange } from './random';
export { KERNEL_PRESETS, kernelPreset } from './presets';
export type { KernelPreset, PresetId } from './presets';
export { outputsReading, cellsUnderTap, unreachedIndices } from './lookups';
export { relu, relu3 } from './activation';
export { layerSnippets } from './snippets';
export type { LayerDescription, Snippets } from './snippets';
export type {
  ConvTransposeOptions,
  ScatterTarget,
  ScatterStep,
  TransposeGeometry,
  ConvTransposePlan,
  TransposeSpec,
} from './transposeTypes';
export {
  convTranspose2d,
  convTransposeSteps,
  convTransposeStepAt,
  convTransposeStepCount,
  planConvTranspose,
} from './convTranspose';
export {
  convTransposeOutputSize,
  makeTransposeGeometry,
  transposeInputsReading,
  convInputSizesFor,
} from './transposeGeometry';
export { runningSumsFor, scatterRunningSums } from './scatterSums';
export type { ScatterRunningSums } from './scatterSums';
export { stampCounts, stampsEvenly, resizeConvCounts } from './stampCounts';
export { gatherEquivalent, gatherLayout } from './gatherEquivalent';
export type { GatherEquivalent, GatherLayout, GatherCellKind } from './gatherEquivalent';
export { transposeSnippets } from './snippetsTranspose';
export type { TransposeLayerDescription } from './snippetsTranspose';
export { separableSnippets } from './separableSnippets';
export type { SeparableDescription, SeparableSnippets } from './separableSnippets';
export { channelPresets, channelPresetKernel, LUMINANCE_WEIGHTS } from './channelPresets';
export type { ChannelPreset } from './channelPresets';
export { stackSizes, stackLayerName, MAX_STACK_SIDE } from './stackGeometry';
export type { LayerStack, StackLayer, StackLayerKind } from './stackGeometry';
export { stackRegions, stackFieldTable, traceBack } from './stackField';
export type { StackRegion, StackFieldRow, Interval } from './stackField';
export { stackLayerCosts } from './stackCost';
export type { StackLayerCost } from './stackCost';
