/** The classic kernels, each with what it finds in a picture; the one in use is marked. */
import { memo, useId, useMemo } from 'react';
import { KERNEL_PRESETS, kernelPreset } from '../../compute';
import { useStore } from '../../state/store';
import { kernelValues } from '../../state/operation';
import { applyPreset } from '../../state/presetEdit';

export const PresetStrip = memo(function PresetStrip() {
  const id = useId();
  const config = useStore((s) => s.config);
  const current = useMemo(() => {
    const plane = kernelValues(config)?.[0]?.[0];
    if (!plane) return null;
    const text = JSON.stringify(plane);
    return (
      KERNEL_PRESETS.find((p) => JSON.stringify(kernelPreset(p.id, plane.length, plane[0]!.length)) === text)
        ?.id ?? null
    );
  }, [config]);
  return (
    <section className="image-presets" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>What each classic kernel finds</h3>
      <ul>
        {KERNEL_PRESETS.map((p) => (
          <li key={p.id}>
            <button type="button" aria-pressed={current === p.id} onClick={() => applyPreset(p.id)}>
              {current === p.id ? '▶ ' : ''}
              {p.label}
            </button>{' '}
            <span className="image-preset-effect">{p.effect}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
