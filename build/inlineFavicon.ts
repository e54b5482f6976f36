/**
 * The offline single file has no public/ folder beside it, so its icon travels inside it as a data:
 * URL. The served build keeps the icon a file: a strict CSP (default-src 'self') refuses data: images.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function inlineFavicon(svgPath: string): Plugin {
  return {
    name: 'kernelwise-inline-favicon',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const dataUrl = `data:image/svg+xml,${encodeURIComponent(readFileSync(svgPath, 'utf8').trim())}`;
        const linked = html.replace(/(<link rel="icon"[^>]*href=")[^"]*(")/, `$1${dataUrl}$2`);
        if (linked === html) throw new Error('index.html has no <link rel="icon" href="…"> to inline');
        return linked;
      },
    },
  };
}
