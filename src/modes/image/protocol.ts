/**
 * The messages between the image view and its worker. Pixels go in once a picture (the worker keeps
 * the last picture it was sent, so a weight edit sends only settings), and values and coloured pixels
 * come back, as transferable typed arrays (moved, not copied). The work a request implies is bounded
 * here, before it is sent and again before the worker starts it.
 */
import type { PaddingOption } from '../../compute/types';
import type { ImageColor, ImageOp } from '../types';
import { WORKING_SIDE } from './limits';

export interface ImageRequest {
  id: number;
  width: number;
  height: number;
  /** Which picture this is: the page numbers them, and the worker keeps the last one's pixels. */
  pictureId: number;
  /** RGBA bytes, width × height × 4; null when the worker already holds picture `pictureId`. */
  rgba: Uint8ClampedArray | null;
  color: ImageColor;
  op: ImageOp;
  kernelSize: [number, number];
  /** Row-major kh × kw weights (convolution only; ignored for pooling). */
  weights: Float64Array;
  stride: [number, number];
  padding: PaddingOption;
  dilation: [number, number];
  /**
   * Buffers of earlier responses the page no longer shows, moved back for the worker to fill again
   * (spareBuffers.ts says why).
   */
  spare?: ArrayBuffer[];
}

export type ImageResponse =
  | {
      id: number;
      ok: true;
      width: number;
      height: number;
      /** One feature map per channel (gray: one; RGB: three), row-major. */
      planes: Float64Array[];
      /** Each plane as RGBA on the diverging scale −maxAbs … +maxAbs. */
      colours: Uint8ClampedArray[];
      /** The largest |value| over every plane: the legend's end. */
      maxAbs: number;
      /** Time the worker spent, in milliseconds. */
      ms: number;
    }
  | { id: number; ok: false; message: string };

/** Padding never exceeds the widest window (25 cells), so this many extra cells a side bound every output. */
const MAX_PAD = 24;
/** A 512×512 RGB image through a 7×7 kernel at any padding: about 41 million multiply-adds. */
export const MAX_WORK = 3 * (WORKING_SIDE + 2 * MAX_PAD) ** 2 * 49;

/** An upper bound on the multiply-adds (or comparisons) a request implies. */
export function workOf(r: Pick<ImageRequest, 'width' | 'height' | 'color' | 'kernelSize'>): number {
  const channels = r.color === 'gray' ? 1 : 3;
  return channels * (r.width + 2 * MAX_PAD) * (r.height + 2 * MAX_PAD) * r.kernelSize[0] * r.kernelSize[1];
}

/** Why the worker must not start this request, or null. */
export function requestProblem(r: ImageRequest): string | null {
  if (r.width < 1 || r.height < 1 || r.width > WORKING_SIDE || r.height > WORKING_SIDE)
    return `The image must be 1 to ${WORKING_SIDE} pixels a side; it is ${r.width}×${r.height}.`;
  if (r.rgba && r.rgba.length !== r.width * r.height * 4) return 'The pixels do not match the image size.';
  if (workOf(r) > MAX_WORK) return 'This request is larger than the view ever computes.';
  return null;
}
