import { expect, test } from './fixtures';

test('the page loads with its title and at least one grid', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Kernelwise');
  await expect(page.getByRole('grid').first()).toBeVisible();
});
