/**
 * Serves a build directory on 127.0.0.1 for bench:ui; `port` 0 picks a free one; `extra` maps request
 * paths to files outside the build.
 */
export declare function serveBuild(
  root: string,
  port: number,
  extra?: Record<string, string>,
): Promise<{ port: number; close(): Promise<void> }>;
