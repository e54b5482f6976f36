/**
 * Overlap maps for one input/output channel pair: how many (input cell, kernel tap) products land on
 * each output cell. A transposed convolution whose kernel is not a multiple of its stride covers
 * unevenly (k = 3, s = 2 gives the 1/2/4 pattern behind the checkerboard artifacts of generated
 * images: Odena, Dumoulin and Olah, "Deconvolution and Checkerboard Artifacts", Distill 2016);
 * nearest-neighbour resizing followed by an ordinary convolution covers evenly.
 * Both maps are separable: a cell's count is its row's count times its column's.
 */
import type { TransposeGeometry } from './transposeTypes';

/** For each index o in [first, first + length): #{(i, t) : i·s − p + t·d = o, 0 ≤ i < n, 0 ≤ t < k}. */
function axisStamps(
  first: number,
  length: number,
  n: number,
  k: number,
  s: number,
  p: number,
  d: number,
): number[] {
  const counts = new Array<number>(length).fill(0);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < k; t++) {
      const o = i * s - p + t * d - first;
      if (o >= 0 && o < length) counts[o]!++;
    }
  }
  return counts;
}

function outer(rows: number[], cols: number[]): number[][] {
  return rows.map((r) => cols.map((c) => r * c));
}

/**
 * Stamps per output cell, outHeight × outWidth; with `region: 'full'`, per cell of the uncropped
 * canvas (fullHeight × fullWidth, row r = output row r − padRow), ghost cells included.
 */
export function stampCounts(g: TransposeGeometry, region: 'output' | 'full' = 'output'): number[][] {
  const full = region === 'full';
  const rows = axisStamps(
    full ? -g.padRow : 0,
    full ? g.fullHeight : g.outHeight,
    g.inputHeight,
    g.kernelHeight,
    g.strideRow,
    g.padRow,
    g.dilationRow,
  );
  const cols = axisStamps(
    full ? -g.padCol : 0,
    full ? g.fullWidth : g.outWidth,
    g.inputWidth,
    g.kernelWidth,
    g.strideCol,
    g.padCol,
    g.dilationCol,
  );
  return outer(rows, cols);
}

/** Taps of a 'same' convolution (TensorFlow's split: the odd cell after) that land inside n cells. */
function axisSameTaps(n: number, k: number, d: number): number[] {
  const before = Math.floor((d * (k - 1)) / 2);
  return Array.from({ length: n }, (_, o) => {
    let count = 0;
    for (let t = 0; t < k; t++) {
      const x = o - before + t * d;
      if (x >= 0 && x < n) count++;
    }
    return count;
  });
}

/**
 * The same count for the alternative Odena et al. recommend: resize the input by the stride with
 * nearest-neighbour (each cell copied s × s times, giving inputHeight·strideRow × inputWidth·strideCol),
 * then an ordinary stride-1 convolution with the same kernel size and dilation and 'same' padding,
 * so the map has that resized size. Every interior cell gets kernelHeight × kernelWidth products;
 * only the border, where taps fall on the zero padding, gets fewer.
 */
export function resizeConvCounts(g: TransposeGeometry): number[][] {
  return outer(
    axisSameTaps(g.inputHeight * g.strideRow, g.kernelHeight, g.dilationRow),
    axisSameTaps(g.inputWidth * g.strideCol, g.kernelWidth, g.dilationCol),
  );
}

/** Along one axis: do the kernel's taps, d apart, fall equally often on every offset modulo the stride? */
function axisEven(k: number, s: number, d: number): boolean {
  const perOffset = new Array<number>(s).fill(0);
  for (let t = 0; t < k; t++) perOffset[(t * d) % s]!++;
  return perOffset.every((n) => n === perOffset[0]);
}

/**
 * Whether every cell away from the border collects the same number of stamps. Not simply "k is a
 * multiple of s": dilation can put every tap on the same offset (k = 4, s = 2, d = 2 never reaches
 * odd rows), and k = 4, s = 2, d = 3 covers evenly.
 */
export function stampsEvenly(g: TransposeGeometry): boolean {
  return (
    axisEven(g.kernelHeight, g.strideRow, g.dilationRow) &&
    axisEven(g.kernelWidth, g.strideCol, g.dilationCol)
  );
}
