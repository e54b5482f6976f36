/**
 * One export, start to finish, away from the page: the scene of each step painted on an
 * OffscreenCanvas, then a PNG of the current step or a GIF of every step (gifenc, with the fixed
 * palette). Runs in the export worker; the page runs it itself, a frame at a time, only where a
 * worker cannot start (the single-file offline build opened from disk).
 */
import { GIFEncoder } from 'gifenc';
import type { Config } from '../modes/types';
import type { Scene } from './scene';
import { loadSceneMaker } from './sceneFor';
import { paintChanges, paintScene } from './paint';
import { gifPalette, indexPixels } from './gifPalette';
import { planGif } from './gifLimits';

export interface ExportRequest {
  kind: 'gif' | 'png';
  config: Config;
  step: number;
  width: number;
  height: number;
  caption: boolean;
  /** GIF: how long each step shows. */
  frameMs: number;
}

export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: ArrayBuffer; mime: string }
  | { type: 'error'; message: string };

/** The last frame stays up a while before the loop starts again. */
const HOLD_LAST_MS = 2000;

function canvas2d(width: number, height: number) {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx)
    throw new Error('This browser cannot draw on an OffscreenCanvas, so it cannot make PNG or GIF figures.');
  return { canvas, ctx };
}

export async function runExport(
  request: ExportRequest,
  progress: (done: number, total: number) => void,
  /** Between frames: lets the page breathe when the job runs on it. */
  pause: () => Promise<void> = async () => {},
): Promise<{ bytes: ArrayBuffer; mime: string }> {
  const options = { width: request.width, height: request.height, caption: request.caption };
  if (request.kind === 'png') {
    const maker = await loadSceneMaker(request.config, options);
    const { canvas, ctx } = canvas2d(request.width, request.height);
    paintScene(ctx, maker.scene(request.step));
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    progress(1, 1);
    return { bytes: await blob.arrayBuffer(), mime: 'image/png' };
  }
  const steps = (await loadSceneMaker(request.config, options)).stepCount;
  const plan = planGif(steps, request.width, request.height);
  if (!plan.ok) throw new Error(plan.why);
  // Laid out at the frame's own size (not scaled down), so cell edges stay on whole pixels.
  const maker = await loadSceneMaker(request.config, { ...options, width: plan.width, height: plan.height });
  const { ctx } = canvas2d(plan.width, plan.height);
  const palette = gifPalette();
  const gif = GIFEncoder();
  let previous: Scene | null = null;
  for (let i = 0; i < steps; i++) {
    const scene = maker.scene(i);
    paintChanges(ctx, previous, scene);
    previous = scene;
    const pixels = indexPixels(ctx.getImageData(0, 0, plan.width, plan.height).data, palette);
    gif.writeFrame(pixels, plan.width, plan.height, {
      ...(i === 0 && { palette, repeat: 0 }),
      delay: i === steps - 1 ? HOLD_LAST_MS : request.frameMs,
    });
    progress(i + 1, steps);
    await pause();
  }
  gif.finish();
  const bytes = gif.bytes();
  return {
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    mime: 'image/gif',
  };
}
