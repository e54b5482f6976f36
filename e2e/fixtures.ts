// Every spec imports `test` and `expect` from here instead of '@playwright/test'. Two guards run
// automatically around each test:
//   - the network stays on this machine: any request to a host other than 127.0.0.1/localhost is
//     recorded, and the test fails if there was one (data: and blob: URLs are fine). The browser
//     cannot reach such a host anyway: playwright.config.ts maps every other name to nowhere;
//   - the page stays clean: console errors and uncaught exceptions fail the test, unless the test
//     opts out with `test.use({ allowConsoleErrors: true })`.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

const LOCAL_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LOCAL_PROTOCOLS = new Set(['data:', 'blob:', 'about:', 'file:']);

/** True for URLs the app may load: this machine's servers, inline data and object URLs. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return LOCAL_PROTOCOLS.has(parsed.protocol) || LOCAL_HOSTNAMES.has(parsed.hostname);
}

export interface GuardOptions {
  /** Let console errors and page errors through instead of failing the test. */
  allowConsoleErrors: boolean;
}

interface Guards {
  /** Runs automatically for every test; specs never name it. */
  guards: void;
}

function watchPage(page: Page, pageErrors: string[], allowConsoleErrors: boolean, external: string[]): void {
  page.on('websocket', (socket) => {
    if (!isLocalUrl(socket.url())) external.push(`websocket ${socket.url()}`);
  });
  if (allowConsoleErrors) return;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    pageErrors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    pageErrors.push(`pageerror: ${error.stack ?? error.message}`);
  });
}

/**
 * Records every request that leaves 127.0.0.1. Listening, not routing: routing every request through
 * the test runner cost each one a round trip (200–400 ms on a busy machine, on every page load).
 */
function recordExternalRequests(context: BrowserContext, external: string[]): void {
  context.on('request', (request) => {
    if (!isLocalUrl(request.url())) external.push(`${request.method()} ${request.url()}`);
  });
}

export const test = base.extend<GuardOptions & Guards>({
  allowConsoleErrors: [false, { option: true }],

  guards: [
    async ({ context, page, allowConsoleErrors }, use) => {
      const external: string[] = [];
      const pageErrors: string[] = [];
      recordExternalRequests(context, external);
      // `page` first, then any popup or second page the test opens in this context.
      watchPage(page, pageErrors, allowConsoleErrors, external);
      context.on('page', (other) => {
        if (other !== page) watchPage(other, pageErrors, allowConsoleErrors, external);
      });

      await use();

      // Soft, so a test that broke both rules reports both.
      expect.soft(external, 'requests that tried to leave 127.0.0.1 (none could resolve)').toEqual([]);
      expect(pageErrors, 'console errors and uncaught exceptions on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
