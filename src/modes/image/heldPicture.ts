/**
 * The worker's memory of the last picture it was sent, and of its planes per colour mode, so that a
 * request for the same picture (a weight edited, a stride changed) needs no pixels and no conversion.
 * Only the newest picture is kept: the page shows one at a time.
 */
import type { ImageColor } from '../types';
import type { ImageRequest } from './protocol';
import { toPlanes } from './tensor';

interface Held {
  pictureId: number;
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  planes: Partial<Record<ImageColor, Float32Array[]>>;
}

let held: Held | null = null;

/** The request's planes, from its pixels (then kept) or from the picture already held. */
export function planesOf(r: ImageRequest): Float32Array[] {
  if (r.rgba) held = { pictureId: r.pictureId, width: r.width, height: r.height, rgba: r.rgba, planes: {} };
  else if (!held || held.pictureId !== r.pictureId || held.width !== r.width || held.height !== r.height)
    throw new Error('The picture was not sent to the worker; choose it again.');
  return (held.planes[r.color] ??= toPlanes(held, r.color));
}
