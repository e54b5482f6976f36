/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { reportInitialSize } from './build/reportInitialSize.ts';
import { inlineFavicon } from './build/inlineFavicon.ts';
import { stylesOutOfWorkers } from './build/stylesOutOfWorkers.ts';

// `vite build --mode offline` writes one self-contained HTML file (scripts and styles inlined) to
// dist/offline/, for classrooms with no network: it opens straight from disk.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    // The size budgets (budget.json) are checked on the normal build, the one a first visit loads.
    plugins: [
      react(),
      ...(offline
        ? [viteSingleFile(), inlineFavicon(fileURLToPath(new URL('public/favicon.svg', import.meta.url)))]
        : [reportInitialSize(fileURLToPath(new URL('budget.json', import.meta.url)))]),
    ],
    // Relative asset URLs so the build works from any path, including a course site's subfolder.
    base: './',
    publicDir: offline ? false : 'public',
    build: {
      target: 'es2022',
      // Every current browser preloads modules itself; the polyfill only sped up older ones, and
      // its few hundred bytes sat in the initial script.
      modulePreload: { polyfill: false },
      reportCompressedSize: true,
      outDir: offline ? 'dist/offline' : 'dist',
      emptyOutDir: !offline,
    },
    // The export worker imports the mode registry, whose views load lazily: as a module worker it
    // splits the same way, so it never downloads the views' React code.
    worker: { format: 'es', plugins: () => [stylesOutOfWorkers()] },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      // One module graph per worker thread, not one per file: importing the compute modules (and
      // tfjs, the oracle) again for each of ~70 files was two thirds of the run. Each test sets the
      // store state it reads; the suite passes in shuffled order.
      pool: 'threads',
      isolate: false,
    },
  };
});
