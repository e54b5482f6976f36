// A refused parameter change is explained next to the field that caused it (its description, and
// aria-invalid), where a phone user is looking, not only in the notice bar at the top of the page.
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';

/** The refusal message a field points to through aria-describedby, visible next to it. */
async function expectExplainedBeside(field: Locator): Promise<void> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Not applied/);
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const message = field
    .page()
    .locator(ids.map((id) => `[id="${id}"]`).join(', '))
    .filter({
      hasText: 'Not applied',
    });
  await expect(message).toBeInViewport();
  const [f, m] = [await field.boundingBox(), await message.boundingBox()];
  expect(Math.abs(m!.y - (f!.y + f!.height)), 'the message sits just below its field').toBeLessThan(80);
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the field that caused a refusal says why; the others do not; a working change clears it', async ({
    page,
  }) => {
    const kw = new KernelwisePage(page);
    await kw.open('mode=standard&size=5&k=3&pad=0');
    const height = kw.field('Kernel height');
    await height.scrollIntoViewIfNeeded();
    await height.fill('7');
    await expect(kw.refusal()).toBeVisible();
    await expectExplainedBeside(height);
    await expect(kw.field('Kernel width')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(kw.field('Input height')).not.toHaveAttribute('aria-invalid', 'true');

    // A refused select: the message moves to it.
    const dilation = kw.field('Dilation');
    await dilation.selectOption('4');
    await expectExplainedBeside(dilation);
    await expect(height).not.toHaveAttribute('aria-invalid', 'true');

    await dilation.selectOption('2');
    await expect(kw.refusal()).toHaveCount(0);
    await expect(dilation).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Not applied')).toHaveCount(0);
  });
});
