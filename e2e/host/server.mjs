// A tiny static server for the embed host page, on an origin other than the app's, so the specs
// exercise postMessage across origins as a real course site would. No dependencies: node:http only.
//   node e2e/host/server.mjs            (port from KW_HOST_PORT, default 4175)
// The app's origin (KW_APP_ORIGIN, default http://127.0.0.1:4173) is written into the pages.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.KW_HOST_PORT ?? 4175);
const appOrigin = process.env.KW_APP_ORIGIN ?? 'http://127.0.0.1:4173';
const PAGES = new Map([
  ['/', 'index.html'],
  ['/index.html', 'index.html'],
  ['/rogue.html', 'rogue.html'],
]);

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const file = PAGES.get(pathname);
  if (request.method !== 'GET' || !file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const html = (await readFile(join(root, file), 'utf8')).replaceAll('__APP_ORIGIN__', appOrigin);
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    .end(html);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`embed host page on http://127.0.0.1:${port}/ (app at ${appOrigin})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
