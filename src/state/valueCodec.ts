/**
 * Edited input and kernel values as URL text. Two forms, and the writer picks the shorter:
 * - every value: values joined by `,`, rows by `_`, planes (channels, or filter × channel for
 *   kernels) by `~`. Example: `1,2_3,4~5,6_7,8`. An empty plane repeats the one before it, so a preset
 *   filling 32 kernel planes is written once: `0,1,0_1,-4,1_0,1,0~~~…`.
 * - only the cells that differ from the seed's generated values: `*` then `plane.row.col:value`
 *   entries joined by `,`. Example: `*4.17.29:42`. One edit on a 32×32×8 input is a dozen characters
 *   instead of 16 KB.
 * A value is a plain decimal, or a fraction `n/d` where that is shorter and reads back exactly (1/9).
 */
import { LIMITS } from '../modes/types';

// Plain decimals as JavaScript writes them: a negative exponent only for tiny values (String(1e-7) is
// "1e-7"); values are at most 1e6, so a positive exponent never appears. Below 1, up to 6 zeros then
// 17 significant digits follow the point (String(1.0000000000000002e-6) has 22 decimals).
const NUMBER = /^-?\d{1,7}(\.\d{1,23})?(e-\d{1,3})?$/;
const FRACTION = /^(-?\d{1,7})\/(\d{1,4})$/;
const EDIT = /^(\d{1,4})\.(\d{1,4})\.(\d{1,4}):(.+)$/;
/** Denominators tried for a fraction: enough for 1/9, 1/49 (a box blur) and typed fractions. */
const MAX_DENOMINATOR = 1000;

type Planes = number[][][];
type Decoded = { ok: true; value: Planes } | { ok: false; reason: string };

/** Texts already worked out: a preset or a fully edited grid repeats a few values thousands of times. */
const numberTexts = new Map<number, string>();

/** The shortest text that reads back as exactly `v`: String(v), or n/d when that is shorter. */
export function encodeNumber(v: number): string {
  const decimal = String(v);
  // Short decimals (whole numbers, 0.5, 0.299) cannot get shorter; skip the search for them.
  if (decimal.length <= 6) return decimal;
  let text = numberTexts.get(v);
  if (text === undefined) {
    text = decimal;
    for (let d = 2; d <= MAX_DENOMINATOR; d++) {
      const n = Math.round(v * d);
      if (n / d === v) {
        if (`${n}/${d}`.length < decimal.length) text = `${n}/${d}`;
        break;
      }
    }
    if (numberTexts.size > 10_000) numberTexts.clear();
    numberTexts.set(v, text);
  }
  return text;
}

function decodeNumber(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  let v: number;
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const d = Number(fraction[2]);
    if (d === 0) return { ok: false, reason: 'a fraction divides by zero' };
    v = Number(fraction[1]) / d;
  } else if (NUMBER.test(text)) {
    // Number() of a matched string is finite: at most 7 integer digits and a 3-digit exponent.
    v = Number(text);
  } else {
    return { ok: false, reason: 'it holds something that is not a plain decimal number' };
  }
  if (Math.abs(v) > LIMITS.value.max) return { ok: false, reason: `a value is beyond ±${LIMITS.value.max}` };
  return { ok: true, value: v === 0 ? 0 : v };
}

export function encodePlanes(planes: Planes): string {
  const texts = planes.map((plane) => plane.map((row) => row.map(encodeNumber).join(',')).join('_'));
  return texts.map((text, p) => (p > 0 && text === texts[p - 1] ? '' : text)).join('~');
}

/** The cells of `planes` that differ from `base` (same shape), as `*plane.row.col:value,…`. */
export function encodeEdits(planes: Planes, base: Planes): string {
  const edits: string[] = [];
  planes.forEach((plane, p) =>
    plane.forEach((row, r) =>
      row.forEach((v, c) => {
        if (!Object.is(v, base[p]?.[r]?.[c])) edits.push(`${p}.${r}.${c}:${encodeNumber(v)}`);
      }),
    ),
  );
  return `*${edits.join(',')}`;
}

/** The shorter of the two forms; `base` is what the seed generates for the same shape. */
export function encodeValues(planes: Planes, base: Planes): string {
  const all = encodePlanes(planes);
  // Most of a full encoding is one character and a comma per cell, so a few edits are far shorter.
  const edits = encodeEdits(planes, base);
  return edits.length < all.length ? edits : all;
}

/** Parses planes of the given shape, or says why not. */
export function decodePlanes(text: string, planes: number, height: number, width: number): Decoded {
  const planeTexts = text.split('~');
  if (planeTexts.length !== planes) {
    return { ok: false, reason: `it has ${planeTexts.length} plane(s), but this view needs ${planes}` };
  }
  const value: Planes = [];
  for (const planeText of planeTexts) {
    const previous = value[value.length - 1];
    if (planeText === '' && previous) {
      value.push(previous.map((row) => [...row]));
      continue;
    }
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
        const decoded = decodeNumber(cell);
        if (!decoded.ok) return decoded;
        row.push(decoded.value);
      }
      plane.push(row);
    }
    value.push(plane);
  }
  return { ok: true, value };
}

function decodeEdits(text: string, base: Planes): Decoded {
  const value = base.map((plane) => plane.map((row) => [...row]));
  if (text === '') return { ok: true, value };
  for (const entry of text.split(',')) {
    const m = EDIT.exec(entry);
    if (!m) return { ok: false, reason: 'an edit is not written plane.row.col:value' };
    const [p, r, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const row = value[p]?.[r];
    if (!row || c >= row.length)
      return { ok: false, reason: `the cell ${p}.${r}.${c} lies outside this view's values` };
    const decoded = decodeNumber(m[4]!);
    if (!decoded.ok) return decoded;
    row[c] = decoded.value;
  }
  return { ok: true, value };
}

/** Either form, read into planes of `base`'s shape (`base`: the seed's values, for the edits form). */
export function decodeValues(text: string, base: Planes): Decoded {
  if (text.startsWith('*')) return decodeEdits(text.slice(1), base);
  return decodePlanes(text, base.length, base[0]?.length ?? 0, base[0]?.[0]?.length ?? 0);
}
