/**
 * The figure's caption: the view and the parameters it lets the user change, as the panel names
 * them ("Standard · Input 5×5 · Kernel 3×3 · Stride 1 · Padding 1"), read from the parameter table.
 */
import { MODE_REGISTRY } from '../modes/registry';
import { PARAMS, type ParamKey } from '../modes/params';
import type { Config } from '../modes/types';
import { effectiveStride } from '../state/config';

/** The value as the caption writes it; null leaves the parameter out (the seed, a toggle that is off). */
function valueText(config: Config, key: ParamKey): string | null {
  const { control } = PARAMS[key];
  if (control.kind === 'none') return null;
  if (control.kind === 'toggle') return config[key] ? '' : null;
  const value = key === 'stride' ? effectiveStride(config) : config[key];
  if (!Array.isArray(value)) return String(value);
  // Sizes read as sizes (5×5); a stride, padding or dilation the same both ways as one number.
  return control.kind === 'pair' || value[0] !== value[1] ? `${value[0]}×${value[1]}` : String(value[0]);
}

export function figureCaption(config: Config): string {
  const mode = MODE_REGISTRY[config.mode];
  const overrides = mode.paramOverrides?.(config) ?? {};
  const parts = mode.params.flatMap((key) => {
    const value = valueText(config, key);
    if (value === null || overrides[key]?.hidden) return [];
    const label = overrides[key]?.label ?? PARAMS[key].label;
    return [value === '' ? label : `${label} ${value}`];
  });
  return [`${mode.label}${mode.tabHint}`, ...parts].join(' · ');
}
