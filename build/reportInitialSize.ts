/**
 * A Vite plugin that prints, and holds to the limits in budget.json, the JavaScript a first visit
 * downloads before the page can render (the entry chunk and every chunk it imports statically; lazy
 * chunks excluded) and the CSS those chunks bring, both gzipped. A view's own stylesheet arrives with
 * its chunk, like its script; the total of every stylesheet is printed beside. Over a limit, the
 * build fails and says by how much.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { checkBudget, readBudget } from './budget.ts';

interface ChunkLike {
  type: 'chunk';
  isEntry: boolean;
  imports: string[];
  code: string;
  viteMetadata?: { importedCss: Set<string> };
}

const gzippedBytes = (source: string | Uint8Array) => gzipSync(source, { level: 9 }).length;

export function reportInitialSize(budgetPath: string): Plugin {
  return {
    name: 'kernelwise-initial-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      const stylesheets = new Map<string, number>();
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'chunk') chunks.set(name, item as unknown as ChunkLike);
        else if (name.endsWith('.css')) stylesheets.set(name, gzippedBytes(item.source));
      }
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        chunks.get(name)?.imports.forEach(visit);
      };
      for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
      let javaScript = 0;
      const initialCss = new Set<string>();
      for (const name of seen) {
        javaScript += gzippedBytes(chunks.get(name)?.code ?? '');
        chunks.get(name)?.viteMetadata?.importedCss.forEach((file) => initialCss.add(file));
      }
      let css = 0;
      for (const file of initialCss) css += stylesheets.get(file) ?? 0;
      let allCss = 0;
      for (const bytes of stylesheets.values()) allCss += bytes;

      const { lines, over } = checkBudget(
        { initialJavaScriptKB: javaScript, cssKB: css },
        readBudget(budgetPath),
      );
      for (const line of lines) this.info(line);
      this.info(`all stylesheets, every view's included: ${(allCss / 1024).toFixed(1)} KB gzipped`);
      if (over.length > 0)
        this.error(`Size budget exceeded (limits in ${budgetPath}):\n  ${over.join('\n  ')}`);
    },
  };
}
