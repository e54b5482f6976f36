/**
 * The image view's bounds, checked before any work starts. Small enough to load with the registry.
 */

/** Longest side the worker convolves: a 512×512 RGB image through a 7×7 kernel stays well under 50 ms. */
export const WORKING_SIDE = 512;
/** Smallest image accepted (defined with the registry entry, whose check relies on it). */
export { MIN_SIDE } from './index';
/** Larger sides are refused from the file's header, before decoding could exhaust memory. */
export const MAX_DECODE_SIDE = 8192;
/** Files over this are refused by size alone, before a byte is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Side of the generated samples. */
export const SAMPLE_SIDE = 96;
