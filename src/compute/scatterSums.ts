/**
 * The scatter view's output grid at any step: each cell holds the bias plus the products stamped on
 * it by steps 0…t. Built from a flat table of every step's targets, made once per configuration,
 * so playback only replays additions (an 8×8×4 input with 7×7 kernels to 4 channels is ~50,000).
 */
import { checkFiniteOutput, convTransposeStepCount, outputsOfInput } from './convTranspose';
import type { ConvTransposePlan } from './transposeTypes';
import type { Tensor3, Tensor4 } from './types';

export interface ScatterRunningSums {
  /** [outChannel][row][col] of the output: bias + products so far (the bias alone where not reached). */
  sums: Tensor3;
  /** True where at least one step so far has stamped (a product of 0 counts). */
  reached: boolean[][][];
  /** The same over the full uncropped canvas (fullHeight × fullWidth, row r = output row r − padRow). */
  fullSums: Tensor3;
  fullReached: boolean[][][];
}

/**
 * Returns a function of the step: running sums after steps 0…throughStep (−1: none yet). After the
 * last step `sums` equals convTranspose2d exactly, since each cell adds its products in step order.
 */
export function runningSumsFor(
  input: Tensor3,
  weight: Tensor4,
  plan: ConvTransposePlan,
): (throughStep: number) => ScatterRunningSums {
  const g = plan.geometry;
  const steps = convTransposeStepCount(plan);
  const plane = g.fullHeight * g.fullWidth;
  const perStep = (g.outChannels / g.groups) * g.kernelHeight * g.kernelWidth;
  const offsets = new Int32Array(steps * perStep);
  const products = new Float64Array(steps * perStep);
  let t = 0;
  for (let c = 0; c < g.inChannels; c++) {
    const { first, count } = outputsOfInput(g, c);
    for (let i = 0; i < g.inputHeight; i++) {
      for (let j = 0; j < g.inputWidth; j++) {
        const x = input[c]![i]![j]!;
        for (let oo = 0; oo < count; oo++) {
          for (let u = 0; u < g.kernelHeight; u++) {
            // Canvas coordinates: output row + padRow, never negative.
            const rowBase = (first + oo) * plane + (i * g.strideRow + u * g.dilationRow) * g.fullWidth;
            for (let v = 0; v < g.kernelWidth; v++, t++) {
              offsets[t] = rowBase + j * g.strideCol + v * g.dilationCol;
              products[t] = x * weight[c]![oo]![u]![v]!;
            }
          }
        }
      }
    }
  }

  return (throughStep: number): ScatterRunningSums => {
    if (!Number.isInteger(throughStep) || throughStep < -1 || throughStep >= steps) {
      throw new Error(
        `Step ${String(throughStep)} does not exist: there are ${steps} steps, numbered 0 to ${steps - 1} (−1 for none yet).`,
      );
    }
    const acc = new Float64Array(g.outChannels * plane);
    const hit = new Uint8Array(g.outChannels * plane);
    const end = (throughStep + 1) * perStep;
    for (let k = 0; k < end; k++) {
      acc[offsets[k]!] = acc[offsets[k]!]! + products[k]!;
      hit[offsets[k]!] = 1;
    }
    const region = (top: number, left: number, height: number, width: number) => {
      const sums: Tensor3 = [];
      const reached: boolean[][][] = [];
      for (let o = 0; o < g.outChannels; o++) {
        const b = plan.bias[o]!;
        const sumRows: number[][] = [];
        const hitRows: boolean[][] = [];
        for (let r = 0; r < height; r++) {
          const base = o * plane + (r + top) * g.fullWidth + left;
          const sumRow = new Array<number>(width);
          const hitRow = new Array<boolean>(width);
          for (let q = 0; q < width; q++) {
            const sum = acc[base + q]! + b;
            sumRow[q] = checkFiniteOutput(sum, o, r + top - g.padRow, q + left - g.padCol);
            hitRow[q] = hit[base + q] === 1;
          }
          sumRows.push(sumRow);
          hitRows.push(hitRow);
        }
        sums.push(sumRows);
        reached.push(hitRows);
      }
      return { sums, reached };
    };
    const out = region(g.padRow, g.padCol, g.outHeight, g.outWidth);
    const full = region(0, 0, g.fullHeight, g.fullWidth);
    return { sums: out.sums, reached: out.reached, fullSums: full.sums, fullReached: full.reached };
  };
}

/** One-off form of runningSumsFor; during playback keep the function runningSumsFor returns. */
export function scatterRunningSums(
  input: Tensor3,
  weight: Tensor4,
  plan: ConvTransposePlan,
  throughStep: number,
): ScatterRunningSums {
  return runningSumsFor(input, weight, plan)(throughStep);
}
