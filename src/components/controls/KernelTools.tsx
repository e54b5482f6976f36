/** Kernel presets, new random values from a seed, and a reset to the seed's values. */
import { memo, use, useId, useMemo } from 'react';
import { LIMITS } from '../../state/config';
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
  const edited = useStore(
    (s) => s.config.input !== null || s.config.kernel !== null || s.config.biases !== null,
  );
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
        <NumberField label="Seed" value={seed} min={LIMITS.seed.min} max={999} onCommit={changeSeed} />
        <div className="field field--buttons">
          <button type="button" onClick={() => randomize(Math.floor(Math.random() * 1000))}>
            Randomize
          </button>
          <button type="button" onClick={() => resetValues()} disabled={!edited}>
            Reset values
          </button>
        </div>
      </div>
      <p className="hint">
        Click a cell of the input or kernel and type a number (fractions like 1/9 work) to change it.
      </p>
    </section>
  );
});
