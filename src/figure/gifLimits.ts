/**
 * How much work a GIF may be, decided before any is done: every step is a frame, and encoding time
 * and file size grow with steps × pixels per frame.
 */

/** Frames: a 32×32 input with padding 1 has 1,024 steps; more channels multiply that. */
export const MAX_GIF_FRAMES = 1024;
/** Steps × frame pixels: ~256 million keeps a GIF under a minute on a laptop (1,024 frames at 640×360). */
export const MAX_GIF_PIXELS = 256_000_000;
/** Below this a frame is too small to read; the plan refuses instead of shrinking further. */
export const MIN_GIF_WIDTH = 320;

export type GifPlan =
  { ok: true; width: number; height: number; reduced: boolean; note: string } | { ok: false; why: string };

const thousands = (n: number) => n.toLocaleString('en');

export function planGif(steps: number, width: number, height: number): GifPlan {
  if (steps > MAX_GIF_FRAMES)
    return {
      ok: false,
      why: `This configuration has ${thousands(steps)} steps; a GIF takes at most ${thousands(MAX_GIF_FRAMES)} frames. Use a smaller input, a larger stride or fewer output channels, or export the current step as SVG or PNG.`,
    };
  const pixels = steps * width * height;
  if (pixels <= MAX_GIF_PIXELS)
    return {
      ok: true,
      width,
      height,
      reduced: false,
      note: `${thousands(steps)} frames at ${width}×${height}.`,
    };
  const scale = Math.sqrt(MAX_GIF_PIXELS / pixels);
  const w = Math.floor((width * scale) / 2) * 2;
  const h = Math.floor((height * scale) / 2) * 2;
  if (w < MIN_GIF_WIDTH)
    return {
      ok: false,
      why: `${thousands(steps)} frames would have to be smaller than ${MIN_GIF_WIDTH} pixels wide to stay within the limit.`,
    };
  return {
    ok: true,
    width: w,
    height: h,
    reduced: true,
    note: `${thousands(steps)} frames at ${width}×${height} would be ${thousands(Math.round(pixels / 1e6))} million pixels to encode (the limit is ${thousands(MAX_GIF_PIXELS / 1e6)} million): the GIF is made at ${w}×${h} instead.`,
  };
}
