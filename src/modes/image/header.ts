/**
 * What a file is and how big its picture is, read from its first bytes — before anything decodes it,
 * so a 20,000 × 20,000 image is refused without allocating its pixels. Also: whether the file was cut
 * short (a decoder may draw a truncated image half grey without complaint), and whether a GIF or WebP
 * is animated. Pure: bytes in, a description out.
 */

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp';

export type HeaderInfo =
  | {
      kind: 'image';
      format: ImageFormat;
      width: number;
      height: number;
      animated: boolean;
      truncated: boolean;
    }
  | { kind: 'svg' }
  | { kind: 'unknown' }
  /** Recognized, but the header itself is damaged or missing. */
  | { kind: 'corrupt'; format: ImageFormat };

const ascii = (b: Uint8Array, at: number, n: number): string =>
  String.fromCharCode(...b.subarray(at, at + n));
const be16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const le16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const be32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const le32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

function png(b: Uint8Array): HeaderInfo {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return { kind: 'corrupt', format: 'png' };
  // Walk the chunks: an IEND means the file is whole; an acTL before the image data means animated.
  let at = 8;
  let animated = false;
  let ended = false;
  while (at + 8 <= b.length) {
    const type = ascii(b, at + 4, 4);
    if (type === 'acTL') animated = true;
    if (type === 'IEND') {
      ended = true;
      break;
    }
    at += 12 + be32(b, at);
  }
  return {
    kind: 'image',
    format: 'png',
    width: be32(b, 16),
    height: be32(b, 20),
    animated,
    truncated: !ended,
  };
}

/** The size from the first start-of-frame segment; the end-of-image marker tells a whole file. */
function jpeg(b: Uint8Array): HeaderInfo {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return { kind: 'corrupt', format: 'jpeg' };
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = be16(b, at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (at + 9 > b.length) break;
      const truncated = !(b[b.length - 2] === 0xff && b[b.length - 1] === 0xd9);
      return {
        kind: 'image',
        format: 'jpeg',
        width: be16(b, at + 7),
        height: be16(b, at + 5),
        animated: false,
        truncated,
      };
    }
    at += 2 + length;
  }
  return { kind: 'corrupt', format: 'jpeg' };
}

/** Skips a chain of GIF sub-blocks from `at`; returns the index after the terminator, or -1 if cut short. */
function skipSubBlocks(b: Uint8Array, at: number): number {
  while (at < b.length) {
    const n = b[at]!;
    if (n === 0) return at + 1;
    at += n + 1;
  }
  return -1;
}

/** Counts the frames (image descriptors) to tell an animation; a missing trailer means truncated. */
function gif(b: Uint8Array): HeaderInfo {
  if (b.length < 13) return { kind: 'corrupt', format: 'gif' };
  const [width, height] = [le16(b, 6), le16(b, 8)];
  let at = 13 + (b[10]! & 0x80 ? 3 * 2 ** ((b[10]! & 7) + 1) : 0);
  let frames = 0;
  let ended = false;
  while (at > 0 && at < b.length) {
    const block = b[at]!;
    if (block === 0x3b) {
      ended = true;
      break;
    } else if (block === 0x21) at = skipSubBlocks(b, at + 2);
    else if (block === 0x2c) {
      frames++;
      if (at + 10 > b.length) break;
      const packed = b[at + 9]!;
      at += 10 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
      at = skipSubBlocks(b, at + 1); // after the LZW minimum code size
    } else return { kind: 'corrupt', format: 'gif' };
  }
  if (frames === 0) return { kind: 'corrupt', format: 'gif' };
  return { kind: 'image', format: 'gif', width, height, animated: frames > 1, truncated: !ended };
}

function webp(b: Uint8Array): HeaderInfo {
  const truncated = b.length < 8 + le32(b, 4);
  const chunk = ascii(b, 12, 4);
  const info = (width: number, height: number, animated = false): HeaderInfo => ({
    kind: 'image',
    format: 'webp',
    width,
    height,
    animated,
    truncated,
  });
  if (chunk === 'VP8 ' && b.length >= 30) return info(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = le32(b, 21);
    return info((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && b.length >= 30) {
    const le24 = (at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
    return info(le24(24) + 1, le24(27) + 1, (b[20]! & 0x02) !== 0);
  }
  return { kind: 'corrupt', format: 'webp' };
}

function bmp(b: Uint8Array): HeaderInfo {
  if (b.length < 26) return { kind: 'corrupt', format: 'bmp' };
  const height = Math.abs(le32(b, 22) | 0); // negative: rows stored top-down
  return {
    kind: 'image',
    format: 'bmp',
    width: le32(b, 18),
    height,
    animated: false,
    truncated: b.length < le32(b, 2),
  };
}

/** An SVG is text: skip a byte-order mark and white space, then look for an <svg element early on. */
function looksLikeSvg(b: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(b.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<') && /<svg[\s/>]/i.test(head);
}

export function readHeader(bytes: Uint8Array): HeaderInfo {
  const b = bytes;
  if (b.length >= 8 && be32(b, 0) === 0x89504e47 && be32(b, 4) === 0x0d0a1a0a) return png(b);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpeg(b);
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return gif(b);
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  if (b.length >= 2 && ascii(b, 0, 2) === 'BM') return bmp(b);
  if (looksLikeSvg(b)) return { kind: 'svg' };
  return { kind: 'unknown' };
}
