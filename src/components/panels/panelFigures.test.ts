import { describe, expect, it } from 'vitest';
import {
  DILATED_RATES,
  PLAIN_RATES,
  fieldStack,
  formatRatio,
  inceptionCosts,
  pipelineFigure,
  tapLine,
} from './panelFigures';

describe('receptive-field strip', () => {
  it('grows 3 → 5 → 7 without dilation and 3 → 7 → 15 with rates 1, 2, 4', () => {
    expect(fieldStack(PLAIN_RATES).fields).toEqual([3, 5, 7]);
    expect(fieldStack(DILATED_RATES).fields).toEqual([3, 7, 15]);
  });

  it('costs 3·9 = 27 weights either way and keeps the 32×32 map', () => {
    for (const rates of [PLAIN_RATES, DILATED_RATES]) {
      expect(fieldStack(rates).layerWeights).toEqual([9, 9, 9]);
      expect(fieldStack(rates).weights).toBe(27);
      expect(fieldStack(rates).outputSize).toBe(32);
    }
  });
});

describe('tapLine', () => {
  it('spreads a 3-tap axis at rate 2 over 5 cells', () => {
    expect(tapLine(3, 2)).toEqual([true, false, true, false, true]);
  });
  it('is dense at rate 1', () => {
    expect(tapLine(4, 1)).toEqual([true, true, true, true]);
  });
});

describe('Inception 28×28×192 → 32 costs', () => {
  const [direct, pointwise, bottleneck] = inceptionCosts();

  it('5×5 straight to 32 channels', () => {
    expect(direct).toMatchObject({ weights: 153_600, multiplyAdds: 120_422_400 });
  });
  it('1×1 to 32 channels', () => {
    expect(pointwise).toMatchObject({ weights: 6_144, multiplyAdds: 4_816_896 });
  });
  it('1×1 to 16, then 5×5 to 32', () => {
    expect(bottleneck).toMatchObject({ weights: 3_072 + 12_800, multiplyAdds: 12_443_648 });
    expect(bottleneck?.layers.map((l) => l.multiplyAdds)).toEqual([2_408_448, 10_035_200]);
  });
  it('reads as about 10× fewer multiply-adds', () => {
    expect(formatRatio(direct!.multiplyAdds, bottleneck!.multiplyAdds)).toBe('about 10×');
    expect(formatRatio(direct!.multiplyAdds, pointwise!.multiplyAdds)).toBe('25×');
  });
});

describe('classic pipeline 11×11 → conv 3×3 → pool 3×3', () => {
  const p = pipelineFigure();

  it('gives 9×9 then 3×3', () => {
    expect([p.convOut, p.poolOut]).toEqual([9, 3]);
    expect(p.poolStride).toBe(3);
  });
  it('gives each final cell a 5×5 field, not the whole image', () => {
    expect(p.fieldSize).toBe(5);
    expect(p.rects[1]![2]).toEqual({ top: 3, left: 6, bottom: 7, right: 10 });
  });
  it('places fields at offsets 0, 3, 6, overlapping by 2 and covering all 11×11 together', () => {
    expect(p.offsets).toEqual([0, 3, 6]);
    expect(p.overlap).toBe(2);
    expect(p.coversImage).toBe(true);
  });
});
