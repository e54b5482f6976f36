/**
 * Clicking a point of the feature map opens the step-by-step view of the same operation on a small
 * crop around it. The crop is taken from the padded image (convolution pads with zeros, which the
 * crop then holds as values), so the step view runs with no padding of its own and its output cells
 * are exactly the image's, and the step shown is the clicked cell's.
 */
import { makeGeometry, type Tensor4 } from '../../compute';
import { LIMITS, type Config, type Size2 } from '../types';
import type { Mode } from '../registry';

export interface StepViewLink {
  mode: Mode;
  patch: Partial<Config>;
  step: number;
}

/** Up to this many output cells a side, so the step view stays a short lesson. */
const MAX_CELLS = 5;

interface Axis {
  /** First padded-input index of the crop, its length, first output index and output count. */
  start: number;
  size: number;
  firstOut: number;
  count: number;
}

function axis(out: number, outSize: number, padded: number, field: number, stride: number): Axis {
  const room = Math.min(LIMITS.size.max, padded);
  const count = Math.max(1, Math.min(MAX_CELLS, outSize, Math.floor((room - field) / stride) + 1));
  const firstOut = Math.min(Math.max(0, out - Math.floor(count / 2)), outSize - count);
  return { start: firstOut * stride, size: field + stride * (count - 1), firstOut, count };
}

export function stepViewFor(
  plane: ArrayLike<number>,
  [height, width]: Size2,
  config: Config,
  kernel: Tensor4 | null,
  out: { row: number; col: number },
): StepViewLink {
  const conv = config.op === 'conv';
  const stride = config.stride ?? (conv ? [1, 1] : config.k);
  const dilation: Size2 = conv ? config.dilation : [1, 1];
  const g = makeGeometry(height, width, {
    kernelSize: config.k,
    stride,
    padding: conv ? config.pad : 0,
    dilation,
  });
  const field = (k: number, d: number) => d * (k - 1) + 1;
  const rows = axis(
    out.row,
    g.outHeight,
    height + g.padding.top + g.padding.bottom,
    field(config.k[0], dilation[0]),
    stride[0],
  );
  const cols = axis(
    out.col,
    g.outWidth,
    width + g.padding.left + g.padding.right,
    field(config.k[1], dilation[1]),
    stride[1],
  );
  const crop = Array.from({ length: rows.size }, (_, i) =>
    Array.from({ length: cols.size }, (_, j) => {
      const [r, c] = [rows.start + i - g.padding.top, cols.start + j - g.padding.left];
      return r >= 0 && r < height && c >= 0 && c < width ? plane[r * width + c]! : 0;
    }),
  );
  const step = (out.row - rows.firstOut) * cols.count + (out.col - cols.firstOut);
  const shared: Partial<Config> = {
    size: [rows.size, cols.size],
    k: config.k,
    stride: [stride[0], stride[1]],
    pad: [0, 0],
    cin: 1,
    input: [crop],
  };
  if (!conv)
    return {
      mode: 'maxpool',
      patch: { ...shared, pool: config.op === 'avg' ? 'avg' : 'max', pipeline: false, kernel: null },
      step,
    };
  const dilated = dilation[0] > 1 || dilation[1] > 1;
  return {
    mode: dilated ? 'dilated' : 'standard',
    patch: { ...shared, dilation, cout: 1, bias: false, biases: null, kernel },
    step,
  };
}
