/**
 * A user's file → an image the view can convolve, or a sentence saying why not. Every check that can
 * be made without decoding is made first: the file's size, what its bytes say it is, its dimensions
 * from the header, whether it was cut short. Only then is it decoded, straight to the working size.
 */
import { readHeader } from './header';
import { MAX_DECODE_SIDE, MAX_FILE_BYTES, MIN_SIDE, WORKING_SIDE } from './limits';
import type { RgbaImage } from './tensor';

export type LoadResult =
  { ok: true; image: RgbaImage; name: string; notes: string[] } | { ok: false; message: string };

const KEPT = 'The previous image and every setting stay as they were.';
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const refuse = (message: string): LoadResult => ({ ok: false, message: `${message} ${KEPT}` });

/** The working size: the longest side at most WORKING_SIDE, the aspect ratio kept. */
export function workingSize(width: number, height: number): [number, number] {
  const scale = Math.min(1, WORKING_SIDE / Math.max(width, height));
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}

/** The header checks alone (pure): null when decoding may go ahead. */
export function headerProblem(name: string, bytes: Uint8Array): { message: string } | null {
  const info = readHeader(bytes);
  const q = `“${name}”`;
  if (info.kind === 'svg')
    return {
      message: `${q} is an SVG drawing, which has no pixels of its own to convolve. Export it as a PNG and open that.`,
    };
  if (info.kind === 'unknown')
    return { message: `${q} is not an image the view can read. Open a PNG, JPEG, GIF, WebP or BMP file.` };
  if (info.kind === 'corrupt')
    return {
      message: `${q} looks like a ${info.format.toUpperCase()} file, but its header is damaged, so it cannot be read.`,
    };
  const { width, height } = info;
  if (width === 0 || height === 0)
    return { message: `${q} says it is ${width}×${height} pixels: there is nothing to convolve.` };
  if (width > MAX_DECODE_SIDE || height > MAX_DECODE_SIDE)
    return {
      message: `${q} is ${width}×${height} pixels; the view opens images up to ${MAX_DECODE_SIDE} pixels a side (it works at ${WORKING_SIDE}). Scale it down first.`,
    };
  if (width < MIN_SIDE || height < MIN_SIDE)
    return {
      message: `${q} is only ${width}×${height} pixels; the view needs at least ${MIN_SIDE}×${MIN_SIDE}.`,
    };
  if (info.truncated) return { message: `${q} is cut short: the file ends before its image does.` };
  return null;
}

export async function loadImageFile(file: File): Promise<LoadResult> {
  const q = `“${file.name}”`;
  if (file.size > MAX_FILE_BYTES)
    return refuse(
      `${q} is ${megabytes(file.size)}; the view opens files up to ${megabytes(MAX_FILE_BYTES)}.`,
    );
  if (file.size === 0) return refuse(`${q} is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = headerProblem(file.name, bytes);
  if (problem) return refuse(problem.message);
  const info = readHeader(bytes);
  if (info.kind !== 'image') return refuse(`${q} cannot be read.`);
  const [width, height] = workingSize(info.width, info.height);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: `image/${info.format}` }), {
      resizeWidth: width,
      resizeHeight: height,
      resizeQuality: 'high',
    });
  } catch {
    return refuse(`${q} could not be decoded: the file is damaged.`);
  }
  const image = rasterize(bitmap, width, height);
  bitmap.close();
  const notes: string[] = [];
  if (info.animated) notes.push(`${q} is animated: the view uses its first frame.`);
  if (width !== info.width || height !== info.height)
    notes.push(
      `${q} is ${info.width}×${info.height}; it is shown at ${width}×${height}, the working size (longest side ${WORKING_SIDE} pixels).`,
    );
  return { ok: true, image, name: file.name, notes };
}

/** Pixels of the bitmap over white, so transparent parts read as paper rather than black. */
function rasterize(bitmap: ImageBitmap, width: number, height: number): RgbaImage {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  return { width, height, rgba: context.getImageData(0, 0, width, height).data };
}
