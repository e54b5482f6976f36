// The static server bench:ui measures against: the production build, served from the benchmark's
// own process. A separate `vite preview` process, idle as it looks, ran its garbage collector on
// both cores now and then, and on this two-core machine that cost the page frames it was counting.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file a request path names inside `root`, or undefined when it would leave `root`. */
function fileFor(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port); resolves with the port once listening, and
 * rejects when the port is taken, so the numbers never come from some other server. `extra` maps
 * request paths to files outside the build (the benchmark's control page).
 */
export function serveBuild(root, port, extra = {}) {
  const cache = new Map();
  const read = (file) => {
    if (!cache.has(file)) cache.set(file, readFile(file));
    return cache.get(file);
  };
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = Object.hasOwn(extra, pathname) ? extra[pathname] : fileFor(root, pathname);
    try {
      if (!file) throw new Error('outside the build');
      const body = await read(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      cache.delete(file);
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        new Error(`port ${port} is not free (${error.code ?? error.message}); stop whatever listens on it`),
      ),
    );
    server.listen(port, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
