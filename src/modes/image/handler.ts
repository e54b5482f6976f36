/**
 * What the worker does with one request: pixels → planes (kept for the next request on the same
 * picture) → the operation → colours. A plain function, so the unit tests run exactly what the worker
 * runs, and the page can run it itself where workers are not available (the offline file opened from
 * disk).
 */
import { convPlane, poolPlane, type Plane } from '../../compute/planes';
import { colourize } from './colours';
import { requestProblem, type ImageRequest, type ImageResponse } from './protocol';
import { planesOf } from './heldPicture';

export interface Handled {
  response: ImageResponse;
  /** The buffers to move to the receiver. */
  transfer: ArrayBuffer[];
}

function operate(plane: Plane, r: ImageRequest): Plane {
  if (r.op === 'conv')
    return convPlane(plane, r.weights, r.kernelSize, {
      stride: r.stride,
      padding: r.padding,
      dilation: r.dilation,
    });
  return poolPlane(plane, r.op, r.kernelSize, r.stride);
}

export function handleRequest(r: ImageRequest, now: () => number = () => performance.now()): Handled {
  const start = now();
  const problem = requestProblem(r);
  if (problem) return { response: { id: r.id, ok: false, message: problem }, transfer: [] };
  try {
    const outputs = planesOf(r).map((data) => operate({ width: r.width, height: r.height, data }, r));
    let maxAbs = 0;
    for (const { data } of outputs)
      for (let i = 0; i < data.length; i++) maxAbs = Math.max(maxAbs, Math.abs(data[i]!));
    const planes = outputs.map((p) => p.data as Float64Array);
    const colours = planes.map((p) => colourize(p, maxAbs));
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
