// The single-file build (`vite build --mode offline`, dist/offline/index.html) opened straight from
// disk, with every request that is not file: or data: blocked: it must need none of them.
//
// A plain @playwright/test test, not ./fixtures: the fixture's network guard counts file: URLs as
// leaving the machine (it allows only 127.0.0.1/localhost, data:, blob: and about:) and would abort
// the page itself. The equivalent guard is here: file: and data: load, everything else is aborted
// and fails the test, and so do console errors and uncaught exceptions.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { KernelwisePage } from './kernelwise-page';

const OFFLINE_HTML = resolve(process.env.KW_OUT_DIR ?? 'dist', 'offline', 'index.html');

test('the offline build plays and switches views from file:// with the network blocked', async ({
  page,
  context,
}) => {
  const aborted: string[] = [];
  const failed: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) await route.continue();
    else {
      aborted.push(`${route.request().method()} ${url}`);
      await route.abort('blockedbyclient');
    }
  });
  page.on('websocket', (socket) => aborted.push(`websocket ${socket.url()}`));
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.stack ?? error.message}`));

  const kw = new KernelwisePage(page);
  // The page's time moves only when the test moves it: frozen from before the load.
  const start = Date.UTC(2030, 0, 1);
  await page.clock.install({ time: start });
  await page.clock.pauseAt(start + 1_000);
  await page.goto(pathToFileURL(OFFLINE_HTML).href);
  await kw.expectStep(1, 25);
  for (const grid of ['Input', 'Kernel', 'Output']) await expect(kw.grid(grid).first()).toBeVisible();

  // Play: the status advances.
  await kw.play().click();
  await expect(kw.pause()).toBeVisible();
  await page.clock.runFor(2_000);
  const { n } = await kw.stepText();
  expect(n, 'steps played in 2 s at 2 steps a second').toBeGreaterThanOrEqual(3);
  await kw.pause().click();
  await expect(kw.play()).toBeVisible();

  // The tabs switch views (each view's code, and the lazily loaded settings, are in the file too).
  const views: [string, number][] = [
    ['Dilated', 9],
    ['Pointwise', 32],
    ['Max pooling', 9],
    ['Standard', 25],
  ];
  for (const [tab, steps] of views) {
    await kw.tab(tab).click();
    await expect(kw.tab(tab)).toHaveAttribute('aria-selected', 'true');
    await kw.expectStep(1, steps);
    await expect(kw.grid('Output').first()).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Parameters' })).toBeVisible();
  await kw.next().click();
  await kw.expectStep(2, 25);

  expect(aborted, 'requests that needed the network (all were aborted)').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
  expect(pageErrors, 'console errors and uncaught exceptions').toEqual([]);
});
