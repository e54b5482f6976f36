/**
 * The parameters the current view lets a user change, each with its valid range. A change that would
 * leave no output is refused here, with the reason, and the view keeps the last valid configuration.
 */
import { memo, useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { LIMITS, MODE_PARAMS, type Config, type PaddingSetting, type Size2 } from '../../state/config';
import { useStore } from '../../state/store';
import { markDeliberate } from '../../state/history';
import { NumberField } from './NumberField';
import { ChoiceField } from './ChoiceField';
import { PIPELINE_PRESET, MODE_DEFAULTS } from '../../state/config';

const range = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), label: String(min + i) }));

const pairValue = (p: Size2) => (p[0] === p[1] ? String(p[0]) : `${p[0]}x${p[1]}`);
const withCustom = (options: { value: string; label: string }[], value: string) =>
  options.some((o) => o.value === value) ? options : [...options, { value, label: value.replace('x', '×') }];

function parsePair(value: string): Size2 {
  const [h, w] = value.split('x').map(Number);
  return [h!, w ?? h!];
}

export const ParameterPanel = memo(function ParameterPanel() {
  const config = useStore(
    useShallow((s) => ({
      mode: s.config.mode,
      size: s.config.size,
      k: s.config.k,
      stride: s.config.stride,
      pad: s.config.pad,
      dilation: s.config.dilation,
      cin: s.config.cin,
      cout: s.config.cout,
      pool: s.config.pool,
      relu: s.config.relu,
      pipeline: s.config.pipeline,
    })),
  );
  const change = useStore((s) => s.change);
  // A refused change is explained next to the field it came from, as well as in the notice bar.
  const refusal = useStore((s) => s.refusal);
  const refusedParam = useStore((s) => s.refusedParam);
  const errorFor = (param: keyof Config) => (refusedParam === param ? refusal : null);
  const set = useCallback((patch: Partial<Config>) => change(patch), [change]);
  const uses = new Set<string>(MODE_PARAMS[config.mode]);
  const pooling = config.mode === 'maxpool';
  const strideValue = config.stride ? pairValue(config.stride) : pooling ? 'window' : '1';
  const padValue = typeof config.pad === 'string' ? config.pad : pairValue(config.pad);

  return (
    <section className="panel parameters" aria-labelledby="params-heading">
      <h2 id="params-heading">Parameters</h2>
      <div className="fields">
        {uses.has('size') && (
          <>
            <NumberField
              label={config.pipeline ? 'Image height' : 'Input height'}
              value={config.size[0]}
              {...LIMITS.size}
              error={errorFor('size')}
              onCommit={(v) => set({ size: [v, config.size[1]] })}
            />
            <NumberField
              label={config.pipeline ? 'Image width' : 'Input width'}
              value={config.size[1]}
              {...LIMITS.size}
              error={errorFor('size')}
              onCommit={(v) => set({ size: [config.size[0], v] })}
            />
          </>
        )}
        {uses.has('k') && (
          <>
            <NumberField
              label={pooling ? 'Window height' : 'Kernel height'}
              value={config.k[0]}
              {...LIMITS.k}
              error={errorFor('k')}
              onCommit={(v) => set({ k: [v, config.k[1]] })}
            />
            <NumberField
              label={pooling ? 'Window width' : 'Kernel width'}
              value={config.k[1]}
              {...LIMITS.k}
              error={errorFor('k')}
              onCommit={(v) => set({ k: [config.k[0], v] })}
            />
          </>
        )}
        {uses.has('stride') && (
          <ChoiceField
            label="Stride"
            value={strideValue}
            options={withCustom(
              [
                ...(pooling ? [{ value: 'window', label: 'Window size' }] : []),
                ...range(LIMITS.stride.min, LIMITS.stride.max),
              ],
              strideValue,
            )}
            onChange={(v) => set({ stride: v === 'window' ? null : parsePair(v) })}
            error={errorFor('stride')}
            hint="1–4"
          />
        )}
        {uses.has('pad') && (
          <ChoiceField
            label="Padding"
            value={padValue}
            options={withCustom(
              [
                ...range(LIMITS.pad.min, LIMITS.pad.max),
                { value: 'valid', label: 'valid (none)' },
                { value: 'same', label: 'same' },
              ],
              padValue,
            )}
            onChange={(v) =>
              set({ pad: (v === 'valid' || v === 'same' ? v : parsePair(v)) as PaddingSetting })
            }
            hint="0–3, valid or same"
            error={errorFor('pad')}
          />
        )}
        {uses.has('dilation') && (
          <ChoiceField
            label="Dilation"
            value={pairValue(config.dilation)}
            options={withCustom(range(LIMITS.dilation.min, LIMITS.dilation.max), pairValue(config.dilation))}
            onChange={(v) => set({ dilation: parsePair(v) })}
            error={errorFor('dilation')}
            hint="1–4"
          />
        )}
        {uses.has('cin') && (
          <NumberField
            label="Input channels"
            value={config.cin}
            {...LIMITS.cin}
            error={errorFor('cin')}
            onCommit={(v) => set({ cin: v })}
          />
        )}
        {uses.has('cout') && (
          <NumberField
            label="Output channels"
            value={config.cout}
            {...LIMITS.cout}
            error={errorFor('cout')}
            onCommit={(v) => set({ cout: v })}
          />
        )}
        {uses.has('pool') && (
          <ChoiceField
            label="Pooling"
            value={config.pool}
            options={[
              { value: 'max', label: 'Max' },
              { value: 'avg', label: 'Average' },
            ]}
            onChange={(v) => set({ pool: v === 'avg' ? 'avg' : 'max' })}
            error={errorFor('pool')}
          />
        )}
        {uses.has('relu') && (
          <label className="field field--check">
            <input type="checkbox" checked={config.relu} onChange={(e) => set({ relu: e.target.checked })} />
            <span>ReLU after the 1×1 convolution</span>
          </label>
        )}
        {uses.has('pipeline') && (
          <label className="field field--check">
            <input
              type="checkbox"
              checked={config.pipeline}
              onChange={(e) => {
                markDeliberate();
                const d = MODE_DEFAULTS.maxpool;
                set(
                  e.target.checked
                    ? PIPELINE_PRESET
                    : { pipeline: false, size: d.size, k: d.k, input: null, kernel: null },
                );
              }}
            />
            <span>Image → conv 3×3 → pool</span>
          </label>
        )}
      </div>
    </section>
  );
});
