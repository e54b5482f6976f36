// Driving Kernelwise the way a course site does, for the embed specs: a host page on another
// origin (e2e/host/, served on another port) embeds `?embed=1&mode=standard&origin=<host>` in an
// iframe, records every `kernelwise: 1` event in `window.received`, sizes the iframe to each
// `resize`, and sends commands with `iframe.contentWindow.postMessage(..., '*')`.
//
// Exactness without sleeps: after the messages under test, the host sends a sentinel (an unknown
// command, which the bridge must refuse with an `error`). Commands are applied in the order they
// were posted, so once the sentinel's error is back, every event the earlier messages caused has
// arrived too, and "nothing happened" can be asserted as an empty list.
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const APP_ORIGIN = process.env.KW_APP_ORIGIN ?? 'http://127.0.0.1:4173';
export const HOST_ORIGIN = process.env.KW_HOST_ORIGIN ?? 'http://127.0.0.1:4175';

export type Message = Record<string, unknown>;
export interface Received {
  data: Message;
  origin: string;
  fromFrame: boolean;
  at: number;
}

/** The host page's window (e2e/host/index.html): what it recorded, and how it sends. */
export type HostWindow = Window & { received: Received[]; send: (message: unknown) => void };

const STEP_TEXT = /Step\s+(\d+)\s+of\s+(\d+)/;
const SENTINEL = 'sentinel-probe';

/** The host page's URL, optionally with another query for the iframe. */
export const hostUrl = (iframeQuery?: string) =>
  `${HOST_ORIGIN}/${iframeQuery === undefined ? '' : `?q=${encodeURIComponent(iframeQuery)}`}`;

/**
 * Opens the host page and waits for the app to show a step and, unless its events go elsewhere,
 * for `ready`.
 */
export async function openHost(
  page: Page,
  iframeQuery?: string,
  { awaitReady = true } = {},
): Promise<FrameLocator> {
  await page.goto(hostUrl(iframeQuery));
  const kw = page.frameLocator('#kw');
  await expect(status(kw)).toBeVisible();
  if (awaitReady) await waitForReady(page);
  return kw;
}

export async function waitForReady(page: Page): Promise<void> {
  await expect
    .poll(async () => (await received(page)).some((r) => r.data.event === 'ready'), {
      message: 'the ready event',
      timeout: 10_000,
    })
    .toBe(true);
}

export const status = (kw: FrameLocator) => kw.getByRole('status').filter({ hasText: STEP_TEXT });

export async function expectFrameStep(kw: FrameLocator, n: number, m: number): Promise<void> {
  await expect(status(kw)).toContainText(new RegExp(`Step\\s+${n}\\s+of\\s+${m}(?!\\d)`));
}

/** The Kernelwise frame itself (for making it post to itself). */
export function appFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${APP_ORIGIN}/`));
  if (!frame)
    throw new Error(
      `no frame from ${APP_ORIGIN}: ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}`,
    );
  return frame;
}

export const received = (page: Page): Promise<Received[]> =>
  page.evaluate(() => (window as unknown as HostWindow).received);
export const withoutResize = (list: Received[]): Message[] =>
  list.filter((r) => r.data.event !== 'resize').map((r) => r.data);
const isSentinelError = (m: Message) => m.event === 'error' && String(m.message).includes(SENTINEL);

/** Posts messages from the host page to the iframe, as `iframe.contentWindow.postMessage(m, '*')`. */
export async function post(page: Page, ...messages: unknown[]): Promise<void> {
  await page.evaluate((list) => list.forEach((m) => (window as unknown as HostWindow).send(m)), messages);
}

/**
 * Sends the sentinel and returns every event (resizes left out) that arrived after `mark` and
 * before the sentinel's error, i.e. everything the messages posted since `mark` caused.
 */
export async function settle(page: Page, mark: number, { strict = true } = {}): Promise<Message[]> {
  await post(page, { kernelwise: 1, command: SENTINEL });
  let events: Message[] = [];
  await expect
    .poll(
      async () => {
        events = withoutResize((await received(page)).slice(mark));
        return events.some(isSentinelError);
      },
      { message: 'the sentinel command comes back refused', timeout: 10_000 },
    )
    .toBe(true);
  const sentinelAt = events.findIndex(isSentinelError);
  // (While playing, step events keep coming after it.)
  if (strict) expect(events.slice(sentinelAt + 1), 'nothing after the sentinel').toEqual([]);
  return events.slice(0, sentinelAt);
}

/** Sends `messages` and returns exactly the events they caused. */
export async function exchange(page: Page, ...messages: unknown[]): Promise<Message[]> {
  const mark = (await received(page)).length;
  await post(page, ...messages);
  return settle(page, mark);
}

export const cmd = (command: string, fields: Message = {}): Message => ({
  kernelwise: 1,
  command,
  ...fields,
});
export const stepEvent = (step: number, steps: number): Message => ({
  kernelwise: 1,
  event: 'step',
  step,
  steps,
});
