/**
 * The output-size formula with this configuration's numbers, and why output padding exists: a
 * strided convolution maps several input sizes to one output size, and the transposed convolution
 * must be told which one to give back.
 */
import { memo, useId } from 'react';
import { convInputSizesFor } from '../../compute';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { asTransposed } from './operation';

function Axis({
  name,
  n,
  k,
  s,
  p,
  d,
  a,
  out,
}: Record<'n' | 'k' | 's' | 'p' | 'd' | 'a' | 'out', number> & { name: string }) {
  const sizes = convInputSizesFor(n, k, s, p, d);
  return (
    <div className="shape-axis">
      <p className="shape-formula">
        {name}: ({n} − 1)·{s} − 2·{p} + {d}·({k} − 1) + {a} + 1 = <strong>{out}</strong>
      </p>
      {s > 1 && (
        <p className="hint">
          {`An ordinary convolution with the same kernel, stride ${s}${d > 1 ? `, dilation ${d}` : ''} and padding ${p} turns an input of ${sizes.join(', ')} cells into ${n}. `}
          {a < s
            ? `Output padding (0–${s - 1}) picks which of them this gives back: now ${a}, so ${out}.`
            : `Output padding ${a} adds cells past them, allowed because it is smaller than the dilation (${d}): ${out}.`}
        </p>
      )}
    </div>
  );
}

export const ShapeMathPanel = memo(function ShapeMathPanel() {
  const id = useId();
  const g = useStore((s) => asTransposed(operationFor(s.config)).geometry);
  return (
    <section className="panel shape" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Output size</h2>
      <p className="hint">out = (n − 1)·stride − 2·padding + dilation·(k − 1) + output_padding + 1</p>
      <Axis
        name="Height"
        n={g.inputHeight}
        k={g.kernelHeight}
        s={g.strideRow}
        p={g.padRow}
        d={g.dilationRow}
        a={g.outPadRow}
        out={g.outHeight}
      />
      <Axis
        name="Width"
        n={g.inputWidth}
        k={g.kernelWidth}
        s={g.strideCol}
        p={g.padCol}
        d={g.dilationCol}
        a={g.outPadCol}
        out={g.outWidth}
      />
    </section>
  );
});
