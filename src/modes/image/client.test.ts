/**
 * Newest request wins: requests made while one runs replace each other, a result overtaken by a newer
 * request is dropped, and the newest always arrives. (No Worker in Node: the client runs the same
 * handler on the page, which is also its fallback in a browser.)
 */
import { afterEach, expect, test, vi } from 'vitest';
import { ImageWorkerClient } from './client';
import { handleRequest } from './handler';
import type { ImageRequest, ImageResponse } from './protocol';

const job = (weight: number, rgba = new Uint8ClampedArray(32 * 32 * 4).fill(10)) => ({
  width: 32,
  height: 32,
  rgba,
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

/** A stand-in for the browser's Worker: it records what each message carried and runs the real handler. */
class RecordingWorker {
  static pixelsSent: boolean[] = [];
  static spareSent: ArrayBuffer[][] = [];
  onmessage: ((event: { data: ImageResponse }) => void) | null = null;
  onerror: unknown = null;
  postMessage(request: ImageRequest): void {
    RecordingWorker.pixelsSent.push(request.rgba !== null);
    RecordingWorker.spareSent.push(request.spare ?? []);
    setTimeout(() => this.onmessage?.({ data: handleRequest(request).response }));
  }
  terminate(): void {}
}

afterEach(() => vi.unstubAllGlobals());

test("a picture's pixels go to the worker once; later edits on it send settings only, and answer the same", async () => {
  vi.stubGlobal('Worker', RecordingWorker);
  RecordingWorker.pixelsSent = [];
  const client = new ImageWorkerClient();
  const first = new Uint8ClampedArray(32 * 32 * 4).fill(10);
  const second = new Uint8ClampedArray(32 * 32 * 4).fill(20);
  const answers = [];
  for (const [weight, picture] of [
    [1, first],
    [2, first],
    [3, first],
    [1, second],
    [4, first],
  ] as const)
    answers.push(await client.run(job(weight, picture)));
  expect(RecordingWorker.pixelsSent).toEqual([true, false, false, true, true]);
  expect(answers.map((a) => (a?.ok ? a.planes[0]![0] : null))).toEqual([10, 20, 30, 20, 40]);
  client.dispose();
});

test('after a refused request on another picture, the first picture is sent again, not assumed held', async () => {
  vi.stubGlobal('Worker', RecordingWorker);
  RecordingWorker.pixelsSent = [];
  const client = new ImageWorkerClient();
  const picture = new Uint8ClampedArray(32 * 32 * 4).fill(10);
  await client.run(job(1, picture));
  // A 33×33 kernel does not fit a 32×32 picture: refused, after the worker took the other picture.
  const other = new Uint8ClampedArray(32 * 32 * 4).fill(5);
  const big = { kernelSize: [33, 33] as [number, number], weights: new Float64Array(33 * 33) };
  expect(await client.run({ ...job(1, other), ...big })).toMatchObject({ ok: false });
  const again = await client.run(job(2, picture));
  expect(again?.ok && again.planes[0]![0]).toBe(20);
  expect(RecordingWorker.pixelsSent).toEqual([true, true, true]);
  client.dispose();
});

test('a result given back goes to the worker with the next request, once, and answers stay right', async () => {
  vi.stubGlobal('Worker', RecordingWorker);
  RecordingWorker.spareSent = [];
  const client = new ImageWorkerClient();
  const picture = new Uint8ClampedArray(32 * 32 * 4).fill(10);
  const first = await client.run(job(1, picture));
  if (!first?.ok) throw new Error('no result');
  const buffers = [...first.planes, ...first.colours].map((a) => a.buffer);
  client.recycle(first);
  client.recycle(first); // given back twice by mistake: still sent once
  const second = await client.run(job(3, picture));
  const third = await client.run(job(5, picture));
  expect(RecordingWorker.spareSent.map((s) => s.length)).toEqual([0, 2, 0]);
  expect(RecordingWorker.spareSent[1]).toEqual(buffers);
  expect([second, third].map((a) => (a?.ok ? a.planes[0]![0] : null))).toEqual([30, 50]);
  client.dispose();
});
