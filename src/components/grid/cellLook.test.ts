import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRing, parseStripes, readLook, splitTopLevel, type StyleSource } from './cellLook';

/** A computed style as Chromium writes it; unlisted properties read as CSS's initial values. */
function style(values: Record<string, string>): StyleSource {
  const initial: Record<string, string> = {
    opacity: '1',
    'background-color': 'rgba(0, 0, 0, 0)',
    'background-image': 'none',
    'border-top-style': 'none',
    'border-top-width': '0px',
    'border-top-color': 'rgb(0, 0, 0)',
    'border-top-left-radius': '0px',
    'box-shadow': 'none',
    'outline-style': 'none',
    'outline-width': '3px',
    'outline-color': 'rgb(0, 0, 0)',
    'outline-offset': '0px',
    'font-size': '16px',
    'font-style': 'normal',
    'font-weight': '400',
    'font-family': 'system-ui',
    color: 'rgb(0, 0, 0)',
    'text-decoration-line': 'none',
  };
  return { getPropertyValue: (name: string) => values[name] ?? initial[name] ?? '' };
}

describe('splitTopLevel', () => {
  it('splits at commas outside parentheses only', () => {
    expect(splitTopLevel('rgb(1, 2, 3) 0px, color(srgb 0.1 0.2 0.3 / 0.5) 4px')).toEqual([
      'rgb(1, 2, 3) 0px',
      'color(srgb 0.1 0.2 0.3 / 0.5) 4px',
    ]);
  });

  it('gives back the parts it was given, joined by commas', () => {
    const part = fc
      .tuple(fc.stringMatching(/^[a-z0-9 ]{1,6}$/), fc.stringMatching(/^[a-z0-9 ,]{0,8}$/))
      .map(([name, inside]) => `${name.trim() || 'x'}(${inside})`);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        expect(splitTopLevel(parts.join(', '))).toEqual(parts);
      }),
    );
  });
});

describe('parseStripes', () => {
  it('reads a hard-stop hatch as bands of one colour within one repeat', () => {
    const hatch =
      'repeating-linear-gradient(135deg, rgb(232, 230, 225) 0px, rgb(232, 230, 225) 4px, rgb(190, 187, 180) 4px, rgb(190, 187, 180) 5px)';
    expect(parseStripes(hatch)).toEqual({
      angle: 135,
      period: 5,
      bands: [
        { color: 'rgb(232, 230, 225)', from: 0, to: 4 },
        { color: 'rgb(190, 187, 180)', from: 4, to: 5 },
      ],
    });
  });

  it('defaults to 180deg (top to bottom) when no angle is given', () => {
    expect(parseStripes('repeating-linear-gradient(rgb(255, 0, 0) 0px, rgb(0, 0, 255) 2px)')?.angle).toBe(
      180,
    );
  });

  it('is null without a repeating gradient to draw', () => {
    expect(parseStripes('none')).toBeNull();
    expect(parseStripes('linear-gradient(red, blue)')).toBeNull();
    expect(parseStripes('repeating-linear-gradient(45deg, red 0px, red 0px)')).toBeNull();
  });
});

describe('parseRing', () => {
  it('reads an inset shadow of no offset and no blur as a ring of its spread', () => {
    expect(parseRing('rgb(213, 94, 0) 0px 0px 0px 3px inset')).toEqual({
      width: 3,
      style: 'solid',
      color: 'rgb(213, 94, 0)',
    });
  });

  it('skips outer, offset, blurred and transparent shadows', () => {
    expect(parseRing('none')).toBeNull();
    expect(parseRing('rgb(0, 0, 0) 0px 0px 0px 3px')).toBeNull();
    expect(parseRing('rgb(0, 0, 0) 1px 0px 0px 3px inset')).toBeNull();
    expect(parseRing('rgb(0, 0, 0) 0px 0px 4px 3px inset')).toBeNull();
    expect(parseRing('rgba(0, 0, 0, 0) 0px 0px 0px 3px inset')).toBeNull();
    expect(parseRing('rgb(0, 0, 0) 2px 2px 0px 0px, rgb(1, 2, 3) 0px 0px 0px 2px inset')?.color).toBe(
      'rgb(1, 2, 3)',
    );
  });
});

describe('readLook', () => {
  it('reads fill, border, radius, outline and opacity', () => {
    const look = readLook(
      style({
        opacity: '0.55',
        'background-color': 'rgb(220, 236, 248)',
        'border-top-style': 'dashed',
        'border-top-width': '1px',
        'border-top-color': 'rgb(86, 180, 233)',
        'border-top-left-radius': '3px',
        'outline-style': 'dotted',
        'outline-width': '2px',
        'outline-offset': '-3px',
      }),
    );
    expect(look).toMatchObject({
      opacity: 0.55,
      fill: 'rgb(220, 236, 248)',
      border: { width: 1, style: 'dashed', color: 'rgb(86, 180, 233)' },
      radius: 3,
      outline: { width: 2, style: 'dotted', offset: -3 },
      ring: null,
      stripes: null,
    });
  });

  it('draws no fill, border or outline where CSS draws none', () => {
    const look = readLook(
      style({ 'border-top-width': '1px', 'border-top-style': 'solid', 'border-top-color': 'transparent' }),
    );
    expect(look.fill).toBe('');
    expect(look.border).toBeNull();
    expect(look.outline).toBeNull();
  });

  it('draws no number where the cell is too small for one (font size 0)', () => {
    expect(readLook(style({ 'font-size': '0px' })).text).toBeNull();
    const text = readLook(
      style({}),
      style({ 'font-weight': '700', 'font-size': '12.5px', color: 'rgb(1, 2, 3)' }),
    ).text;
    expect(text).toEqual({
      style: 'normal',
      weight: '700',
      size: 12.5,
      family: 'system-ui',
      color: 'rgb(1, 2, 3)',
      strike: false,
    });
  });

  it('strikes through the number of a cell no window reaches', () => {
    expect(readLook(style({ 'text-decoration-line': 'line-through' })).text?.strike).toBe(true);
  });
});
