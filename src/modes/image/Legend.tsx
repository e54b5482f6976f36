/** The colour scale of the feature maps, with numbers: symmetric, zero in the middle. */
import { memo } from 'react';
import { formatValue } from '../../state/cellEntry';
import { legendGradient } from './colours';

const GRADIENT = legendGradient();

export const Legend = memo(function Legend({ maxAbs }: { maxAbs: number }) {
  const m = maxAbs || 1;
  const ticks = [-m, -m / 2, 0, m / 2, m];
  return (
    <figure className="image-legend" aria-label={`Colour scale from ${formatValue(-m)} to ${formatValue(m)}`}>
      <div className="image-legend-bar" style={{ background: GRADIENT }} aria-hidden="true" />
      <div className="image-legend-ticks">
        {ticks.map((t, i) => (
          <span key={i}>{formatValue(t)}</span>
        ))}
      </div>
      <figcaption>Purple below zero, near white at zero, orange above.</figcaption>
    </figure>
  );
});
