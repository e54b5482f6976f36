/**
 * The worker protocol: what the worker computes for a request equals the compute module's conv2d,
 * maxPool2d and avgPool2d on the same pixels, for random images and settings; the responses move
 * their buffers; oversized requests are refused before any work.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { avgPool2d, conv2d, maxPool2d, type Tensor3 } from '../../compute';
import { PROPERTY_TIMEOUT } from '../../compute/testing/arbitraries';
import { handleRequest } from './handler';
import type { ImageRequest } from './protocol';

/** The planes as nested arrays, from the definition (BT.601 luma, rounded), not from tensor.ts. */
function nested(rgba: Uint8ClampedArray, width: number, height: number, color: 'gray' | 'rgb'): Tensor3 {
  const px = (r: number, c: number, k: number) => rgba[(r * width + c) * 4 + k]!;
  const plane = (f: (r: number, c: number) => number) =>
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => f(r, c)));
  if (color === 'gray')
    return [plane((r, c) => Math.round((299 * px(r, c, 0) + 587 * px(r, c, 1) + 114 * px(r, c, 2)) / 1000))];
  return [0, 1, 2].map((k) => plane((r, c) => px(r, c, k)));
}

const requestArb = fc
  .record({
    width: fc.integer({ min: 8, max: 40 }),
    height: fc.integer({ min: 8, max: 40 }),
    color: fc.constantFrom<'gray' | 'rgb'>('gray', 'rgb'),
    op: fc.constantFrom<'conv' | 'max' | 'avg'>('conv', 'conv', 'max', 'avg'),
    kh: fc.integer({ min: 1, max: 4 }),
    kw: fc.integer({ min: 1, max: 4 }),
    stride: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
    padding: fc.oneof(
      fc.constantFrom<'same' | 'valid'>('same', 'valid'),
      fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    ),
    dilation: fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 2 })),
    seed: fc.integer(),
  })
  .chain((r) =>
    fc
      .tuple(
        fc.uint8Array({ minLength: r.width * r.height * 4, maxLength: r.width * r.height * 4 }),
        fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -2, max: 2, noNaN: true })), {
          minLength: r.kh * r.kw,
          maxLength: r.kh * r.kw,
        }),
      )
      .map(([bytes, weights]) => ({ ...r, bytes, weights })),
  );

describe('the worker computes what the compute module computes', PROPERTY_TIMEOUT, () => {
  test('random images, kernels and settings (conv, max and average pooling, gray and RGB)', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const request: ImageRequest = {
          id: 1,
          pictureId: 1,
          width: r.width,
          height: r.height,
          rgba: new Uint8ClampedArray(r.bytes),
          color: r.color,
          op: r.op,
          kernelSize: [r.kh, r.kw],
          weights: Float64Array.from(r.weights),
          stride: r.stride,
          padding: r.padding,
          dilation: r.dilation,
        };
        const input = nested(new Uint8ClampedArray(r.bytes), r.width, r.height, r.color);
        const plane = r.weights.map((_, i) => r.weights[i]!);
        const kernel2d = Array.from({ length: r.kh }, (_, i) => plane.slice(i * r.kw, (i + 1) * r.kw));
        let expected: Tensor3;
        try {
          expected =
            r.op === 'conv'
              ? input.map(
                  (p) =>
                    conv2d([p], [[kernel2d]], {
                      stride: r.stride,
                      padding: r.padding,
                      dilation: r.dilation,
                    })[0]!,
                )
              : (r.op === 'max' ? maxPool2d : avgPool2d)(input, {
                  kernelSize: [r.kh, r.kw],
                  stride: r.stride,
                });
        } catch {
          // No valid output: the worker must say so too, without a partial result.
          expect(handleRequest(request).response.ok).toBe(false);
          return;
        }
        const { response, transfer } = handleRequest(request);
        if (!response.ok) throw new Error(response.message);
        expect(response.planes.length).toBe(expected.length);
        expect([response.height, response.width]).toEqual([expected[0]!.length, expected[0]![0]!.length]);
        expected.forEach((p, c) =>
          p.forEach((row, i) =>
            row.forEach((v, j) => expect(response.planes[c]![i * response.width + j]).toBeCloseTo(v, 9)),
          ),
        );
        const maxAbs = Math.max(...expected.flat(2).map(Math.abs));
        expect(response.maxAbs).toBeCloseTo(maxAbs, 9);
        expect(response.colours.every((c) => c.length === response.width * response.height * 4)).toBe(true);
        // Every returned array's buffer is listed for transfer.
        for (const a of [...response.planes, ...response.colours]) expect(transfer).toContain(a.buffer);
      }),
      { numRuns: 150 },
    );
  });
});

describe('bounds, checked before any work', () => {
  const base: ImageRequest = {
    id: 7,
    pictureId: 7,
    width: 600,
    height: 10,
    rgba: new Uint8ClampedArray(600 * 10 * 4),
    color: 'rgb',
    op: 'conv',
    kernelSize: [3, 3],
    weights: new Float64Array(9),
    stride: [1, 1],
    padding: 0,
    dilation: [1, 1],
  };
  test('an image wider than the working size is refused, with the request id', () => {
    const { response } = handleRequest(base);
    expect(response).toMatchObject({ id: 7, ok: false });
    if (!response.ok) expect(response.message).toMatch(/1 to 512 pixels a side; it is 600×10/);
  });
  test('pixels that do not match the size are refused', () => {
    const { response } = handleRequest({ ...base, width: 10, rgba: new Uint8ClampedArray(12) });
    expect(response.ok).toBe(false);
  });
});

describe('the picture stays in the worker', () => {
  const width = 9;
  const height = 6;
  const rgba = Uint8ClampedArray.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
  const request = (over: Partial<ImageRequest>): ImageRequest => ({
    id: 1,
    pictureId: 41,
    width,
    height,
    rgba,
    color: 'rgb',
    op: 'conv',
    kernelSize: [3, 2],
    weights: Float64Array.of(1, -2, 0.5, 3, 0, -1),
    stride: [1, 1],
    padding: 1,
    dilation: [1, 1],
    ...over,
  });
  const planesOf = (r: ImageRequest) => {
    const { response } = handleRequest(r);
    if (!response.ok) throw new Error(response.message);
    return response.planes.map((p) => [...p]);
  };

  test('a request without pixels on the picture last sent equals the same request with its pixels', () => {
    for (const color of ['gray', 'rgb'] as const) {
      const settings = { color, weights: Float64Array.of(0, 1, 2, -1, 0.25, 4) };
      const withPixels = planesOf(request({ ...settings, pictureId: 42 }));
      handleRequest(request({})); // picture 41 sent, under other settings
      expect(planesOf(request({ ...settings, rgba: null }))).toEqual(withPixels);
    }
  });

  test('a request without pixels on a picture the worker does not hold is refused, with a message', () => {
    handleRequest(request({}));
    const { response } = handleRequest(request({ id: 9, pictureId: 40, rgba: null }));
    expect(response).toMatchObject({ id: 9, ok: false });
    if (!response.ok) expect(response.message).toMatch(/not sent/);
  });
});
