// The stack view: for every preset, selecting cells of every map (by pointer and by keyboard)
// lights in each earlier map exactly the region an independent oracle traces (e2e/stackOracle.ts)
// and, for conv and pool stacks, the compute module's fieldRect; edits are refused with a reason and
// the last valid stack kept; the stack and the selection survive a link.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { fieldRect, receptiveField } from '../src/compute/receptiveField';
import { conv, expectedRegions, mapSizes, pool, transposed, type OracleStack } from './stackOracle';

interface Preset {
  button: string;
  layers: string;
  stack: OracleStack;
}

const PRESETS: Preset[] = [
  {
    button: 'Image → conv 3×3 → max pool 3×3',
    layers: 'i11_c3_m3',
    stack: { input: 11, layers: [conv(3), pool(3)] },
  },
  {
    button: 'Three 3×3 convs, dilation 1, 2, 4',
    layers: 'i32_c3p1_c3p2d2_c3p4d4',
    stack: { input: 32, layers: [conv(3, 1, 1), conv(3, 2, 2), conv(3, 4, 4)] },
  },
  {
    button: 'Three 3×3 convs, no dilation',
    layers: 'i32_c3p1_c3p1_c3p1',
    stack: { input: 32, layers: [conv(3, 1), conv(3, 1), conv(3, 1)] },
  },
  {
    button: 'VGG-like start',
    layers: 'i32n3_c3p1n64_c3p1_m2_c3p1n128_c3p1_m2',
    stack: { input: 32, layers: [conv(3, 1), conv(3, 1), pool(2), conv(3, 1), conv(3, 1), pool(2)] },
  },
  {
    button: 'Encoder–decoder',
    layers: 'i16_c3p1n8_m2_c3p1n16_m2_t2s2n8_t2s2n1',
    stack: {
      input: 16,
      layers: [conv(3, 1), pool(2), conv(3, 1), pool(2), transposed(2, 2), transposed(2, 2)],
    },
  },
];

/** The view's default stack is left out of its links, as every default is. */
const DEFAULT_LAYERS = 'i11_c3_m3';
async function expectLayersInUrl(kw: KernelwisePage, layers: string): Promise<void> {
  await expect.poll(() => new URL(kw.page.url()).searchParams.get('layers') ?? DEFAULT_LAYERS).toBe(layers);
}

const map = (kw: KernelwisePage, layer: number): Locator => kw.page.locator(`figure[data-layer="${layer}"]`);

async function clickCell(kw: KernelwisePage, layer: number, row: number, col: number, n: number) {
  const svg = map(kw, layer).locator('svg');
  const box = (await svg.boundingBox())!;
  await svg.click({ position: { x: ((col + 0.5) * box.width) / n, y: ((row + 0.5) * box.height) / n } });
  await expect(map(kw, layer)).toHaveAttribute('data-selected', `${row},${col}`);
}

async function shownRegions(kw: KernelwisePage, layer: number): Promise<string[]> {
  return kw.page
    .locator('figure[data-layer]')
    .evaluateAll(
      (figs, below) => figs.slice(0, below).map((f) => f.getAttribute('data-region') ?? '(missing)'),
      layer,
    );
}

/** fieldRect for a conv/pool stack, from map j up to map `layer`, clipped: what the page must show. */
function fieldRectRegions(p: Preset, layer: number, row: number, col: number): string[] {
  const sizes = mapSizes(p.stack);
  return Array.from({ length: layer }, (_, j) => {
    const fields = receptiveField(
      p.stack.layers.slice(j, layer).map((l) => ({
        kind: l.kind === 'pool' ? ('pool' as const) : ('conv' as const),
        kernelSize: l.k,
        stride: l.s,
        padding: l.p,
        dilation: l.d,
      })),
      sizes[j]!,
    );
    const { unclipped: u } = fieldRect(fields[fields.length - 1]!, row, col, sizes[j]!);
    const n = sizes[j]!;
    if (u.bottom < 0 || u.right < 0 || u.top >= n || u.left >= n) return 'none';
    return `${Math.max(0, u.top)},${Math.max(0, u.left)},${Math.min(n - 1, u.bottom)},${Math.min(n - 1, u.right)}`;
  });
}

