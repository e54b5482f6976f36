/**
 * The worker fills memory the page sends back (spare buffers) instead of new memory. Runs of requests
 * on pictures of different sizes, each sending back the previous response's buffers and some filled
 * with garbage, of sizes that fit and that do not: every response must still equal conv2d on its own
 * picture, equal (byte for byte) the same request answered in new memory, and use six distinct
 * buffers, none of them another live response's.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { conv2d } from '../../compute';
import { PROPERTY_TIMEOUT } from '../../compute/testing/arbitraries';
import { handleRequest } from './handler';
import type { ImageRequest, ImageResponse } from './protocol';

type Ok = Extract<ImageResponse, { ok: true }>;

const SIDES = [5, 8, 11];

const stepArb = fc.record({
  width: fc.constantFrom(...SIDES),
  height: fc.constantFrom(...SIDES),
  k: fc.integer({ min: 1, max: 3 }),
  padding: fc.integer({ min: 0, max: 1 }),
  seed: fc.integer({ min: 0, max: 255 }),
  weights: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 9, maxLength: 9 }),
  /** Garbage buffers also sent back, in bytes: some the size of a plane or a colour map, some not. */
  garbage: fc.array(fc.constantFrom(5 * 5 * 8, 8 * 8 * 4, 11 * 8 * 8, 100, 11 * 11 * 4), { maxLength: 4 }),
  /** Whether the previous response is sent back (the page only does so once it shows a newer one). */
  recycle: fc.boolean(),
});

function ok(response: ImageResponse): Ok {
  if (!response.ok) throw new Error(response.message);
  return response;
}

describe('spare buffers sent back to the worker', PROPERTY_TIMEOUT, () => {
  test('runs of requests of changing sizes, filling buffers the page sent back', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 2, maxLength: 6 }), (steps) => {
        let previous: Ok | null = null;
        steps.forEach((s, n) => {
          const rgba = Uint8ClampedArray.from(
            { length: s.width * s.height * 4 },
            (_, i) => (i * 31 + s.seed) % 256,
          );
          const request: ImageRequest = {
            id: n,
            pictureId: 1000 + n,
            width: s.width,
            height: s.height,
            rgba,
            color: 'rgb',
            op: 'conv',
            kernelSize: [s.k, s.k],
            weights: Float64Array.from(s.weights.slice(0, s.k * s.k)),
            stride: [1, 1],
            padding: s.padding,
            dilation: [1, 1],
          };
          const fresh = ok(handleRequest(request).response);
          const spare = s.garbage.map((bytes) => new Uint8Array(bytes).fill(0xa5).buffer);
          if (s.recycle && previous)
            spare.push(...[...previous.planes, ...previous.colours].map((a) => a.buffer as ArrayBuffer));
          const kept = previous;
          const got = ok(handleRequest({ ...request, spare }).response);

          // The values conv2d gives on this picture, whatever memory held before.
          const kernel = [[Array.from({ length: s.k }, (_, r) => s.weights.slice(r * s.k, (r + 1) * s.k))]];
          got.planes.forEach((plane, c) => {
            const input = [
              Array.from({ length: s.height }, (_, r) =>
                Array.from({ length: s.width }, (_, col) => rgba[(r * s.width + col) * 4 + c]!),
              ),
            ];
            const expected = conv2d(input, kernel, { padding: s.padding })[0]!;
            expect(
              Array.from({ length: got.height }, (_, r) =>
                Array.from(plane.slice(r * got.width, (r + 1) * got.width)),
              ),
            ).toEqual(expected);
          });
          // The same bytes as in new memory.
          expect(got.maxAbs).toBe(fresh.maxAbs);
          got.planes.forEach((p, c) =>
            expect(new Uint8Array(p.buffer)).toEqual(new Uint8Array(fresh.planes[c]!.buffer)),
          );
          got.colours.forEach((p, c) => expect(p).toEqual(fresh.colours[c]));
          // Six distinct buffers, none shared with the response the page still shows when it sent nothing back.
          const buffers = [...got.planes, ...got.colours].map((a) => a.buffer);
          expect(new Set(buffers).size).toBe(6);
          if (kept && !s.recycle)
            for (const a of [...kept.planes, ...kept.colours]) expect(buffers).not.toContain(a.buffer);
          previous = got;
        });
      }),
      { numRuns: 150 },
    );
  });
});
