import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitPictures } from './fitPictures';

const size = (max: number) =>
  fc.record({ width: fc.integer({ min: 1, max }), height: fc.integer({ min: 1, max }) });

describe('fitPictures', () => {
  const layout = fc.record({
    pictures: fc.array(size(600), { minLength: 1, maxLength: 4 }),
    box: size(2000),
    beside: fc.integer({ min: 0, max: 400 }),
    gap: fc.integer({ min: 0, max: 20 }),
    caption: fc.integer({ min: 0, max: 40 }),
  });

  it('keeps every picture, at its own proportions, inside the row and above its caption', () => {
    fc.assert(
      fc.property(layout, ({ pictures, box, beside, gap, caption }) => {
        const widths = fitPictures(pictures, box, beside, gap, caption);
        expect(widths).toHaveLength(pictures.length);
        const across = widths.reduce((s, w) => s + w + gap, beside);
        if (widths.every((w) => w > 0)) expect(across).toBeLessThanOrEqual(box.width);
        widths.forEach((w, i) => {
          // Zero: no room at all, nothing drawn.
          if (w === 0) return;
          const shownHeight = (w * pictures[i]!.height) / pictures[i]!.width;
          expect(shownHeight + caption).toBeLessThanOrEqual(box.height + 1e-9);
        });
      }),
    );
  });

  it('fills its slot: one pixel wider would cross the slot or the height', () => {
    fc.assert(
      fc.property(layout, ({ pictures, box, beside, gap, caption }) => {
        const widths = fitPictures(pictures, box, beside, gap, caption);
        const slot = (box.width - beside - gap * pictures.length) / pictures.length;
        widths.forEach((w, i) => {
          if (w === 0) return;
          const tooWide = w + 1 > slot;
          const tooTall = ((w + 1) * pictures[i]!.height) / pictures[i]!.width + caption > box.height;
          expect(tooWide || tooTall).toBe(true);
        });
      }),
    );
  });
});
