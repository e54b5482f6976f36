// `npm run lighthouse`: builds the app, serves it with `vite preview` on a free port, audits it with
// Lighthouse (the npm package) in the system Chromium, and prints the four category scores for
// desktop and mobile, with every audit that cost points. Not part of `npm test`: scores are
// measurements, and performance varies with the machine's load.
//
//   npm run lighthouse                  build dist/, then audit it
//   npm run lighthouse -- --no-build    audit the existing build
//   KW_OUT_DIR=dist-x                   build into / serve from another directory
//   LIGHTHOUSE_QUERY='mode=dilated'     audit another view (the query string after /?)
//   LIGHTHOUSE_REPORT_DIR=some/dir      also keep the full reports there (desktop.json, mobile.json)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium-path.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = process.env.KW_OUT_DIR ?? 'dist';
const QUERY = process.env.LIGHTHOUSE_QUERY ?? '';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE_CLI = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

function build() {
  console.log(`lighthouse: building into ${OUT_DIR}/`);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npx vite build failed (exit ${result.status ?? result.signal})`);
}

/** A port nothing listens on now: the system picks one, and we let it go for vite preview. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs a process to its end without blocking this one, whose event loop serves the pages. */
function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? signal));
  });
}

/** Runs the Lighthouse CLI once; returns its JSON report (LHR). */
async function audit(url, chromePath, formFactor) {
  const dir = mkdtempSync(join(tmpdir(), 'kernelwise-lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    const args = [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      `--output-path=${report}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${[...CHROMIUM_ARGS, '--headless'].join(' ')}`,
      '--no-enable-error-reporting',
      '--quiet',
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ];
    const exit = await run(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (exit !== 0 || !existsSync(report))
      throw new Error(`lighthouse (${formFactor}) failed (exit ${exit})`);
    const keep = process.env.LIGHTHOUSE_REPORT_DIR;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      copyFileSync(report, join(keep, `${formFactor}.json`));
    }
    return JSON.parse(readFileSync(report, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const score = (value) => (value === null || value === undefined ? '—' : String(Math.round(value * 100)));

/** Audits of a category that lost points (weighted ones, and every failing accessibility check). */
function losses(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ ref, audit }) =>
        audit && audit.score !== null && audit.score < 1 && (ref.weight > 0 || category === 'accessibility'),
    )
    .map(({ ref, audit }) => {
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      return `    ${category}: ${audit.id} ${score(audit.score)}${ref.weight > 0 ? ` weight ${ref.weight}` : ''} — ${audit.title}${value}`;
    });
}

async function main() {
  const chromePath = findChromium();
  if (!chromePath)
    throw new Error(
      'No Chromium found: install Debian\'s chromium or set CHROMIUM_PATH (see README, "How the tests find a browser").',
    );
  if (!process.argv.includes('--no-build')) build();
  if (!existsSync(join(ROOT, OUT_DIR, 'index.html')))
    throw new Error(`${OUT_DIR}/index.html is missing: run without --no-build first`);

  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  const url = `http://127.0.0.1:${port}/${QUERY ? `?${QUERY}` : ''}`;
  try {
    const rows = [];
    const details = [];
    for (const formFactor of ['desktop', 'mobile']) {
      console.log(`lighthouse: auditing ${url} (${formFactor}) with ${chromePath}`);
      const lhr = await audit(url, chromePath, formFactor);
      rows.push({ formFactor, scores: CATEGORIES.map((c) => score(lhr.categories[c].score)) });
      details.push(`  ${formFactor}:`, ...CATEGORIES.flatMap((c) => losses(lhr, c)));
    }
    console.log(`\nLighthouse ${url}`);
    console.log(`  ${'form factor'.padEnd(12)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
    for (const { formFactor, scores } of rows)
      console.log(`  ${formFactor.padEnd(12)}${scores.map((s) => s.padStart(16)).join('')}`);
    console.log('\nAudits that cost points:');
    console.log(details.join('\n'));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`lighthouse: ${error.message}`);
  process.exitCode = 1;
});
