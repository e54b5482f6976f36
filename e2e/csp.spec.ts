// The app runs under the strict Content-Security-Policy a careful host would send (README,
// "Hosting"): no inline script, style or data: image, nothing from another origin. The production
// build is served with that header, every view and dialog and the embed are opened, and any
// `securitypolicyviolation` event (in the page or a frame) or CSP console message fails the test.
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures';
import { KernelwisePage } from './kernelwise-page';
import { serveDirectory, servePage, type Served } from './csp-server';

// The policy of the issue and contract, and the fuller header README's "Hosting" recommends.
const POLICIES = {
  strict: "default-src 'self'; script-src 'self'",
  recommended:
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
};
const OUT_DIR = process.env.KW_OUT_DIR ?? 'dist';
// Each test starts the app several times over (lazy chunks, a preview frame, a framed embed on a
// second origin); on a loaded 2-core machine that outlasts the default 5 s of one assertion.
const expect = baseExpect.configure({ timeout: 20_000 });

type WatchedWindow = Window & { cspViolations?: string[] };

const apps: Partial<Record<keyof typeof POLICIES, Served>> = {};
let host: Served;

test.beforeAll(async () => {
  for (const [name, policy] of Object.entries(POLICIES) as [keyof typeof POLICIES, string][])
    apps[name] = await serveDirectory(OUT_DIR, {
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
  host = await servePage(`<!doctype html><html lang="en"><title>Course page</title>
<h1>Convolution</h1>
<iframe id="kw" title="Kernelwise" width="640" height="480" style="border:0"></iframe>
<script>document.getElementById('kw').src = new URLSearchParams(location.search).get('src');</script>`);
});

test.afterAll(async () => {
  await Promise.all([...Object.values(apps).map((app) => app.close()), host?.close()]);
});

/** Records every violation in every frame, and every console line that mentions the policy. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as WatchedWindow;
    w.cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (e) =>
        w.cspViolations?.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      true,
    );
  });
  const consoleLines: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleLines.push(`console: ${message.text()}`);
  });
  return async () => {
    const fromFrames = await Promise.all(
      page
        .frames()
        .map((frame) => frame.evaluate(() => (window as WatchedWindow).cspViolations ?? []).catch(() => [])),
    );
    return [...fromFrames.flat(), ...consoleLines];
  };
}

// The recommended header holds the strict policy's two directives and adds three more, so it refuses
// everything the strict one refuses: one walk under it checks both (the strict policy alone is
// still served, to the watch below).
test('recommended CSP (and so the strict one): every view, hover, playback, settings, both dialogs, export and the embed', async ({
  page,
}) => {
  // Eight views, each loaded and played, the dialogs, the exports and the embed twice: 2 busy cores.
  test.setTimeout(180_000);
  const app = () => apps.recommended!;
  const violations = await watchViolations(page);
  await test.step('every view, hover, playback, settings and both dialogs', async () => {
    const kw = new KernelwisePage(page);
    await page.goto(`${app().origin}/?mode=standard&size=6&pad=1`);
    await expect(kw.status()).toContainText('Step');
    // The settings load after the first paint, as a separate chunk.
    await expect(page.getByRole('heading', { name: 'Parameters' })).toBeVisible();

    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    expect(count, 'view tabs').toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      await tabs.nth(i).click();
      await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await expect(page.getByText('Loading the view…')).toHaveCount(0);
      // The image and stack views draw pictures, not grids of cells: hover where there are cells.
      const outputs = page.getByRole('grid', { name: /^Output/ });
      if ((await outputs.count()) > 0) await outputs.first().getByRole('gridcell').last().hover();
      // A view of one step (the image view) has nothing to play: its playback buttons are disabled.
      if (await kw.next().isEnabled()) {
        await kw.next().click();
        await kw.play().click();
        await kw.pause().click();
      }
    }

    await page.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const embed = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(
      embed
        .frameLocator('iframe')
        .getByRole('status')
        .filter({ hasText: /Step \d+ of/ }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');

    expect(await violations(), 'CSP violations').toEqual([]);
  });

  await test.step('the export worker makes a GIF and a PNG, the page an SVG', async () => {
    await page.goto(`${app().origin}/?mode=dilated&size=5&k=2`);
    await expect(new KernelwisePage(page).status()).toContainText('Step');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export a figure' });
    for (const kind of [/^GIF of all/, /^PNG of step/, /^SVG of step/]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: kind }).click(),
      ]);
      expect(await download.failure()).toBeNull();
    }
    expect(await violations(), 'CSP violations').toEqual([]);
  });

  await test.step('the embed, alone and framed by a course page on another origin', async () => {
    const src = `${app().origin}/?embed=1&mode=dilated&autoplay=1&speed=8`;
    await page.goto(src);
    await expect(new KernelwisePage(page).status()).toContainText('Step');
    await page.goto(`${host.origin}/?src=${encodeURIComponent(src)}`);
    const frame = page.frameLocator('#kw');
    await expect(frame.getByRole('status').filter({ hasText: /Step \d+ of/ })).toBeVisible();
    await expect(frame.getByRole('grid', { name: /^Output/ })).toBeVisible();
    expect(await violations(), 'CSP violations').toEqual([]);
  });
});

test.describe('the watch itself', () => {
  // The one console error here is the violation the test provokes on purpose.
  test.use({ allowConsoleErrors: true });

  test('an inline style is refused and reported, so a violation cannot go unseen', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`${apps.strict!.origin}/?mode=standard`);
    await expect(new KernelwisePage(page).status()).toContainText('Step');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^style-src/));
  });
});
