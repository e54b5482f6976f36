// The GIF's limits and colour table, checked before any frame is drawn.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_GIF_FRAMES, MAX_GIF_PIXELS, planGif } from './gifLimits';
import { gifPalette, indexPixels } from './gifPalette';
import { COLOURS } from './scene';

describe('planGif', () => {
  it('never plans more pixels than the limit, keeps 16:9 and never grows a frame', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_GIF_FRAMES }),
        fc.constantFrom([1280, 720], [1920, 1080], [640, 360]),
        (steps, [w, h]) => {
          const plan = planGif(steps, w, h);
          expect(plan.ok).toBe(true);
          if (!plan.ok) return;
          expect(steps * plan.width * plan.height).toBeLessThanOrEqual(MAX_GIF_PIXELS);
          expect(plan.width).toBeLessThanOrEqual(w);
          expect(Math.abs(plan.width / plan.height - 16 / 9)).toBeLessThan(0.02);
          expect(plan.reduced).toBe(plan.width !== w);
        },
      ),
    );
  });

  it('refuses more frames than the limit, and says what to change', () => {
    const plan = planGif(MAX_GIF_FRAMES + 1, 640, 360);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.why).toMatch(/at most 1,024 frames.*smaller input/);
  });
});

describe('gifPalette', () => {
  it('fits a GIF colour table and holds every figure colour exactly', () => {
    const palette = gifPalette();
    expect(palette.length).toBeLessThanOrEqual(256);
    const hex = palette.map((c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    for (const colour of Object.values(COLOURS)) expect(hex).toContain(colour);
  });

  it('maps each figure colour to its own entry, and another colour to the nearest', () => {
    const palette = gifPalette();
    const pixels = new Uint8ClampedArray([...palette.flatMap((c) => [...c, 255]), 250, 250, 250, 255]);
    const indices = indexPixels(pixels, palette);
    expect([...indices.slice(0, palette.length)]).toEqual(palette.map((_, i) => i));
    expect(palette[indices[palette.length]!]).toEqual([255, 255, 255]);
  });
});