test.describe('stack view', () => {
  test.describe.configure({ timeout: 120_000 });

  // One page: each preset's button replaces the whole stack, as a user switching presets would.
  test('each preset: every selected cell lights what the oracle traces', async ({ page }) => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=stack');
    for (const preset of PRESETS) {
      await test.step(preset.button, async () => {
        await page.getByRole('button', { name: preset.button }).click();
        await expectLayersInUrl(kw, preset.layers);
        const sizes = mapSizes(preset.stack);
        const shown = await page
          .locator('figure[data-layer]')
          .evaluateAll((figs) => figs.map((f) => Number(f.getAttribute('data-size'))));
        expect(shown).toEqual(sizes);
        const plain = preset.stack.layers.every((l) => l.kind !== 'transposed');
        for (let layer = 1; layer < sizes.length; layer++) {
          const n = sizes[layer]!;
          const mid = Math.floor(n / 2);
          for (const [row, col] of [
            [0, 0],
            [mid, mid],
            [n - 1, Math.max(0, n - 2)],
          ] as [number, number][]) {
            await clickCell(kw, layer, row, col, n);
            const regions = await shownRegions(kw, layer);
            expect(regions, `layer ${layer} (${row}, ${col})`).toEqual(
              expectedRegions(preset.stack, layer, row, col),
            );
            if (plain) expect(regions).toEqual(fieldRectRegions(preset, layer, row, col));
          }
        }
      });
    }
  });

  test('the pipeline, the keyboard, and links (each from a fresh load)', async ({ page }) => {
    await test.step('the pipeline: each pooled cell sees 5×5, and the nine together cover the 11×11 image', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=stack&layers=i11_c3_m3');
      const covered = new Set<string>();
      for (let row = 0; row < 3; row++)
        for (let col = 0; col < 3; col++) {
          await clickCell(kw, 2, row, col, 3);
          const [top, left, bottom, right] = (await map(kw, 0).getAttribute('data-region'))!
            .split(',')
            .map(Number);
          expect([bottom! - top! + 1, right! - left! + 1]).toEqual([5, 5]);
          for (let r = top!; r <= bottom!; r++)
            for (let c = left!; c <= right!; c++) covered.add(`${r},${c}`);
        }
      expect(covered.size).toBe(121);
    });

    await test.step("keyboard: a map's cursor moves with the arrow keys and says what its cell sees", async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=stack&layers=i11_c3_m3');
      const cursor = map(kw, 2).getByRole('button', { name: /^layer 2, row/ });
      await cursor.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await expect(map(kw, 2)).toHaveAttribute('data-selected', '1,1');
      await expect(map(kw, 0)).toHaveAttribute('data-region', '3,3,7,7');
      await expect(cursor).toBeFocused();
      await expect(cursor).toHaveAccessibleName(
        'layer 2, row 1, column 1, sees rows 3–7, columns 3–7 of the input, selected',
      );
      await kw.expectStep(81 + 4 + 1, 81 + 9);
      await expect(kw.status()).toContainText('layer 2 (max pool 3×3), row 1, column 1');
      // The map's own region follows: layer 1's region is the 3×3 window of the pool.
      await expect(map(kw, 1)).toHaveAttribute('data-region', '3,3,5,5');
    });

    await test.step('keyboard: layers are added, edited, moved and removed; a stack without output is refused and kept', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=stack&layers=i11_c3_m3');
      await page.getByRole('button', { name: 'Add 1×1 convolution' }).focus();
      await page.keyboard.press('Enter');
      await expectLayersInUrl(kw, 'i11_c3_m3_c1');
      const third = page.getByRole('group', { name: 'Layer 3' });
      await third.getByLabel('Channels').fill('4');
      await expectLayersInUrl(kw, 'i11_c3_m3_c1n4');
      await page.getByRole('button', { name: 'Move layer 3 up' }).press('Enter');
      await expectLayersInUrl(kw, 'i11_c3_c1n4_m3');
      await expect(page.locator('#stack-kind-1')).toBeFocused();
      await page.getByRole('button', { name: 'Remove layer 2' }).press('Enter');
      await expectLayersInUrl(kw, 'i11_c3_m3');
      await expect(page.locator(':focus')).not.toHaveCount(0);
      // A 2×2 input leaves the 3×3 convolution nothing: refused, with the reason, and the stack kept.
      await page.getByLabel('Input size', { exact: true }).fill('2');
      await expect(kw.refusal()).toContainText('Layer 1 (conv 3×3) leaves no output');
      await expectLayersInUrl(kw, 'i11_c3_m3');
      await expect(map(kw, 0)).toHaveAttribute('data-size', '11');
    });

    await test.step('a link carries the stack and the selected cell; a bad stack is named in a notice', async () => {
      const kw = new KernelwisePage(page);
      await kw.open('mode=stack&layers=i16_c3p1n8_m2_c3p1n16_m2_t2s2n8_t2s2n1&step=300');
      // Steps 0–255 are layer 1's 16×16 cells, 256–319 layer 2's 8×8: step 300 is its row 5, column 4.
      await expect(map(kw, 2)).toHaveAttribute('data-selected', '5,4');
      await page.reload();
      await expect(map(kw, 2)).toHaveAttribute('data-selected', '5,4');
      await expect(page.getByRole('button', { name: 'Encoder–decoder' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      await kw.open('mode=stack&layers=i11_c3_x9');
      await expect(kw.notice('layers')).toContainText('layer 2 "x9"');
      await expect(map(kw, 0)).toHaveAttribute('data-size', '11');
    });
  });
});
