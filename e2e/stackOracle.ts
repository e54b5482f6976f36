// An independent oracle for the stack view's regions, written from the layers' definitions and
// importing nothing from the app: a conv or pool output o reads o·s − p + t·d; a transposed input i
// writes i·s − p + t (t = 0…k−1). From one selected cell, walk down the layers listing every
// position each position connects to (padding positions included), take the bounding interval per
// axis, and clip it to each map.
export interface OracleLayer {
  kind: 'conv' | 'pool' | 'transposed';
  k: number;
  s: number;
  p: number;
  d: number;
  o: number;
}

export interface OracleStack {
  input: number;
  layers: OracleLayer[];
}

export const conv = (k: number, p = 0, d = 1, s = 1): OracleLayer => ({ kind: 'conv', k, s, p, d, o: 0 });
export const pool = (k: number, s = k): OracleLayer => ({ kind: 'pool', k, s, p: 0, d: 1, o: 0 });
export const transposed = (k: number, s: number, p = 0, o = 0): OracleLayer => ({
  kind: 'transposed',
  k,
  s,
  p,
  d: 1,
  o,
});

export function mapSizes(stack: OracleStack): number[] {
  const sizes = [stack.input];
  for (const l of stack.layers) {
    const n = sizes[sizes.length - 1]!;
    sizes.push(
      l.kind === 'transposed'
        ? (n - 1) * l.s - 2 * l.p + l.k + l.o
        : Math.floor((n + 2 * l.p - l.d * (l.k - 1) - 1) / l.s) + 1,
    );
  }
  return sizes;
}

type Span = [number, number] | null;

function below(l: OracleLayer, span: Span): Span {
  if (!span) return null;
  const reached: number[] = [];
  if (l.kind === 'transposed') {
    for (let i = -100; i <= 200; i++)
      for (let t = 0; t < l.k; t++) {
        const out = i * l.s - l.p + t;
        if (out >= span[0] && out <= span[1]) reached.push(i);
      }
  } else {
    for (let x = span[0]; x <= span[1]; x++)
      for (let t = 0; t < l.k; t++) reached.push(x * l.s - l.p + t * l.d);
  }
  return reached.length ? [Math.min(...reached), Math.max(...reached)] : null;
}

/** "top,left,bottom,right" of each earlier map (index 0 the input) that cell (row, col) of map `layer` sees, or "none". */
export function expectedRegions(stack: OracleStack, layer: number, row: number, col: number): string[] {
  const sizes = mapSizes(stack);
  const out: string[] = [];
  let rows: Span = [row, row];
  let cols: Span = [col, col];
  for (let j = layer - 1; j >= 0; j--) {
    rows = below(stack.layers[j]!, rows);
    cols = below(stack.layers[j]!, cols);
    const n = sizes[j]!;
    const clip = (s: Span): Span =>
      s && s[1] >= 0 && s[0] < n ? [Math.max(0, s[0]), Math.min(n - 1, s[1])] : null;
    const r = clip(rows);
    const c = clip(cols);
    out[j] = r && c ? `${r[0]},${c[0]},${r[1]},${c[1]}` : 'none';
  }
  return out;
}
