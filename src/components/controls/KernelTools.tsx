/**
 * Kernel presets, new random values from a seed, and a reset to the seed's values: each shown only
 * where the view's definition says it applies (a seed among its parameters, values it lets the user
 * edit), and the panel not at all where none does (the stack view has shapes, not values).
 */
import { memo, use, useId, useMemo } from 'react';
import { LIMITS, MODE_PARAMS } from '../../state/config';
import { inputShape, kernelShape } from '../../state/operation';
import { loadedModeView, loadModeView } from '../../modes/viewCache';
import { changeSeed, randomize, resetValues } from '../../state/edits';
import { applyPreset } from '../../state/presetEdit';
import { useStore } from '../../state/store';
import { NumberField } from './NumberField';

export const KernelTools = memo(function KernelTools() {
  const id = useId();
  const seed = useStore((s) => s.config.seed);
  const config = useStore((s) => s.config);
  // The presets come with the view, loaded before its tab shows; `use` waits for it otherwise.
  const view = loadedModeView(config.mode) ?? use(loadModeView(config.mode));
  const presets = useMemo(() => view.kernelPresets(config), [view, config]);
  // A view without a seed (the image view) has nothing to randomize.
  const seeded = MODE_PARAMS[config.mode].includes('seed');
  // Values the user can type: an input with channels, or weights.
  const editable = inputShape(config).channels > 0 || kernelShape(config) !== null;
  const edited = useStore(
    (s) => s.config.input !== null || s.config.kernel !== null || s.config.biases !== null,
  );
  if (!seeded && !editable && presets.length === 0) return null;
  return (
    <section className="panel kernel-tools" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Values</h2>
      <div className="fields">
        {presets.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-preset`}>Kernel preset</label>
            <select
              id={`${id}-preset`}
              value=""
              onChange={(e) => {
                if (e.target.value) applyPreset(e.target.value);
              }}
            >
              <option value="">Choose…</option>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
            <span className="field-range">fills every kernel</span>
          </div>
        )}
        {seeded && (
          <NumberField label="Seed" value={seed} min={LIMITS.seed.min} max={999} onCommit={changeSeed} />
        )}
        {(seeded || editable) && (
          <div className="field field--buttons">
            {seeded && (
              <button type="button" onClick={() => randomize(Math.floor(Math.random() * 1000))}>
                Randomize
              </button>
            )}
            {editable && (
              <button type="button" onClick={() => resetValues()} disabled={!edited}>
                Reset values
              </button>
            )}
          </div>
        )}
      </div>
      {editable && (
        <p className="hint">
          {inputShape(config).channels > 0
            ? 'Click a cell of the input or kernel and type a number (fractions like 1/9 work) to change it.'
            : 'Type a weight into a field of the kernel (fractions like 1/9 work) to change it.'}
        </p>
      )}
    </section>
  );
});
