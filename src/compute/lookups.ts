/**
 * The inverse questions the views ask on hover: which outputs read this input cell, and which input
 * cells does this kernel tap ever read. Answered from the geometry alone, without building steps.
 */
import type { Geometry } from './types';

/** Output indices o along one axis with o·s − p + t·d = x for some tap t. */
function axisReaders(x: number, outSize: number, k: number, s: number, p: number, d: number): number[] {
  const found: number[] = [];
  for (let t = 0; t < k; t++) {
    const numerator = x + p - t * d;
    if (numerator >= 0 && numerator % s === 0) {
      const o = numerator / s;
      if (o < outSize && !found.includes(o)) found.push(o);
    }
  }
  return found.sort((a, b) => a - b);
}

/** Every output (row, col) whose window reads input (row, col), padding coordinates allowed. */
export function outputsReading(g: Geometry, row: number, col: number): { row: number; col: number }[] {
  const rows = axisReaders(row, g.outHeight, g.kernelHeight, g.strideRow, g.padding.top, g.dilationRow);
  const cols = axisReaders(col, g.outWidth, g.kernelWidth, g.strideCol, g.padding.left, g.dilationCol);
  return rows.flatMap((r) => cols.map((c) => ({ row: r, col: c })));
}

/** Every input (row, col) that kernel tap (kernelRow, kernelCol) multiplies over all steps. */
export function cellsUnderTap(
  g: Geometry,
  kernelRow: number,
  kernelCol: number,
): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let o = 0; o < g.outHeight; o++) {
    const row = o * g.strideRow - g.padding.top + kernelRow * g.dilationRow;
    for (let q = 0; q < g.outWidth; q++) {
      cells.push({ row, col: q * g.strideCol - g.padding.left + kernelCol * g.dilationCol });
    }
  }
  return cells;
}

/**
 * Input rows (or columns) that no window reaches: what a stride that does not divide evenly drops.
 * Returns unpadded indices in [0, n).
 */
export function unreachedIndices(
  n: number,
  outSize: number,
  k: number,
  s: number,
  pBefore: number,
  d: number,
): number[] {
  const reached = new Uint8Array(n);
  for (let o = 0; o < outSize; o++) {
    for (let t = 0; t < k; t++) {
      const x = o * s - pBefore + t * d;
      if (x >= 0 && x < n) reached[x] = 1;
    }
  }
  const dropped: number[] = [];
  reached.forEach((hit, i) => {
    if (!hit) dropped.push(i);
  });
  return dropped;
}
