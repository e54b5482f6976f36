/**
 * Where a transposed convolution's stamps land. Along one axis, with input n, kernel k, stride s,
 * padding p, dilation d and output padding a, input index i and tap t write output index
 *     o = i·s − p + t·d,
 * the uncropped canvas is (n − 1)·s + d·(k − 1) + 1 + a cells, and padding crops p off each end:
 *     out = (n − 1)·s − 2p + d·(k − 1) + a + 1.
 * PyTorch allows a < s or a < d: it picks one of the s input sizes a strided convolution maps to n.
 */
import type { TransposeGeometry, TransposeSpec } from './transposeTypes';
import { nonNegativeIntPair, positiveIntPair } from './validate';

/** "0", "0 or 1", "0 to 3": the values allowed, said the way a person would. */
function upTo(max: number): string {
  return max === 0 ? '0' : max === 1 ? '0 or 1' : `0 to ${max}`;
}

interface Axis {
  n: number;
  k: number;
  s: number;
  p: number;
  d: number;
  a: number;
}

/** Validated output length and uncropped canvas along one axis. `along` names the axis in messages. */
function axisLengths({ n, k, s, p, d, a }: Axis, along: string, unit: string): { out: number; full: number } {
  if (a >= s && a >= d) {
    throw new Error(
      `Output padding ${a}${along} must be smaller than the stride (${s}) or the dilation (${d}): use ${upTo(Math.max(s, d) - 1)}.`,
    );
  }
  const full = (n - 1) * s + d * (k - 1) + 1 + a;
  const out = full - 2 * p;
  if (out < 1) {
    throw new Error(
      `Padding ${p}${along} leaves no output left after padding: the uncropped output is ${full} ${full === 1 ? unit : `${unit}s`} and padding crops ${p} from each side. Use padding of at most ${Math.floor((full - 1) / 2)}, or a larger input, kernel, stride or dilation.`,
    );
  }
  return { out, full };
}

/** Output length along one axis (contract §1.2). Throws when the options are invalid or nothing is left. */
export function convTransposeOutputSize(
  n: number,
  k: number,
  stride: number,
  padding: number,
  dilation: number,
  outputPadding: number,
): number {
  const [nn] = positiveIntPair(n, 'Input size');
  const [kk] = positiveIntPair(k, 'Kernel size');
  const [s] = positiveIntPair(stride, 'Stride');
  const [d] = positiveIntPair(dilation, 'Dilation');
  const [p] = nonNegativeIntPair(padding, 'Padding');
  const [a] = outputPaddingPair(outputPadding);
  return axisLengths({ n: nn, k: kk, s, p, d, a }, '', 'cell').out;
}

function outputPaddingPair(value: TransposeSpec['outputPadding']): [number, number] {
  return nonNegativeIntPair(value ?? 0, 'Output padding');
}

function divisors(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1).filter((x) => n % x === 0);
}

/** Checks `groups` against both channel counts; returns it. */
export function checkGroups(groups: number, inChannels: number, outChannels: number): number {
  if (!Number.isInteger(groups) || groups < 1) {
    throw new Error(
      `Groups must be a positive whole number (got ${String(groups)}). Use 1 for an ordinary transposed convolution.`,
    );
  }
  if (inChannels % groups !== 0 || outChannels % groups !== 0) {
    const common = divisors(inChannels).filter((x) => outChannels % x === 0);
    throw new Error(
      `Groups ${groups} must divide both the ${inChannels} input channel(s) and the ${outChannels} output channel(s). Use ${common.join(', ').replace(/, (\d+)$/, ' or $1')}.`,
    );
  }
  return groups;
}

