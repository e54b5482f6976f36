/**
 * How many stamps reach each output cell. With a kernel size the stride does not divide, the count
 * is uneven (1, 2, 4 for k = 3, s = 2): the checkerboard artifacts of generated images (Odena,
 * Dumoulin and Olah, "Deconvolution and Checkerboard Artifacts", Distill 2016). The alternative they
 * propose — resize, then convolve — covers every inner cell evenly.
 */
import { memo, useId, useMemo, useState } from 'react';
import { resizeConvCounts, stampCounts, stampsEvenly, type TransposeGeometry } from '../../compute';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { asTransposed } from './operation';
import { concealed, SHOW_STAMPS } from '../../state/quizGate';

type Method = 'transposed' | 'resize';

/** Why the stamps cover evenly or not: the kernel against the stride, and the dilation when it decides. */
function coverage(g: TransposeGeometry, counts: number[]): string {
  const kernel = `The kernel (${g.kernelHeight}×${g.kernelWidth})`;
  const stride = `the stride (${g.strideRow}×${g.strideCol})`;
  const dilated = g.dilationRow > 1 || g.dilationCol > 1;
  const taps = `its taps ${g.dilationRow}×${g.dilationCol} apart`;
  if (stampsEvenly(g))
    return `${kernel}${dilated ? `, with ${taps},` : ''} spreads evenly over ${stride}, so inner cells are reached equally often.`;
  const why =
    g.kernelHeight % g.strideRow === 0 && g.kernelWidth % g.strideCol === 0 && dilated
      ? `${kernel} is a multiple of ${stride}, but ${taps} land on some offsets more than others`
      : `${kernel} is not a multiple of ${stride}`;
  return `${why}, so some cells collect more stamps than their neighbours: counts ${counts.join(', ')}. A network trained this way tends to paint a checkerboard.`;
}

export const OverlapPanel = memo(function OverlapPanel() {
  const id = useId();
  const config = useStore((s) => s.config);
  const [method, setMethod] = useState<Method>('transposed');
  const g = asTransposed(operationFor(config)).geometry;
  const counts = useMemo(() => (method === 'transposed' ? stampCounts(g) : resizeConvCounts(g)), [g, method]);
  const values = counts.flat();
  const max = Math.max(1, ...values);
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  // A quiz question on stamp counts keeps the map off the page until it is answered.
  const hidden = useStore((s) => concealed(s, SHOW_STAMPS));
  if (hidden)
    return (
      <section className="panel overlap" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Overlap: stamps per output cell</h2>
        <p className="hint">Shown once you have answered the question.</p>
      </section>
    );
  return (
    <section className="panel overlap" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Overlap: stamps per output cell</h2>
      <div className="code-tabs" role="radiogroup" aria-label="Upsampling method">
        {(
          [
            ['transposed', 'Transposed convolution'],
            ['resize', 'Resize, then convolve'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="code-tab">
            <input
              type="radio"
              name={`${id}-m`}
              checked={method === value}
              onChange={() => setMethod(value)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      <div
        className="overlap-map"
        role="img"
        aria-label={`Stamps per cell, ${counts.length} by ${counts[0]?.length ?? 0}: counts ${distinct.join(', ')}`}
        style={{ gridTemplateColumns: `repeat(${counts[0]?.length ?? 1}, 1fr)` }}
      >
        {counts.flatMap((row, r) =>
          row.map((n, c) => (
            <span
              key={`${r}:${c}`}
              className="overlap-cell"
              data-count={n}
              style={{ '--level': n / max } as React.CSSProperties}
            >
              {n}
            </span>
          )),
        )}
      </div>
      <p className="hint">
        {method === 'transposed'
          ? coverage(g, distinct)
          : 'Copy each input cell into a block the size of the stride, then run an ordinary convolution: every inner cell adds the same number of products, so nothing favours a grid of positions.'}
      </p>
    </section>
  );
});
