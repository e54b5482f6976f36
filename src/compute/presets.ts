/** Named kernels from image processing, each a single [row][col] plane. */

export type PresetId =
  'identity' | 'box' | 'gaussian' | 'sharpen' | 'sobelX' | 'sobelY' | 'laplacian' | 'emboss';

export interface KernelPreset {
  id: PresetId;
  label: string;
  /** What it does, in a phrase. */
  effect: string;
  /** The sizes it is defined for; `any` presets scale with the kernel. */
  sizes: 'any' | '3x3';
  make: (height: number, width: number) => number[][];
}

function fill(height: number, width: number, at: (row: number, col: number) => number): number[][] {
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => at(r, c)));
}

/** Pascal's-triangle row n: the binomial weights that approximate a Gaussian. */
function binomialRow(n: number): number[] {
  const row = [1];
  for (let i = 1; i < n; i++) row.push((row[i - 1]! * (n - i)) / i);
  return row;
}

const fixed3 = (values: number[][]) => () => values.map((row) => [...row]);

export const KERNEL_PRESETS: readonly KernelPreset[] = [
  {
    id: 'identity',
    label: 'Identity',
    effect: 'copies the centre pixel: the output equals the input',
    sizes: 'any',
    make: (h, w) => fill(h, w, (r, c) => (r === Math.floor(h / 2) && c === Math.floor(w / 2) ? 1 : 0)),
  },
  {
    id: 'box',
    label: 'Box blur',
    effect: 'averages the neighbourhood evenly',
    sizes: 'any',
    make: (h, w) => fill(h, w, () => 1 / (h * w)),
  },
  {
    id: 'gaussian',
    label: 'Gaussian blur',
    effect: 'averages the neighbourhood, weighting the centre most',
    sizes: 'any',
    make: (h, w) => {
      const rows = binomialRow(h);
      const cols = binomialRow(w);
      const total = rows.reduce((a, b) => a + b, 0) * cols.reduce((a, b) => a + b, 0);
      return fill(h, w, (r, c) => (rows[r]! * cols[c]!) / total);
    },
  },
  {
    id: 'sharpen',
    label: 'Sharpen',
    effect: 'boosts the centre against its neighbours',
    sizes: '3x3',
    make: fixed3([
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ]),
  },
  {
    id: 'sobelX',
    label: 'Sobel x',
    effect: 'responds to vertical edges (change from left to right)',
    sizes: '3x3',
    make: fixed3([
      [-1, 0, 1],
      [-2, 0, 2],
      [-1, 0, 1],
    ]),
  },
  {
    id: 'sobelY',
    label: 'Sobel y',
    effect: 'responds to horizontal edges (change from top to bottom)',
    sizes: '3x3',
    make: fixed3([
      [-1, -2, -1],
      [0, 0, 0],
      [1, 2, 1],
    ]),
  },
  {
    id: 'laplacian',
    label: 'Laplacian (edges)',
    effect: 'responds to edges in every direction',
    sizes: '3x3',
    make: fixed3([
      [0, 1, 0],
      [1, -4, 1],
      [0, 1, 0],
    ]),
  },
  {
    id: 'emboss',
    label: 'Emboss',
    effect: 'lights one side of every edge and shades the other',
    sizes: '3x3',
    make: fixed3([
      [-2, -1, 0],
      [-1, 1, 1],
      [0, 1, 2],
    ]),
  },
];

/** The preset's kernel at the requested size; fixed 3×3 presets ignore the size and stay 3×3. */
export function kernelPreset(id: PresetId, height = 3, width = height): number[][] {
  const preset = KERNEL_PRESETS.find((p) => p.id === id);
  if (!preset)
    throw new Error(
      `No kernel preset named "${id}". Choose one of ${KERNEL_PRESETS.map((p) => p.id).join(', ')}.`,
    );
  return preset.sizes === 'any' ? preset.make(height, width) : preset.make(3, 3);
}
