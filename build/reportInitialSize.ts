/**
 * A Vite plugin that prints, and holds to the limits in budget.json, the JavaScript a first visit
 * downloads before the page can render (the entry chunk and every chunk it imports statically; lazy
 * chunks excluded) and the CSS, both gzipped. Over a limit, the build fails and says by how much.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { checkBudget, readBudget } from './budget.ts';

interface ChunkLike {
  type: 'chunk';
  isEntry: boolean;
  imports: string[];
  code: string;
}

const gzippedBytes = (source: string | Uint8Array) => gzipSync(source, { level: 9 }).length;

export function reportInitialSize(budgetPath: string): Plugin {
  return {
    name: 'kernelwise-initial-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      let css = 0;
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'chunk') chunks.set(name, item as unknown as ChunkLike);
        else if (name.endsWith('.css')) css += gzippedBytes(item.source);
      }
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        chunks.get(name)?.imports.forEach(visit);
      };
      for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
      let javaScript = 0;
      for (const name of seen) javaScript += gzippedBytes(chunks.get(name)?.code ?? '');

      const { lines, over } = checkBudget(
        { initialJavaScriptKB: javaScript, cssKB: css },
        readBudget(budgetPath),
      );
      for (const line of lines) this.info(line);
      if (over.length > 0)
        this.error(`Size budget exceeded (limits in ${budgetPath}):\n  ${over.join('\n  ')}`);
    },
  };
}
