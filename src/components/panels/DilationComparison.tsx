/**
 * A dilated kernel next to the dense kernel with the same field of view: both read a patch of the same
 * size, but the dilated one has far fewer weights. Uses the current kernel and rate when the rate is
 * above 1, else the textbook 3×3 at rate 2.
 */
import { memo, useId, useMemo } from 'react';
import { effectiveKernelSize, layerCost } from '../../compute';
import { useStore } from '../../state/store';
import { tapLine } from './panelFigures';

/** The textbook example, shown while the view has no dilation to compare. */
const EXAMPLE_KERNEL = 3;
const EXAMPLE_RATE = 2;

function KernelDiagram({ rows, cols, label }: { rows: boolean[]; cols: boolean[]; label: string }) {
  return (
    <div
      className="dilcmp-grid"
      role="img"
      aria-label={label}
      style={{ gridTemplateColumns: `repeat(${cols.length}, minmax(0, 1fr))` }}
    >
      {rows.flatMap((rowTap, r) =>
        cols.map((colTap, c) => (
          <span
            key={`${r}-${c}`}
            className={`dilcmp-cell ${rowTap && colTap ? 'dilcmp-cell--tap' : 'dilcmp-cell--gap'}`}
          />
        )),
      )}
    </div>
  );
}

const size = (h: number, w: number) => `${h}×${w}`;

export const DilationComparison = memo(function DilationComparison() {
  const headingId = useId();
  const k0 = useStore((s) => s.config.k[0]);
  const k1 = useStore((s) => s.config.k[1]);
  const d0 = useStore((s) => s.config.dilation[0]);
  const d1 = useStore((s) => s.config.dilation[1]);
  const useCurrent = d0 > 1 || d1 > 1;
  const kh = useCurrent ? k0 : EXAMPLE_KERNEL;
  const kw = useCurrent ? k1 : EXAMPLE_KERNEL;
  const dh = useCurrent ? d0 : EXAMPLE_RATE;
  const dw = useCurrent ? d1 : EXAMPLE_RATE;

  const fig = useMemo(() => {
    const fieldH = effectiveKernelSize(kh, dh);
    const fieldW = effectiveKernelSize(kw, dw);
    // One output position of one channel: multiply-adds per output cell equal the weights.
    const dilated = layerCost({
      inputSize: [fieldH, fieldW],
      inChannels: 1,
      outChannels: 1,
      kernelSize: [kh, kw],
      dilation: [dh, dw],
    });
    const dense = layerCost({
      inputSize: [fieldH, fieldW],
      inChannels: 1,
      outChannels: 1,
      kernelSize: [fieldH, fieldW],
    });
    return {
      fieldH,
      fieldW,
      dilated,
      dense,
      tapRows: tapLine(kh, dh),
      tapCols: tapLine(kw, dw),
      denseRows: tapLine(fieldH, 1),
      denseCols: tapLine(fieldW, 1),
    };
  }, [kh, kw, dh, dw]);

  const field = size(fig.fieldH, fig.fieldW);
  const rate = dh === dw ? `rate ${dh}` : `rates ${dh} (rows) and ${dw} (columns)`;
  const skipped = fig.fieldH * fig.fieldW - fig.dilated.weights;
  const percent = Math.round((fig.dilated.weights / fig.dense.weights) * 100);

  return (
    <section className="panel dilcmp" aria-labelledby={headingId}>
      <h2 id={headingId}>Same field of view, fewer weights</h2>
      <p className="dilcmp-source">
        {useCurrent ? 'Your kernel' : 'Example (your dilation is 1)'}: {size(kh, kw)} at {rate}.
      </p>
      <div className="dilcmp-figures">
        <figure className="dilcmp-figure">
          <KernelDiagram
            rows={fig.tapRows}
            cols={fig.tapCols}
            label={`A ${size(kh, kw)} kernel at ${rate}: ${fig.dilated.weights} taps spread over a ${field} field${skipped > 0 ? `; the other ${skipped} cells are skipped` : ''}.`}
          />
          <figcaption>
            <strong>
              {size(kh, kw)} dilated, {rate}
            </strong>
            <span>sees {field}</span>
            <span>
              <strong>{fig.dilated.weights.toLocaleString('en')}</strong> weights
            </span>
          </figcaption>
        </figure>
        <figure className="dilcmp-figure">
          <KernelDiagram
            rows={fig.denseRows}
            cols={fig.denseCols}
            label={`A dense ${field} kernel: all ${fig.dense.weights} cells of the field are weights.`}
          />
          <figcaption>
            <strong>{field} dense</strong>
            <span>sees {field}</span>
            <span>
              <strong>{fig.dense.weights.toLocaleString('en')}</strong> weights
            </span>
          </figcaption>
        </figure>
      </div>
      <p className="dilcmp-legend" aria-hidden="true">
        <span className="dilcmp-swatch dilcmp-cell--tap" /> weight (tap)
        <span className="dilcmp-swatch dilcmp-cell--gap" /> skipped input cell
      </p>
      <p>
        Both read a {field} patch of the input. The dilated kernel does it with {fig.dilated.weights} weights
        instead of {fig.dense.weights} (about {percent}%), and so with {fig.dilated.multiplyAdds}{' '}
        multiply-adds per output cell instead of {fig.dense.multiplyAdds}.
        {skipped > 0 && ` The price: the ${skipped} cells in the gaps are not read at all.`}
      </p>
    </section>
  );
});
