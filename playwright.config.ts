import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

// Ports and the build directory can be moved (KW_PORT, KW_HOST_PORT, KW_OUT_DIR) so two runs on one
// machine do not fight over them; the defaults are what CI and `npm run test:e2e` use.
const PORT = Number(process.env.KW_PORT ?? 4173);
const HOST_PORT = Number(process.env.KW_HOST_PORT ?? 4175);
const OUT_DIR = process.env.KW_OUT_DIR ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;
const HOST_URL = `http://127.0.0.1:${HOST_PORT}`;

// Read by the specs: where the embed host page is, and where the single-file build is written.
process.env.KW_APP_ORIGIN = BASE_URL;
process.env.KW_HOST_ORIGIN = HOST_URL;
process.env.KW_OUT_DIR = OUT_DIR;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // The machine has 2 cores, and the preview server needs a little of one.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // A page of 9,000 cells can take more than the default 5 s to show on 2 busy cores.
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    // Animations off: specs assert on state, never on mid-transition frames.
    reducedMotion: 'reduce',
    trace: 'on-first-retry',
    launchOptions: {
      // CHROMIUM_PATH, else the system's headless shell, else its Chromium (scripts/chromium-path.mjs);
      // undefined lets Playwright use its own download.
      executablePath: findChromium({ headlessShell: true }),
      // Every host name but this machine's resolves to nowhere, so a request the app should not make
      // fails at once (e2e/fixtures.ts records it and fails the test) instead of being routed.
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // Test what ships: the production build, served by vite preview, and the single-file offline
      // build (written after the normal build, which empties the output directory) for offline.spec.
      command:
        `npx vite build --outDir ${OUT_DIR} && npx vite build --mode offline --outDir ${OUT_DIR}/offline && ` +
        `npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The embed host page, on another origin (another port) than the app: see e2e/host/.
      command: 'node e2e/host/server.mjs',
      url: HOST_URL,
      env: { KW_HOST_PORT: String(HOST_PORT), KW_APP_ORIGIN: BASE_URL },
      reuseExistingServer: !process.env.CI,
      timeout: 10_000,
    },
  ],
});
