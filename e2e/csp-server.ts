// Tiny static servers for the CSP spec (node:http only): one serves the production build with the
// headers a host would add, one serves a course page that embeds it from another origin. Each
// listens on a port the system picks, so parallel workers and other runs never collide.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

function listen(server: Server): Promise<Served> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return fail(new Error('no TCP address'));
      done({
        origin: `http://127.0.0.1:${address.port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/** Serves the files under `directory` (`/` is index.html), every response with `headers`. */
export function serveDirectory(directory: string, headers: Record<string, string>): Promise<Served> {
  const root = resolve(directory);
  return listen(
    createServer(async (request, response) => {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const file = normalize(join(root, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
      try {
        if (request.method !== 'GET' || !file.startsWith(root + sep)) throw new Error('not served');
        const body = await readFile(file);
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { ...headers, 'content-type': type, 'cache-control': 'no-store' }).end(body);
      } catch {
        response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    }),
  );
}

/** Serves one HTML page at every path. */
export function servePage(html: string): Promise<Served> {
  return listen(
    createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }),
  );
}
