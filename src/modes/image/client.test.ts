/**
 * Newest request wins: requests made while one runs replace each other, a result overtaken by a newer
 * request is dropped, and the newest always arrives. (No Worker in Node: the client runs the same
 * handler on the page, which is also its fallback in a browser.)
 */
import { expect, test } from 'vitest';
import { ImageWorkerClient } from './client';

const job = (weight: number) => ({
  width: 32,
  height: 32,
  rgba: new Uint8ClampedArray(32 * 32 * 4).fill(10),
  color: 'gray' as const,
  op: 'conv' as const,
  kernelSize: [1, 1] as [number, number],
  weights: Float64Array.of(weight),
  stride: [1, 1] as [number, number],
  padding: 0 as const,
  dilation: [1, 1] as [number, number],
});

test('three quick requests: only the last is answered, with its own result', async () => {
  const client = new ImageWorkerClient();
  const results = await Promise.all([client.run(job(1)), client.run(job(2)), client.run(job(3))]);
  expect(results.slice(0, 2)).toEqual([null, null]);
  expect(results[2]).toMatchObject({ ok: true, width: 32, height: 32 });
  if (results[2]?.ok) expect(results[2].planes[0]![0]).toBe(30);
});

test('the caller keeps its pixels: they are copied before being moved', async () => {
  const client = new ImageWorkerClient();
  const request = job(2);
  await client.run(request);
  expect(request.rgba.length).toBe(32 * 32 * 4);
});

test('a request larger than the view ever computes is refused before it is sent', async () => {
  const client = new ImageWorkerClient();
  const huge = { ...job(1), width: 5000, height: 5000, kernelSize: [7, 7] as [number, number] };
  expect(await client.run(huge)).toMatchObject({ ok: false });
});
