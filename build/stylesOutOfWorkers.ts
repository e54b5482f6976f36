import type { Plugin } from 'vite';

const EMPTY = '\0kernelwise-empty-style';

/**
 * Stylesheets imported in a worker's module graph become empty modules. The export worker reaches the
 * views' code through the mode registry's lazy imports (never loaded there: a worker has no page), and
 * their CSS was emitted a second time under the same names as the page's, with a warning each build.
 */
export function stylesOutOfWorkers(): Plugin {
  return {
    name: 'kernelwise-styles-out-of-workers',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('.css') ? EMPTY : null;
    },
    load(id) {
      return id === EMPTY ? '' : null;
    },
  };
}
