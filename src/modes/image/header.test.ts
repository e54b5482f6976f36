/**
 * Sizes and kinds from crafted bytes: each format's header written out here by its specification,
 * for random sizes; truncation, animation, SVG and unknown bytes; and the refusals built on them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readHeader } from './header';
import { headerProblem, workingSize } from './load';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const be16 = (n: number) => [(n >> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >> 8) & 255];
const le24 = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(n >>> 16)];

/** Chunks with dummy CRCs: the header reader does not check them (the decoder does). */
const pngChunk = (type: string, data: number[]) => [
  ...be32(data.length),
  ...bytes(type),
  ...data,
  0,
  0,
  0,
  0,
];
const png = (w: number, h: number, extra: number[] = [], end = true) =>
  bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...be32(w), ...be32(h), 8, 6, 0, 0, 0]),
    extra,
    pngChunk('IDAT', [1, 2, 3]),
    end ? pngChunk('IEND', []) : [],
  );
const jpeg = (w: number, h: number, end = true) =>
  bytes(
    [0xff, 0xd8],
    [0xff, 0xe0, ...be16(16), ...bytes('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0],
    [0xff, 0xc2, ...be16(11), 8, ...be16(h), ...be16(w), 1, 1, 0x11, 0],
    [0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34],
    end ? [0xff, 0xd9] : [],
  );
const gifFrame = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0];
const gif = (w: number, h: number, frames: number, end = true) =>
  bytes(
    'GIF89a',
    [...le16(w), ...le16(h), 0x80, 0, 0, 0, 0, 0, 255, 255, 255],
    ...Array(frames).fill(gifFrame),
    end ? [0x3b] : [],
  );
const riff = (chunk: number[]) => bytes('RIFF', le32(chunk.length + 4), 'WEBP', chunk);

const sizeArb = fc.tuple(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 16383 }));

describe('each format gives its size', () => {
  test('PNG (big-endian IHDR), JPEG (progressive SOF2), GIF (little-endian screen), BMP', () => {
    fc.assert(
      fc.property(sizeArb, ([w, h]) => {
        expect(readHeader(png(w, h))).toEqual({
          kind: 'image',
          format: 'png',
          width: w,
          height: h,
          animated: false,
          truncated: false,
        });
        const [jw, jh] = [w & 0xffff, h & 0xffff];
        expect(readHeader(jpeg(jw, jh))).toMatchObject({
          format: 'jpeg',
          width: jw,
          height: jh,
          truncated: false,
        });
        expect(readHeader(gif(w, h, 1))).toMatchObject({
          format: 'gif',
          width: w,
          height: h,
          animated: false,
        });
        const bmp = bytes(
          'BM',
          le32(54),
          [0, 0, 0, 0],
          le32(54),
          le32(40),
          le32(w),
          le32(-h >>> 0),
          Array(28).fill(0),
        );
        expect(readHeader(bmp)).toMatchObject({ format: 'bmp', width: w, height: h });
      }),
    );
  });

  test('WebP: lossy (VP8), lossless (VP8L, 14-bit sizes minus one) and extended (VP8X, 24-bit)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16383 }), fc.integer({ min: 1, max: 16383 }), (w, h) => {
        const lossy = riff([
          ...bytes('VP8 '),
          ...le32(10),
          0,
          0,
          0,
          0x9d,
          0x01,
          0x2a,
          ...le16(w),
          ...le16(h),
        ]);
        expect(readHeader(lossy)).toMatchObject({ format: 'webp', width: w, height: h, animated: false });
        const bits = ((w - 1) | ((h - 1) << 14)) >>> 0;
        const lossless = riff([...bytes('VP8L'), ...le32(5), 0x2f, ...le32(bits)]);
        expect(readHeader(lossless)).toMatchObject({ format: 'webp', width: w, height: h });
        const extended = riff([...bytes('VP8X'), ...le32(10), 0x02, 0, 0, 0, ...le24(w - 1), ...le24(h - 1)]);
        expect(readHeader(extended)).toMatchObject({ format: 'webp', width: w, height: h, animated: true });
      }),
    );
  });
});

test('animation: an APNG acTL chunk, a GIF with two frames', () => {
  expect(readHeader(png(40, 40, pngChunk('acTL', [0, 0, 0, 2, 0, 0, 0, 0])))).toMatchObject({
    animated: true,
  });
  expect(readHeader(gif(40, 40, 2))).toMatchObject({ animated: true, truncated: false });
});

test('truncation: no IEND, no end-of-image marker, no GIF trailer, a RIFF size past the end', () => {
  expect(readHeader(png(40, 40, [], false))).toMatchObject({ truncated: true });
  expect(readHeader(jpeg(40, 40, false))).toMatchObject({ truncated: true });
  expect(readHeader(gif(40, 40, 1, false))).toMatchObject({ truncated: true });
  const lossy = riff([
    ...bytes('VP8 '),
    ...le32(18),
    0,
    0,
    0,
    0x9d,
    0x01,
    0x2a,
    ...le16(40),
    ...le16(40),
    ...Array(8).fill(0),
  ]);
  expect(readHeader(lossy)).toMatchObject({ truncated: false });
  expect(readHeader(lossy.subarray(0, lossy.length - 2))).toMatchObject({ truncated: true });
});

test('SVG (with a BOM, an XML declaration), unknown bytes, a damaged header', () => {
  expect(readHeader(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?>\n<svg width="1"/>'))).toEqual({
    kind: 'svg',
  });
  expect(readHeader(bytes('  <svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toEqual({ kind: 'svg' });
  expect(readHeader(bytes('<html><body>not a picture</body></html>'))).toEqual({ kind: 'unknown' });
  expect(readHeader(bytes('hello'))).toEqual({ kind: 'unknown' });
  expect(readHeader(new Uint8Array())).toEqual({ kind: 'unknown' });
  expect(readHeader(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'junk'))).toEqual({
    kind: 'corrupt',
    format: 'png',
  });
  expect(readHeader(bytes([0xff, 0xd8, 0xff, 0x00, 0x00]))).toEqual({ kind: 'corrupt', format: 'jpeg' });
});

describe('what the view refuses from the header alone', () => {
  test.each([
    ['0×0', png(0, 0), /says it is 0×0 pixels/],
    ['0 wide', png(0, 50), /0×50 pixels/],
    ['20,000 × 20,000', png(20000, 20000), /20000×20000 pixels; the view opens images up to 8192/],
    ['too small', png(16, 40), /only 16×40 pixels; the view needs at least 32×32/],
    ['cut short', png(64, 64, [], false), /cut short/],
    ['SVG', bytes('<svg/>'), /SVG drawing/],
    ['text', bytes('just words'), /not an image/],
  ])('%s', (_name, file, message) => {
    expect(headerProblem('f', file)?.message).toMatch(message);
  });
  test('a sound image passes', () => expect(headerProblem('f', png(640, 480))).toBeNull());
});

test('the working size: longest side 512 at most, the aspect ratio kept', () => {
  expect(workingSize(4000, 3000)).toEqual([512, 384]);
  expect(workingSize(300, 8000)).toEqual([19, 512]);
  expect(workingSize(100, 80)).toEqual([100, 80]);
});
