import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild } from './bench-ui-server.mjs';

/** A raw GET: fetch() would resolve `..` in the path before sending it. */
function get(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe("bench:ui's build server", () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-bench-server-'));
  const root = join(dir, 'dist');
  let server: Awaited<ReturnType<typeof serveBuild>>;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>page</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'export const app = 1;');
    writeFileSync(join(dir, 'secret.txt'), 'outside the build');
    writeFileSync(join(dir, 'control.html'), '<!doctype html><title>control</title>');
    server = await serveBuild(root, 0, { '/bench-control.html': join(dir, 'control.html') });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page at / (with a query) and scripts as JavaScript', async () => {
    const page = await get(server.port, '/?mode=standard&size=32');
    expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>page</title>' });
    expect(page.type).toMatch(/^text\/html/);
    const script = await get(server.port, '/assets/app.js');
    expect(script).toMatchObject({ status: 200, body: 'export const app = 1;' });
    expect(script.type).toMatch(/^text\/javascript/);
  });

  it('serves a file named outside the build at its own path, and nothing else beside the build', async () => {
    const control = await get(server.port, '/bench-control.html?spin=4');
    expect(control).toMatchObject({ status: 200, body: '<!doctype html><title>control</title>' });
    expect(control.type).toMatch(/^text\/html/);
    for (const path of ['/control.html', '/bench-control.html/', '/constructor', '/__proto__']) {
      expect((await get(server.port, path)).status, path).toBe(404);
    }
  });

  it('answers 404 for a missing file and for paths that climb out of the build', async () => {
    for (const path of [
      '/assets/missing.js',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%E0%A4%A',
    ]) {
      const response = await get(server.port, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('outside the build');
    }
  });

  it('refuses a port that is already taken', async () => {
    await expect(serveBuild(root, server.port)).rejects.toThrow(`port ${server.port} is not free`);
  });
});
