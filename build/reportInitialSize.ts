/**
 * A Vite plugin that prints the JavaScript a first visit downloads before the page can render: the
 * entry chunk and every chunk it imports statically (lazy chunks excluded), gzipped.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  isEntry: boolean;
  imports: string[];
  code: string;
}

export function reportInitialSize(): Plugin {
  return {
    name: 'kernelwise-initial-size',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const [name, item] of Object.entries(bundle))
        if (item.type === 'chunk') chunks.set(name, item as unknown as ChunkLike);
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        seen.add(name);
        chunks.get(name)?.imports.forEach(visit);
      };
      for (const [name, chunk] of chunks) if (chunk.isEntry) visit(name);
      let raw = 0;
      let gzipped = 0;
      for (const name of seen) {
        const code = chunks.get(name)?.code ?? '';
        raw += Buffer.byteLength(code);
        gzipped += gzipSync(code, { level: 9 }).length;
      }
      const kb = (n: number) => (n / 1024).toFixed(1);
      this.info(
        `initial JavaScript: ${seen.size} chunk(s), ${kb(raw)} KB, ${kb(gzipped)} KB gzipped (goal: under 90 KB)`,
      );
    },
  };
}
