import { describe, expect, it } from 'vitest';
import { readMark } from './cellMarks';
import type { StyleSource } from './cellLook';

const style = (values: Record<string, string>): StyleSource => ({
  getPropertyValue: (name: string) => values[name] ?? '',
});

const cell = style({ 'border-left-width': '1px', 'border-top-width': '1px' });

describe('readMark', () => {
  it('places an empty positioned box by its resolved insets, inside the cell’s border', () => {
    // The pooling winner's corner: a box of no size with a right and a bottom border.
    const corner = style({
      content: '""',
      position: 'absolute',
      'box-sizing': 'content-box',
      left: '10.5px',
      top: '2px',
      width: '0px',
      height: '0px',
      'border-top-width': '0px',
      'border-right-width': '5px',
      'border-bottom-width': '5px',
      'border-left-width': '0px',
      'border-top-color': 'rgba(0, 0, 0, 0)',
      'border-right-color': 'rgb(213, 94, 0)',
      'border-bottom-color': 'rgba(0, 0, 0, 0)',
      'border-left-color': 'rgba(0, 0, 0, 0)',
      'background-color': 'rgba(0, 0, 0, 0)',
    });
    expect(readMark(cell, corner)).toEqual({
      box: { x: 11.5, y: 3, width: 5, height: 5 },
      widths: [0, 5, 5, 0],
      colors: ['rgba(0, 0, 0, 0)', 'rgb(213, 94, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'],
      fill: 'rgba(0, 0, 0, 0)',
    });
  });

  it('takes a border-box width as the whole box', () => {
    const corner = style({
      content: '""',
      position: 'absolute',
      'box-sizing': 'border-box',
      left: '7px',
      top: '2px',
      width: '4px',
      height: '4px',
      'border-right-width': '4px',
      'border-bottom-width': '4px',
    });
    expect(readMark(cell, corner)?.box).toEqual({ x: 8, y: 3, width: 4, height: 4 });
  });

  it('draws no mark for no content, for text, or for a box in the flow', () => {
    expect(readMark(cell, style({ content: 'none', position: 'absolute' }))).toBeNull();
    expect(readMark(cell, style({ content: 'normal' }))).toBeNull();
    expect(readMark(cell, style({ content: '"•"', position: 'absolute' }))).toBeNull();
    expect(readMark(cell, style({ content: '""', position: 'static' }))).toBeNull();
  });
});
