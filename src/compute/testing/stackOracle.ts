/**
 * Two independent references for stack regions.
 * - `enumeratedRegions`: walks the layers down from one cell by listing, for every position of the
 *   current (unclipped) interval, every position the layer's definition connects it to: forward for a
 *   transposed layer (input i writes i·s − p + t·d), backward for conv and pool (output o reads
 *   o·s − p + t·d). No ceil/floor algebra.
 * - `inputDependencies`: runs the actual compute operations (conv2d, maxPool2d, convTranspose2d) with
 *   all-ones weights on an input that is one 1 among zeros, once per input cell: the selected cell is
 *   non-zero exactly when it depends on that input cell.
 */
import { conv2d } from '../conv';
import { convTranspose2d } from '../convTranspose';
import { maxPool2d } from '../pool';
import type { Tensor3 } from '../types';
import type { InputRect } from '../receptiveField';
import type { LayerStack, StackLayer } from '../stackGeometry';

type Span = [number, number] | null;

function readsOf(layer: StackLayer, span: Span): Span {
  if (!span) return null;
  const { kernelSize: k, stride: s, padding: p, dilation: d } = layer;
  const hit: number[] = [];
  if (layer.kind === 'transposed') {
    // Every input index whose stamp can land in the span (generous bounds, then filtered).
    for (let i = Math.floor((span[0] - d * k - p) / s) - 2; i <= Math.ceil((span[1] + p) / s) + 2; i++)
      for (let t = 0; t < k; t++) {
        const o = i * s - p + t * d;
        if (o >= span[0] && o <= span[1]) hit.push(i);
      }
  } else {
    for (let o = span[0]; o <= span[1]; o++) for (let t = 0; t < k; t++) hit.push(o * s - p + t * d);
  }
  return hit.length ? [Math.min(...hit), Math.max(...hit)] : null;
}

/** Unclipped rows and columns of every earlier map (index 0 the input) that cell (row, col) of map `layer` sees. */
export function enumeratedRegions(
  stack: LayerStack,
  layer: number,
  row: number,
  col: number,
): (InputRect | null)[] {
  const out: (InputRect | null)[] = [];
  let rows: Span = [row, row];
  let cols: Span = [col, col];
  for (let j = layer - 1; j >= 0; j--) {
    rows = readsOf(stack.layers[j]!, rows);
    cols = readsOf(stack.layers[j]!, cols);
    out[j] = rows && cols ? { top: rows[0], bottom: rows[1], left: cols[0], right: cols[1] } : null;
  }
  return out;
}

function run(stack: LayerStack, layer: number, input: Tensor3): Tensor3 {
  let x = input;
  for (const l of stack.layers.slice(0, layer)) {
    const ones = [[Array.from({ length: l.kernelSize }, () => new Array<number>(l.kernelSize).fill(1))]];
    if (l.kind === 'pool') x = maxPool2d(x, { kernelSize: l.kernelSize, stride: l.stride });
    else if (l.kind === 'conv')
      x = conv2d(x, ones, { stride: l.stride, padding: l.padding, dilation: l.dilation });
    else
      x = convTranspose2d(x, ones, { stride: l.stride, padding: l.padding, outputPadding: l.outputPadding });
  }
  return x;
}

/** The input cells (row, col) that cell (row, col) of map `layer` depends on, by running the stack. */
export function inputDependencies(
  stack: LayerStack,
  layer: number,
  row: number,
  col: number,
): [number, number][] {
  const n = stack.inputSize;
  const found: [number, number][] = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const input = [
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j) => (i === r && j === c ? 1 : 0)),
        ),
      ];
      if (run(stack, layer, input)[0]![row]![col]! !== 0) found.push([r, c]);
    }
  return found;
}

export function boundingBox(cells: [number, number][]): InputRect | null {
  if (cells.length === 0) return null;
  const rows = cells.map(([r]) => r);
  const cols = cells.map(([, c]) => c);
  return {
    top: Math.min(...rows),
    bottom: Math.max(...rows),
    left: Math.min(...cols),
    right: Math.max(...cols),
  };
}
