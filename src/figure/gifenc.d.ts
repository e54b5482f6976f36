/** The part of gifenc 1.0.3 (MIT, no types of its own) the export uses. */
declare module 'gifenc' {
  export interface FrameOptions {
    palette?: number[][];
    /** Milliseconds (written as hundredths of a second). */
    delay?: number;
    /** 0: loop forever. */
    repeat?: number;
  }
  export interface Encoder {
    writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export function GIFEncoder(options?: { initialCapacity?: number; auto?: boolean }): Encoder;
}
