/**
 * Receptive fields of a stack of layers, per axis. With jump j (distance in input cells between
 * neighbouring outputs) and size r, a layer of effective kernel K = d(k−1)+1, stride s, padding p gives
 *     r' = r + (K − 1)·j,    j' = j·s,    start' = start − p·j
 * where `start` is the input index of the first cell seen by output 0 (negative: it begins in padding).
 */
import { effectiveKernelSize } from './geometry';
import type { Pair } from './types';
import { nonNegativeIntPair, positiveIntPair } from './validate';

export interface FieldLayer {
  kind: 'conv' | 'pool';
  kernelSize: Pair;
  /** Defaults to 1 for conv and to kernelSize for pool, as in PyTorch. */
  stride?: Pair;
  padding?: Pair;
  dilation?: Pair;
}

export interface AxisField {
  size: number;
  jump: number;
  start: number;
  outputSize: number;
}

export interface LayerField {
  /** After this layer: receptive field size, jump and start, [height, width]. */
  size: [number, number];
  jump: [number, number];
  start: [number, number];
  outputSize: [number, number];
}

export interface InputRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function axisStep(prev: AxisField, k: number, s: number, p: number, d: number, axis: string): AxisField {
  const span = effectiveKernelSize(k, d);
  const padded = prev.outputSize + 2 * p;
  if (span > padded) {
    throw new Error(
      `A layer's kernel spans ${span} cells along the ${axis} but its padded input is only ${padded}. Use a smaller kernel or a larger input.`,
    );
  }
  return {
    size: prev.size + (span - 1) * prev.jump,
    jump: prev.jump * s,
    start: prev.start - p * prev.jump,
    outputSize: Math.floor((padded - span) / s) + 1,
  };
}

/** Each layer's receptive field for an input of `inputSize` ([height, width] or one number). */
export function receptiveField(layers: FieldLayer[], inputSize: Pair): LayerField[] {
  const [h, w] = positiveIntPair(inputSize, 'Input size');
  let rows: AxisField = { size: 1, jump: 1, start: 0, outputSize: h };
  let cols: AxisField = { size: 1, jump: 1, start: 0, outputSize: w };
  return layers.map((layer) => {
    const [kh, kw] = positiveIntPair(layer.kernelSize, 'Kernel size');
    const [sh, sw] = positiveIntPair(
      layer.stride ?? (layer.kind === 'pool' ? layer.kernelSize : 1),
      'Stride',
    );
    const [ph, pw] = nonNegativeIntPair(layer.padding ?? 0, 'Padding');
    const [dh, dw] = positiveIntPair(layer.dilation ?? 1, 'Dilation');
    rows = axisStep(rows, kh, sh, ph, dh, 'height');
    cols = axisStep(cols, kw, sw, pw, dw, 'width');
    return {
      size: [rows.size, cols.size],
      jump: [rows.jump, cols.jump],
      start: [rows.start, cols.start],
      outputSize: [rows.outputSize, cols.outputSize],
    };
  });
}

/**
 * The input rectangle (inclusive) that output cell (row, col) of `field` sees, clipped to the
 * input of `inputSize`; `unclipped` keeps the part that falls in padding.
 */
export function fieldRect(
  field: LayerField,
  row: number,
  col: number,
  inputSize: Pair,
): { clipped: InputRect; unclipped: InputRect } {
  const [h, w] = positiveIntPair(inputSize, 'Input size');
  if (
    !Number.isInteger(row) ||
    !Number.isInteger(col) ||
    row < 0 ||
    col < 0 ||
    row >= field.outputSize[0] ||
    col >= field.outputSize[1]
  ) {
    throw new Error(
      `Output cell (${row}, ${col}) is outside the ${field.outputSize[0]}×${field.outputSize[1]} output. Pick a row and column inside it.`,
    );
  }
  const top = field.start[0] + row * field.jump[0];
  const left = field.start[1] + col * field.jump[1];
  const unclipped = { top, left, bottom: top + field.size[0] - 1, right: left + field.size[1] - 1 };
  const clipped = {
    top: Math.max(0, unclipped.top),
    left: Math.max(0, unclipped.left),
    bottom: Math.min(h - 1, unclipped.bottom),
    right: Math.min(w - 1, unclipped.right),
  };
  return { clipped, unclipped };
}
