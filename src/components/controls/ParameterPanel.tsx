/**
 * The parameters the current view lets a user change, each drawn from its row of the parameter
 * table (src/modes/params.ts) with the view's own labels. A change that would leave no output is
 * refused by the store, with the reason, and the view keeps the last valid configuration.
 */
import { memo, use, useCallback } from 'react';
import type { Config, Size2 } from '../../modes/types';
import { PARAM_KEYS, PARAMS, type Choice, type ParamKey, type ParamSpec } from '../../modes/params';
import { MODE_REGISTRY } from '../../modes/registry';
import { loadedModeView, loadModeView } from '../../modes/viewCache';
import { useStore } from '../../state/store';
import { markDeliberate } from '../../state/history';
import { effectiveStride } from '../../state/config';
import { NumberField } from './NumberField';
import { ChoiceField } from './ChoiceField';

/** A value the table's choices do not list (set by a link, say) is still shown, as itself. */
const withCustom = (choices: readonly Choice[], value: string) =>
  choices.some((c) => c.value === value) ? choices : [...choices, { value, label: value.replace('x', '×') }];

/** Turning a preset on or off starts from that preset's defaults, keeping only the seed. */
function presetPatch(config: Config, key: ParamKey, on: boolean): Partial<Config> {
  const d = MODE_REGISTRY[config.mode].defaultsFor({ ...config, [key]: on });
  const patch: Partial<Config> = { input: null, kernel: null };
  for (const k of PARAM_KEYS) if (k !== 'seed') Object.assign(patch, { [k]: d[k] });
  return { ...patch, [key]: on };
}

function Field({
  name,
  config,
  set,
  error,
}: {
  name: ParamKey;
  config: Config;
  set: (p: Partial<Config>) => boolean;
  /** Why the last change to this parameter was refused, or null: shown next to its field. */
  error: string | null;
}) {
  const spec = PARAMS[name] as ParamSpec;
  const override = MODE_REGISTRY[config.mode].paramOverrides?.(config)[name] ?? {};
  if (override.hidden) return null;
  const label = override.label ?? spec.label;
  const help = override.help ?? spec.help;
  const value = config[name];
  const control = spec.control;
  switch (control.kind) {
    case 'pair': {
      const [h, w] = value as Size2;
      return (
        <>
          <NumberField
            label={`${label} height`}
            value={h}
            {...control.range}
            error={error}
            onCommit={(v) => set({ [name]: [v, w] })}
          />
          <NumberField
            label={`${label} width`}
            value={w}
            {...control.range}
            error={error}
            onCommit={(v) => set({ [name]: [h, v] })}
          />
        </>
      );
    }
    case 'count':
      return (
        <NumberField
          label={label}
          value={value as number}
          {...control.range}
          error={error}
          onCommit={(v) => set({ [name]: v })}
        />
      );
    case 'choice': {
      const choices = override.choices ?? control.choices;
      // null means the view's default: the choice the codec cannot read ("Window size"), or its value.
      const text =
        value === null
          ? (choices.find((c) => !spec.read(c.value).ok)?.value ??
            spec.write(effectiveStride(config) as never))
          : spec.write(value as never);
      return (
        <ChoiceField
          label={label}
          value={text}
          options={withCustom(choices, text)}
          onChange={(v) => {
            const read = spec.read(v);
            if (spec.deliberate) markDeliberate();
            set({ [name]: read.ok ? read.value : null });
          }}
          {...(help && { hint: help })}
          error={error}
        />
      );
    }
    case 'toggle':
      return (
        <label className="field field--check">
          <input
            type="checkbox"
            checked={value as boolean}
            onChange={(e) => {
              if (spec.deliberate) markDeliberate();
              set(spec.preset ? presetPatch(config, name, e.target.checked) : { [name]: e.target.checked });
            }}
          />
          <span>{label}</span>
        </label>
      );
    case 'none':
      return null;
  }
}

export const ParameterPanel = memo(function ParameterPanel() {
  const config = useStore((s) => s.config);
  const change = useStore((s) => s.change);
  // A refused change is explained next to the field it came from, as well as in the notice bar.
  const refusal = useStore((s) => s.refusal);
  const refusedParam = useStore((s) => s.refusedParam);
  const set = useCallback((patch: Partial<Config>) => change(patch), [change]);
  const params = MODE_REGISTRY[config.mode].params;
  // The view's own controls come with its chunk, loaded before its tab shows; `use` waits otherwise.
  const { Settings } = loadedModeView(config.mode) ?? use(loadModeView(config.mode));
  // Switches go after the fields, as a group of options; a parameter without a control is left out.
  const kind = (p: ParamKey) => PARAMS[p].control.kind;
  const ordered = [
    ...params.filter((p) => kind(p) !== 'toggle' && kind(p) !== 'none'),
    ...params.filter((p) => kind(p) === 'toggle'),
  ];
  return (
    <section className="panel parameters" aria-labelledby="params-heading">
      <h2 id="params-heading">Parameters</h2>
      {ordered.length > 0 && (
        <div className="fields">
          {ordered.map((name) => (
            <Field
              key={name}
              name={name}
              config={config}
              set={set}
              error={refusedParam === name ? refusal : null}
            />
          ))}
        </div>
      )}
      {Settings && <Settings />}
    </section>
  );
});
