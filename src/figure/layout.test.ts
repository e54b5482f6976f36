// The laid-out figure: every cell of the mode's columns becomes one whole-pixel square with its
// number centred in it, nothing leaves the frame, the caption and licence are printed, and the same
// configuration always gives the same scene and the same SVG text.
import { describe, expect, it } from 'vitest';
import { MODE_REGISTRY } from '../modes/registry';
import type { Config } from '../modes/types';
import { formatValue } from '../state/cellEntry';
import { loadSceneMaker } from './sceneFor';
import { sceneToSvg } from './toSvg';
import { LICENCE_LINE } from './layout';
import { columnsOf, configOf } from './figureTesting';
import type { SceneRect, SceneText } from './scene';

const MODES = Object.keys(MODE_REGISTRY) as Config['mode'][];
const SIZES = [
  [1280, 720],
  [1920, 1080],
  [640, 360],
] as const;

describe.each(MODES)('%s figure', (mode) => {
  const config = MODE_REGISTRY[mode].defaults;

  it.each(SIZES)(
    'at %i×%i: one square per cell, numbers inside them, all inside the frame',
    async (width, height) => {
      const scene = (await loadSceneMaker(config, { width, height, caption: true })).scene(1);
      const columns = await columnsOf(config, 1);
      const cellCount = columns.flatMap((c) => c.panels).reduce((n, p) => n + p.rows * p.cols, 0);
      const cells = scene.items.filter((i): i is SceneRect => i.kind === 'rect' && !!i.border);
      expect(cells).toHaveLength(cellCount);
      const side = cells[0]!.w;
      for (const r of cells) {
        expect([r.w, r.h]).toEqual([side, side]);
        expect(Number.isInteger(r.x) && Number.isInteger(r.y)).toBe(true);
        expect(r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height).toBe(true);
      }
      const texts = scene.items.filter((i): i is SceneText => i.kind === 'text');
      for (const t of texts) expect(t.x >= 0 && t.x <= width && t.y >= 0 && t.y <= height).toBe(true);
      // Every number of the columns is a text centred on one of the squares.
      const numbers = texts.filter((t) => cells.some((r) => t.x === r.x + r.w / 2 && t.y === r.y + r.h / 2));
      const shown = columns.flatMap((c) => c.panels.flatMap((p) => p.cells)).filter((c) => c.text !== '');
      if (side >= 18) expect(numbers.map((t) => t.text).sort()).toEqual(shown.map((c) => c.text).sort());
      expect(texts.some((t) => t.text === LICENCE_LINE)).toBe(true);
    },
  );

  it('is deterministic: the same configuration gives the same SVG, byte for byte', async () => {
    const options = { width: 1280, height: 720, caption: true };
    const a = sceneToSvg((await loadSceneMaker(config, options)).scene(2));
    const b = sceneToSvg((await loadSceneMaker({ ...config }, options)).scene(2));
    expect(a).toBe(b);
    expect(a.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720"')).toBe(true);
  });
});

describe('caption and title', () => {
  it('names the view and its parameters, and only when asked', async () => {
    const config = configOf('standard', { size: [5, 5], k: [3, 3], pad: [0, 0] });
    const withCaption = (await loadSceneMaker(config, { width: 1280, height: 720, caption: true })).scene(0);
    const texts = withCaption.items.filter((i): i is SceneText => i.kind === 'text').map((t) => t.text);
    // On one line or two, split at a separator.
    expect(texts.join(' · ')).toContain(
      'Standard · Input 5×5 · Kernel 3×3 · Stride 1 · Padding 0 · Dilation 1 · Input channels 1 · Output channels 1',
    );
    const bare = (await loadSceneMaker(config, { width: 1280, height: 720, caption: false })).scene(0);
    expect(bare.items.filter((i) => i.kind === 'text' && i.text.startsWith('Standard ·'))).toHaveLength(0);
    // The title says which step of how many, as the status line does.
    expect(bare.title).toMatch(/^Step 1 of 9: output \(0, 0\) = /);
  });

  it('writes the current output value into the SVG, and escapes text', async () => {
    const config = configOf('standard', { size: [4, 4], k: [2, 2], pad: [0, 0] });
    const op = MODE_REGISTRY.standard.derive(config);
    const svg = sceneToSvg(
      (await loadSceneMaker(config, { width: 1280, height: 720, caption: true })).scene(3),
    );
    const value = formatValue(op.output[0]![1]![0]!);
    expect(svg).toContain(`font-weight="bold">${value}</text>`);
    expect(svg).not.toMatch(/<text[^>]*>[^<]*[<>&][^<]*<\/text>/);
  });
});
