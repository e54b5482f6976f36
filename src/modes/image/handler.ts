/**
 * What the worker does with one request: pixels → planes (kept for the next request on the same
 * picture) → the operation → colours. A plain function, so the unit tests run exactly what the worker
 * runs, and the page can run it itself where workers are not available (the offline file opened from
 * disk).
 */
import { makeGeometry } from '../../compute/geometry';
import { convPlane, PaddedPlanes, poolPlane, type Plane, type PlaneOutput } from '../../compute/planes';
import { colourize } from './colours';
import { requestProblem, type ImageRequest, type ImageResponse } from './protocol';
import { planesOf } from './heldPicture';
import { SpareBuffers } from './spareBuffers';

export interface Handled {
  response: ImageResponse;
  /** The buffers to move to the receiver. */
  transfer: ArrayBuffer[];
}

/** The held picture's planes, zero-padded, kept across requests: a weight edit pads nothing again. */
const padded = new PaddedPlanes();
/** Memory of earlier results, sent back by the page, filled again instead of new memory. */
const spares = new SpareBuffers();

function largestAbs(data: Float64Array): number {
  let maxAbs = 0;
  for (let i = 0; i < data.length; i++) maxAbs = Math.max(maxAbs, Math.abs(data[i]!));
  return maxAbs;
}

/** The operation on one plane, and the largest |value| of its output. */
function operate(plane: Plane, r: ImageRequest): PlaneOutput & { maxAbs: number } {
  if (r.op === 'conv') {
    const options = { stride: r.stride, padding: r.padding, dilation: r.dilation };
    const g = makeGeometry(plane.height, plane.width, { kernelSize: r.kernelSize, ...options });
    const spare = spares.take(g.outHeight * g.outWidth * Float64Array.BYTES_PER_ELEMENT);
    return convPlane(plane, r.weights, r.kernelSize, options, {
      padded,
      out: spare && new Float64Array(spare),
    });
  }
  const pooled = poolPlane(plane, r.op, r.kernelSize, r.stride);
  return { ...pooled, maxAbs: largestAbs(pooled.data) };
}

export function handleRequest(r: ImageRequest, now: () => number = () => performance.now()): Handled {
  const start = now();
  const problem = requestProblem(r);
  if (problem) return { response: { id: r.id, ok: false, message: problem }, transfer: [] };
  try {
    spares.keep(r.spare);
    const outputs = planesOf(r).map((data) => operate({ width: r.width, height: r.height, data }, r));
    const maxAbs = outputs.reduce((m, p) => Math.max(m, p.maxAbs), 0);
    const planes = outputs.map((p) => p.data);
    const colours = planes.map((p) => colourize(p, maxAbs, outputs[0]!.width, spares.take(p.length * 4)));
    return {
      response: {
        id: r.id,
        ok: true,
        width: outputs[0]!.width,
        height: outputs[0]!.height,
        planes,
        colours,
        maxAbs,
        ms: now() - start,
      },
      transfer: [
        ...planes.map((p) => p.buffer as ArrayBuffer),
        ...colours.map((c) => c.buffer as ArrayBuffer),
      ],
    };
  } catch (error) {
    return {
      response: { id: r.id, ok: false, message: error instanceof Error ? error.message : String(error) },
      transfer: [],
    };
  }
}
