/** System Chromium binaries, in the order they are tried. */
export declare const SYSTEM_CHROMIUM_PATHS: readonly string[];
/** Chromium's headless shell, which the e2e tests prefer when it is installed. */
export declare const HEADLESS_SHELL_PATHS: readonly string[];
/** Flags for every launch of the test and benchmark browser. */
export declare const CHROMIUM_ARGS: string[];
/** True when `path` is an existing regular file this process may execute. */
export declare function isExecutable(path: string): boolean;
/**
 * `CHROMIUM_PATH` when set (throws if it is not an executable file), else (with `headlessShell`)
 * the headless shell if installed, else the first system Chromium that exists, else undefined
 * (Playwright then uses the browser it manages).
 */
export declare function findChromium(options?: { headlessShell?: boolean }): string | undefined;