/** Validates a configuration without tensors and derives everything the views and counts need. */
export function makeTransposeGeometry(spec: TransposeSpec): TransposeGeometry {
  const [inputHeight, inputWidth] = positiveIntPair(spec.inputSize, 'Input size');
  const [kernelHeight, kernelWidth] = positiveIntPair(spec.kernelSize, 'Kernel size');
  const [strideRow, strideCol] = positiveIntPair(spec.stride ?? 1, 'Stride');
  const [dilationRow, dilationCol] = positiveIntPair(spec.dilation ?? 1, 'Dilation');
  const [padRow, padCol] = nonNegativeIntPair(spec.padding ?? 0, 'Padding');
  const [outPadRow, outPadCol] = outputPaddingPair(spec.outputPadding);
  const [inChannels] = positiveIntPair(spec.inChannels, 'Input channels');
  const [outChannels] = positiveIntPair(spec.outChannels, 'Output channels');
  const groups = checkGroups(spec.groups ?? 1, inChannels, outChannels);
  const rows = axisLengths(
    { n: inputHeight, k: kernelHeight, s: strideRow, p: padRow, d: dilationRow, a: outPadRow },
    ' along the height',
    'row',
  );
  const cols = axisLengths(
    { n: inputWidth, k: kernelWidth, s: strideCol, p: padCol, d: dilationCol, a: outPadCol },
    ' along the width',
    'column',
  );
  return {
    inChannels,
    outChannels,
    groups,
    inputHeight,
    inputWidth,
    kernelHeight,
    kernelWidth,
    strideRow,
    strideCol,
    padRow,
    padCol,
    dilationRow,
    dilationCol,
    outPadRow,
    outPadCol,
    outHeight: rows.out,
    outWidth: cols.out,
    fullHeight: rows.full,
    fullWidth: cols.full,
  };
}

/** (input index, tap) pairs along one axis that write output index o, by input index. */
function axisWriters(o: number, n: number, k: number, s: number, p: number, d: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let t = k - 1; t >= 0; t--) {
    const numerator = o + p - t * d;
    if (numerator >= 0 && numerator % s === 0 && numerator / s < n) pairs.push([numerator / s, t]);
  }
  return pairs; // t falling means i rising
}

/**
 * The original input cells whose stamps reach output (row, col), with the kernel tap that carries
 * each: the same set the gather view's convolution reads. Output coordinates; a row/col in the
 * cropped border (−padRow ≤ row < 0, …) is answered too. Ordered by input row, then column.
 */
export function transposeInputsReading(
  g: TransposeGeometry,
  row: number,
  col: number,
): { row: number; col: number; kernelRow: number; kernelCol: number }[] {
  const rows = axisWriters(row, g.inputHeight, g.kernelHeight, g.strideRow, g.padRow, g.dilationRow);
  const cols = axisWriters(col, g.inputWidth, g.kernelWidth, g.strideCol, g.padCol, g.dilationCol);
  return rows.flatMap(([i, u]) => cols.map(([j, v]) => ({ row: i, col: j, kernelRow: u, kernelCol: v })));
}

/**
 * Every input size n that an ordinary convolution (kernel k, stride s, padding p, dilation d) maps
 * to `outSize`: floor((n + 2p − d(k−1) − 1)/s) + 1 = outSize holds for s consecutive n (fewer when
 * the smallest would be below 1). Why output_padding exists: the transposed convolution of
 * `outSize` with output padding a gives the a-th of them.
 */
export function convInputSizesFor(outSize: number, k: number, s: number, p: number, d: number): number[] {
  const [m] = positiveIntPair(outSize, 'Output size');
  const [kk] = positiveIntPair(k, 'Kernel size');
  const [ss] = positiveIntPair(s, 'Stride');
  const [dd] = positiveIntPair(d, 'Dilation');
  const [pp] = nonNegativeIntPair(p, 'Padding');
  const smallest = (m - 1) * ss + dd * (kk - 1) + 1 - 2 * pp;
  const sizes: number[] = [];
  for (let n = smallest; n < smallest + ss; n++) if (n >= 1) sizes.push(n);
  return sizes;
}
