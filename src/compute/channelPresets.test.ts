/**
 * Channel presets for 1×1 kernels, checked by what they do to an image: run through conv2d, each
 * must give what its name says, computed here directly from the channels.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { channelPresetKernel, channelPresets, conv2d, type Tensor3 } from './index';

const shapeArb = fc.record({
  channels: fc.integer({ min: 1, max: 8 }),
  filters: fc.integer({ min: 1, max: 4 }),
  height: fc.integer({ min: 1, max: 4 }),
  width: fc.integer({ min: 1, max: 4 }),
});

const imageArb = (channels: number, height: number, width: number): fc.Arbitrary<Tensor3> =>
  fc.array(
    fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: width, maxLength: width }), {
      minLength: height,
      maxLength: height,
    }),
    { minLength: channels, maxLength: channels },
  );

const caseArb = shapeArb.chain((s) =>
  imageArb(s.channels, s.height, s.width).map((image) => ({ ...s, image })),
);

/** The output of filter f at every pixel, through the compute module's conv2d. */
function through(id: string, image: Tensor3, filters: number): Tensor3 {
  const preset = channelPresets(image.length, filters).find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id} for ${image.length} channels`);
  return conv2d(image, channelPresetKernel(preset, filters));
}

/** out[r][c] = f(the pixel's channel values), for every filter. */
const perPixel = (image: Tensor3, filters: number, f: (pixel: number[], filter: number) => number) =>
  Array.from({ length: filters }, (_, o) =>
    image[0]!.map((row, r) =>
      row.map((_, c) =>
        f(
          image.map((plane) => plane[r]![c]!),
          o,
        ),
      ),
    ),
  );

function expectClose(actual: Tensor3, expected: Tensor3) {
  expect(actual.length).toBe(expected.length);
  actual.flat(2).forEach((v, i) => expect(v).toBeCloseTo(expected.flat(2)[i]!, 9));
}

describe('channelPresets', () => {
  test('every preset has an id of its own, a label, an effect, and one weight per channel', () => {
    fc.assert(
      fc.property(shapeArb, ({ channels, filters }) => {
        const presets = channelPresets(channels, filters);
        expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
        for (const p of presets) {
          expect(p.label).not.toBe('');
          expect(p.effect).not.toBe('');
          for (let f = 0; f < filters; f++) {
            const w = p.weights(f);
            expect(w).toHaveLength(channels);
            // Never the defect they replace: all zero, or the same negative weight everywhere.
            expect(w.some((x) => x !== 0)).toBe(true);
            expect(w.every((x) => x < 0)).toBe(false);
          }
        }
      }),
    );
  });

  test('Average of the channels gives each pixel’s mean', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.channels > 1),
        ({ image, filters }) => {
          const mean = (pixel: number[]) => pixel.reduce((a, b) => a + b, 0) / pixel.length;
          expectClose(through('average', image, filters), perPixel(image, filters, mean));
        },
      ),
    );
  });

  test('Channel N only copies channel N exactly, for every N', () => {
    fc.assert(
      fc.property(caseArb, ({ image, filters }) => {
        for (let n = 0; n < image.length; n++)
          expect(through(`channel-${n + 1}`, image, filters)).toEqual(
            perPixel(image, filters, (px) => px[n]!),
          );
      }),
    );
  });

  test('Channel 1 − channel 2 is their difference', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.channels > 1),
        ({ image, filters }) => {
          const expected = perPixel(image, filters, (px) => px[0]! - px[1]!);
          expect(through('difference-1-2', image, filters)).toEqual(expected);
        },
      ),
    );
  });

  test('Each filter keeps its own channel: filter f copies channel f (wrapping round)', () => {
    fc.assert(
      fc.property(
        caseArb.filter((c) => c.filters > 1),
        ({ image, filters }) => {
          const expected = perPixel(image, filters, (px, f) => px[f % px.length]!);
          expect(through('each-filter-own-channel', image, filters)).toEqual(expected);
        },
      ),
    );
  });

  test('RGB → luminance is offered for exactly 3 channels and turns grey pixels into themselves', () => {
    for (let channels = 1; channels <= 8; channels++)
      expect(channelPresets(channels, 1).some((p) => p.id === 'luminance')).toBe(channels === 3);
    // BT.601: a pure red, green and blue pixel weigh 0.299, 0.587 and 0.114; grey stays grey.
    const rgb: Tensor3 = [[[255, 0, 0, 128]], [[0, 255, 0, 128]], [[0, 0, 255, 128]]];
    const [grey] = through('luminance', rgb, 1);
    const [row] = grey!;
    expect(row![0]).toBeCloseTo(0.299 * 255, 9);
    expect(row![1]).toBeCloseTo(0.587 * 255, 9);
    expect(row![2]).toBeCloseTo(0.114 * 255, 9);
    expect(row![3]).toBeCloseTo(128, 9);
  });

  test('one channel offers only picking it (no average or difference of one channel)', () => {
    expect(channelPresets(1, 1).map((p) => p.id)).toEqual(['channel-1']);
  });
});
