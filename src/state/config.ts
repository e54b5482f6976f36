/**
 * The user-settable configuration: what the URL carries and the compute module is run on. The
 * configuration's shape lives with the modes (src/modes/types.ts); these are the per-mode facts the
 * rest of the app reads, each taken from the registry.
 */
import { MODE_REGISTRY, MODES, type Mode } from '../modes/registry';
import type { ParamKey } from '../modes/params';
import type { Config, Size2 } from '../modes/types';

export { MODES, type Mode } from '../modes/registry';
export { LIMITS, type Config, type Size2, type PaddingSetting, type PoolKind } from '../modes/types';
export { PIPELINE_PRESET, PIPELINE_IMAGE_SIZE, PIPELINE_CONV_KERNEL } from '../modes/maxpool';

const byMode = <T>(pick: (mode: Mode) => T): Record<Mode, T> =>
  Object.fromEntries(MODES.map((m) => [m, pick(m)])) as Record<Mode, T>;

export const MODE_LABELS: Record<Mode, string> = byMode((m) => MODE_REGISTRY[m].label);

/** Each view opens on the configuration that shows its idea best. */
export const MODE_DEFAULTS: Record<Mode, Config> = byMode((m) => MODE_REGISTRY[m].defaults);

/** Which parameters a view lets the user change; the rest stay at the view's defaults. */
export const MODE_PARAMS: Record<Mode, readonly ParamKey[]> = byMode((m) => MODE_REGISTRY[m].params);

/** The defaults a configuration is compared with: the view's, or its preset's (the pipeline, the separable block). */
export function defaultsFor(mode: Mode, pipeline: boolean, separable = false): Config {
  return MODE_REGISTRY[mode].defaultsFor({ pipeline, separable });
}

/** The stride in force: as set, else the view's default (1 for convolution, the window for pooling). */
export function effectiveStride(config: Config): Size2 {
  return config.stride ?? MODE_REGISTRY[config.mode].defaultStride?.(config) ?? [1, 1];
}
