/** The output-size formula with this configuration's numbers, per axis, and what a stride drops. */
import { memo } from 'react';
import { unreachedIndices, effectiveKernelSize, type Geometry } from '../../compute';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';

function Axis({
  name,
  n,
  k,
  s,
  before,
  after,
  d,
  out,
}: {
  name: string;
  n: number;
  k: number;
  s: number;
  before: number;
  after: number;
  d: number;
  out: number;
}) {
  const span = effectiveKernelSize(k, d);
  const numerator = n + before + after - span;
  const pad = before === after ? `2·${before}` : `${before}+${after}`;
  const dropped = unreachedIndices(n, out, k, s, before, d);
  const remainder = numerator % s;
  return (
    <div className="shape-axis">
      <h3>{name}</h3>
      <p className="formula">
        <span>out = ⌊(n + {before === after ? '2p' : 'p₁+p₂'} − d(k−1) − 1) / s⌋ + 1</span>
        <span>
          = ⌊({n} + {pad} − {d}·({k}−1) − 1) / {s}⌋ + 1 = ⌊{numerator} / {s}⌋ + 1 = <strong>{out}</strong>
        </span>
      </p>
      <p>
        The kernel covers d(k−1)+1 = <strong>{span}</strong> input {name === 'Height' ? 'rows' : 'columns'}
        {d > 1 ? ` with ${k} taps` : ''}.
      </p>
      {remainder !== 0 && (
        <p className="shape-note">
          {numerator} is not a multiple of the stride {s}: the floor discards the remainder {remainder}, so
          the window stops before it would run off the edge.
          {dropped.length > 0 &&
            ` ${name === 'Height' ? 'Rows' : 'Columns'} ${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} never read (shown struck through).`}
        </p>
      )}
    </div>
  );
}

export const ShapePanel = memo(function ShapePanel() {
  const g: Geometry = useStore((s) => windowOperationFor(s.config).geometry);
  return (
    <section className="panel shape" aria-labelledby="shape-heading">
      <h2 id="shape-heading">
        Output size: {g.outHeight}×{g.outWidth}
      </h2>
      <div className="shape-axes">
        <Axis
          name="Height"
          n={g.inputHeight}
          k={g.kernelHeight}
          s={g.strideRow}
          before={g.padding.top}
          after={g.padding.bottom}
          d={g.dilationRow}
          out={g.outHeight}
        />
        <Axis
          name="Width"
          n={g.inputWidth}
          k={g.kernelWidth}
          s={g.strideCol}
          before={g.padding.left}
          after={g.padding.right}
          d={g.dilationCol}
          out={g.outWidth}
        />
      </div>
    </section>
  );
});
