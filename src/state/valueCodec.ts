/**
 * Edited input and kernel values in the query string, compactly: values joined by `,`, rows by `_`,
 * planes (channels, or filter × channel for kernels) by `~`. Example: `1,2_3,4~5,6_7,8`.
 */
import { LIMITS } from '../modes/types';

// Plain decimals as JavaScript writes them: a negative exponent only for tiny values (String(1e-7) is
// "1e-7"); values are at most 1e6, so a positive exponent never appears.
const NUMBER = /^-?\d{1,7}(\.\d{1,20})?(e-\d{1,3})?$/;

export function encodePlanes(planes: number[][][]): string {
  // String(v) is the shortest text that reads back as exactly v.
  return planes.map((plane) => plane.map((row) => row.map(String).join(',')).join('_')).join('~');
}

/** Parses planes of the given shape, or says why not. */
export function decodePlanes(
  text: string,
  planes: number,
  height: number,
  width: number,
): { ok: true; value: number[][][] } | { ok: false; reason: string } {
  const planeTexts = text.split('~');
  if (planeTexts.length !== planes) {
    return { ok: false, reason: `it has ${planeTexts.length} plane(s), but this view needs ${planes}` };
  }
  const value: number[][][] = [];
  for (const planeText of planeTexts) {
    const rows = planeText.split('_');
    if (rows.length !== height)
      return { ok: false, reason: `it has ${rows.length} row(s), but this view needs ${height}` };
    const plane: number[][] = [];
    for (const rowText of rows) {
      const cells = rowText.split(',');
      if (cells.length !== width)
        return { ok: false, reason: `a row has ${cells.length} value(s), but this view needs ${width}` };
      const row: number[] = [];
      for (const cell of cells) {
        if (!NUMBER.test(cell))
          return { ok: false, reason: 'it holds something that is not a plain decimal number' };
        // Number() of a matched string is finite: at most 7 integer digits and a 3-digit exponent.
        const v = Number(cell);
        if (Math.abs(v) > LIMITS.value.max)
          return { ok: false, reason: `a value is beyond ±${LIMITS.value.max}` };
        row.push(v === 0 ? 0 : v);
      }
      plane.push(row);
    }
    value.push(plane);
  }
  return { ok: true, value };
}
