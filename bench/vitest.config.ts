/**
 * The compute benchmark runs as one long Vitest test (npm run bench): it prints a table of medians
 * and asserts nothing about time. Kept apart from the unit tests so `vitest run` never times anything.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 600_000,
    // one file, one worker: nothing else competes for the CPU while we time
    fileParallelism: false,
    // print the table straight to the terminal, not buffered per test
    disableConsoleIntercept: true,
  },
});
