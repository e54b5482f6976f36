// Where to find a Chromium for the e2e tests and the UI benchmark, without installing anything.
// Shared by playwright.config.ts, scripts/ensure-chromium.mjs and scripts/bench-ui.mjs, so all
// three launch the same browser with the same flags.
import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** System Chromium binaries, in the order they are tried (Debian's package, then Ubuntu's older name). */
export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Chromium's headless shell (Debian's chromium-headless-shell): the same engine without the desktop
 * browser around it, and what Playwright itself runs headless tests in. The e2e tests prefer it: the
 * suite took a quarter less time in it on this 2-core machine. The UI benchmark keeps the full
 * browser, whose frames are the ones people see.
 */
export const HEADLESS_SHELL_PATHS = ['/usr/bin/chromium-headless-shell'];

/**
 * Flags for every launch: no sandbox (containers and CI often run as root), and nothing that
 * phones home, so a test that sees a request leave 127.0.0.1 knows the app made it.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];

/** True when `path` is an existing regular file this process may execute. */
export function isExecutable(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to launch: `CHROMIUM_PATH` when set, else (with `headlessShell`) the headless shell
 * if installed, else the first system binary that exists. Returns undefined when there is none, so
 * Playwright falls back to a browser it manages itself (`npx playwright install chromium`). Throws
 * when `CHROMIUM_PATH` names something that is not an executable file: a browser asked for by name
 * is never silently swapped for another.
 * @param {{ headlessShell?: boolean }} [options]
 * @returns {string | undefined}
 */
export function findChromium({ headlessShell = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    const path = resolve(fromEnv);
    if (!isExecutable(path)) {
      throw new Error(
        `CHROMIUM_PATH is set to "${fromEnv}", but that is not an executable file. ` +
          'Point it at a Chromium or Chrome binary, or unset it to use /usr/bin/chromium.',
      );
    }
    return path;
  }
  return (
    (headlessShell ? HEADLESS_SHELL_PATHS.find(isExecutable) : undefined) ??
    SYSTEM_CHROMIUM_PATHS.find(isExecutable)
  );
}
