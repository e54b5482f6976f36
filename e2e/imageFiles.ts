// Image files made in the test, byte by byte: a PNG encoder (zlib from Node, CRC written out), an
// animated GIF (8-bit codes with a clear code often enough that the code width never grows), and
// the broken files the image view must refuse. Nothing here imports the app.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

function ihdr(width: number, height: number): Buffer {
  const h = Buffer.alloc(13);
  h.writeUInt32BE(width, 0);
  h.writeUInt32BE(height, 4);
  h[8] = 8; // bit depth
  h[9] = 6; // RGBA
  return chunk('IHDR', h);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An RGBA PNG of the given pixels (row-major, 4 bytes each). */
export function pngOf(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++)
    Buffer.from(rgba.subarray(y * width * 4, (y + 1) * width * 4)).copy(raw, y * (1 + width * 4) + 1);
  return Buffer.concat([
    SIGNATURE,
    ihdr(width, height),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A PNG whose header claims a size, with no pixels: enough for a check that reads only the header. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  return Buffer.concat([
    SIGNATURE,
    ihdr(width, height),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Opaque pixels from a fixed seed (a linear congruential generator), so every run sees the same picture. */
export function randomPixels(width: number, height: number, seed: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  let s = seed >>> 0;
  for (let i = 0; i < rgba.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    rgba[i] = i % 4 === 3 ? 255 : s >>> 24;
  }
  return rgba;
}

/** A two-frame GIF: frame 1 a left-to-right ramp of palette grey levels, frame 2 solid white. */
export function animatedGif(width: number, height: number): Buffer {
  const parts: number[] = [
    ...Buffer.from('GIF89a', 'ascii'),
    width & 255,
    width >> 8,
    height & 255,
    height >> 8,
  ];
  parts.push(0xf6, 0, 0); // global table of 128 colours
  for (let i = 0; i < 128; i++) parts.push(i * 2, i * 2, i * 2);
  parts.push(0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0', 'ascii'), 3, 1, 0, 0, 0); // loop forever
  const frame = (index: (x: number) => number) => {
    parts.push(0x21, 0xf9, 4, 0, 10, 0, 0, 0); // 0.1 s delay
    parts.push(0x2c, 0, 0, 0, 0, width & 255, width >> 8, height & 255, height >> 8, 0);
    parts.push(7); // LZW minimum code size: codes are 8 bits, clear = 128, end = 129
    const codes: number[] = [];
    for (let i = 0; i < width * height; i++) {
      if (i % 100 === 0) codes.push(128);
      codes.push(index(i % width));
    }
    codes.push(129);
    for (let at = 0; at < codes.length; at += 255) {
      const block = codes.slice(at, at + 255);
      parts.push(block.length, ...block);
    }
    parts.push(0);
  };
  frame((x) => Math.floor((x * 127) / (width - 1)));
  frame(() => 127);
  parts.push(0x3b);
  return Buffer.from(parts);
}
