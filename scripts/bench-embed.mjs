// Embed benchmark: how long a burst of commands from a host page keeps Kernelwise (and its host)
// busy. The host page of e2e/host/ embeds the app from another origin, posts BENCH_EMBED_BURST
// `next` commands in one go, then an unknown command whose `error` marks the end of the burst.
// Prints the time until that error arrives and how many events the host had to handle.
//   node scripts/bench-embed.mjs           (serves the existing build in KW_OUT_DIR, default dist/)
// Ports: KW_PORT (default 4176) for the app, KW_HOST_PORT (default 4177) for the host page.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.KW_PORT ?? 4176);
const HOST_PORT = Number(process.env.KW_HOST_PORT ?? 4177);
const OUT_DIR = process.env.KW_OUT_DIR ?? 'dist';
const BURST = Number(process.env.BENCH_EMBED_BURST ?? 10_000);
const APP = `http://127.0.0.1:${PORT}`;
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const TIMEOUT_MS = 300_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a server in its own process group, so stopping it also stops what npx started. */
function start(command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  return () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
}

async function waitFor(url) {
  for (let tries = 0; tries < 150; tries++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer`);
}

if (!existsSync(join(ROOT, OUT_DIR, 'index.html'))) {
  console.error(`bench-embed: no build in ${OUT_DIR}/; run npx vite build --outDir ${OUT_DIR} first`);
  process.exit(1);
}
const stops = [
  start('npx', [
    'vite',
    'preview',
    '--outDir',
    OUT_DIR,
    '--port',
    String(PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ]),
  start('node', ['e2e/host/server.mjs'], { KW_HOST_PORT: String(HOST_PORT), KW_APP_ORIGIN: APP }),
];
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  await Promise.all([waitFor(APP), waitFor(HOST)]);
  const page = await browser.newPage();
  page.on('crash', () => console.error('bench-embed: the page crashed'));
  // 9×9 input padded by 1, 3×3 kernel: 81 steps, looping.
  const query = `embed=1&mode=standard&size=9&origin=${HOST}`;
  await page.goto(`${HOST}/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => window.received.some((r) => r.data.event === 'ready'), null, {
    timeout: 30_000,
  });
  const result = await page.evaluate(
    ({ burst, timeout }) =>
      new Promise((resolve) => {
        const mark = window.received.length;
        const start = performance.now();
        for (let i = 0; i < burst; i++) window.send({ kernelwise: 1, command: 'next' });
        const posted = performance.now() - start;
        window.send({ kernelwise: 1, command: 'end-of-burst' });
        const check = () => {
          const events = window.received.slice(mark);
          if (events.some((r) => r.data.event === 'error') || performance.now() - start > timeout)
            resolve({ posted, total: performance.now() - start, events: events.length });
          else setTimeout(check, 10);
        };
        check();
      }),
    { burst: BURST, timeout: TIMEOUT_MS },
  );
  console.log(
    `bench-embed: ${BURST} next commands posted in ${result.posted.toFixed(0)} ms; ` +
      `all handled after ${result.total.toFixed(0)} ms; the host received ${result.events} events`,
  );
} finally {
  await browser.close();
  stops.forEach((stop) => stop());
}
