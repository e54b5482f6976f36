/** The part of omggif 1.0.10 (MIT, a GIF decoder with no types of its own) the export spec uses. */
declare module 'omggif' {
  export class GifReader {
    constructor(bytes: Uint8Array);
    width: number;
    height: number;
    numFrames(): number;
    frameInfo(index: number): { x: number; y: number; width: number; height: number; delay: number };
    decodeAndBlitFrameRGBA(index: number, pixels: Uint8Array): void;
  }
}
