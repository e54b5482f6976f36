/** Serves a build directory on 127.0.0.1 for bench:ui; `port` 0 picks a free one. */
export declare function serveBuild(
  root: string,
  port: number,
): Promise<{ port: number; close(): Promise<void> }>;
