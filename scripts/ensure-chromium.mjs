// Makes sure a Chromium is available for the e2e tests and the UI benchmark, and says which one.
// Order: CHROMIUM_PATH, the system Chromium, a Playwright-managed Chromium, and, as root on
// Debian/Ubuntu, `apt-get install chromium`. Exits 1 with instructions when none can be had.
// With --headless-shell (the e2e tests), as root on Debian/Ubuntu it first tries to add Chromium's
// headless shell, which the tests run faster in; without it they use the Chromium found above.
// Plain Node ESM with no dependencies, so it runs before anything else is set up.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, HEADLESS_SHELL_PATHS, isExecutable, SYSTEM_CHROMIUM_PATHS } from './chromium-path.mjs';

const HOW_TO_GET_ONE = [
  'No Chromium found. Any one of these will do:',
  '  - install the Debian/Ubuntu package:  sudo apt-get install chromium   (chromium-browser on older Ubuntu)',
  '  - set CHROMIUM_PATH to a Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm run test:e2e',
  '  - where the network allows it, let Playwright fetch its own:  npx playwright install chromium',
].join('\n');

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

/** The browser's own version string, or a note on why it could not be read. */
function versionOf(path) {
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const out = (run.stdout ?? '').trim().split('\n').pop();
  if (run.status === 0 && out) return out;
  return `version unknown: ${run.error?.message ?? `--version exited with ${run.status ?? run.signal}`}`;
}

function report(path, source) {
  console.log(`ensure-chromium: using ${path} (${versionOf(path)}) [${source}]`);
  process.exit(0);
}

/** A Chromium that Playwright downloaded earlier (`npx playwright install chromium`), if any. */
async function playwrightManagedChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined; // @playwright/test not installed, or it knows no browser for this platform
  }
}

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

let aptUpdated = false;

/** apt-get install -y `pkg` (after one apt-get update); false, with the reason printed, on failure. */
function aptInstall(pkg) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`ensure-chromium: running apt-get install -y ${pkg} (as root)`);
  const steps = aptUpdated ? [['install', '-y', pkg]] : [['update'], ['install', '-y', pkg]];
  for (const args of steps) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (run.status !== 0) {
      console.error(
        `ensure-chromium: apt-get ${args.join(' ')} failed (${run.error?.message ?? run.status})`,
      );
      return false;
    }
    if (args[0] === 'update') aptUpdated = true;
  }
  return true;
}

const canApt = process.getuid?.() === 0 && hasAptGet();
const headlessShell = process.argv.includes('--headless-shell');
if (headlessShell && !process.env.CHROMIUM_PATH && !HEADLESS_SHELL_PATHS.some(isExecutable) && canApt) {
  if (!aptInstall('chromium-headless-shell'))
    console.log('ensure-chromium: no headless shell; the tests run in the full Chromium instead');
}

let path;
try {
  path = findChromium({ headlessShell });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (path) report(path, process.env.CHROMIUM_PATH ? 'CHROMIUM_PATH' : 'system');

const managed = await playwrightManagedChromium();
if (managed) report(managed, 'Playwright-managed');

if (canApt && aptInstall('chromium')) {
  path = findChromium({ headlessShell });
  if (path) report(path, 'installed with apt-get');
  fail(
    `apt-get reported success, but none of ${SYSTEM_CHROMIUM_PATHS.join(', ')} exists.\n${HOW_TO_GET_ONE}`,
  );
}

fail(HOW_TO_GET_ONE);
