/** The pooling window has no weights: it is drawn as a shape with its rule, not as a grid of values. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';

export const PoolWindow = memo(function PoolWindow() {
  const g = useStore((s) => windowOperationFor(s.config).geometry);
  const kind = useStore((s) => windowOperationFor(s.config).kind);
  const cells = Array.from({ length: g.kernelHeight * g.kernelWidth }, (_, i) => (
    <span key={i} className="pool-window-cell" />
  ));
  return (
    <figure className="grid-figure pool-window">
      <div
        role="img"
        aria-label={`Pooling window ${g.kernelHeight} by ${g.kernelWidth}, stride ${g.strideRow} by ${g.strideCol}: keeps the ${kind === 'max' ? 'largest value' : 'average'}`}
        className="pool-window-shape"
        style={{ '--rows': g.kernelHeight, '--cols': g.kernelWidth } as React.CSSProperties}
      >
        {cells}
        <span className="pool-window-rule">{kind === 'max' ? 'max' : 'mean'}</span>
      </div>
      <figcaption>
        <span className="grid-caption">
          {g.kernelHeight}×{g.kernelWidth} window, stride{' '}
          {g.strideRow === g.strideCol ? g.strideRow : `${g.strideRow}×${g.strideCol}`}
        </span>
      </figcaption>
    </figure>
  );
});
