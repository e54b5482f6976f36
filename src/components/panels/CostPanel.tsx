/**
 * What a 1×1 bottleneck saves, on the classic Inception example (28×28×192 → 32), then the cost of the
 * layer this view shows. Every figure comes from layerCost/stackCost; bars are drawn to scale but the
 * numbers are always written, so the bars are hidden from assistive technology.
 */
import { memo, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { layerCost } from '../../compute';
import { windowOperationFor } from '../../state/derived';
import { useStore } from '../../state/store';
import { INCEPTION_EXAMPLE, formatRatio, inceptionCosts, type CostRow } from './panelFigures';

const fmt = (n: number) => n.toLocaleString('en');
const {
  inputSize: N,
  inChannels: CIN,
  outChannels: COUT,
  bottleneck: MID,
  kernelSize: K,
} = INCEPTION_EXAMPLE;

const LABELS: Record<CostRow['id'], { name: string; detail: string }> = {
  direct: { name: `${K}×${K} convolution`, detail: `${CIN} → ${COUT} channels, padding "same"` },
  pointwise: { name: '1×1 convolution', detail: `${CIN} → ${COUT} channels` },
  bottleneck: { name: `1×1, then ${K}×${K}`, detail: `${CIN} → ${MID} → ${COUT} channels` },
};

function CurrentLayer() {
  // Primitives only, compared shallowly, so the panel re-renders only when these numbers change.
  const { h, w, cin, cout, kh, kw, sh, sw, ph, pw, dh, dw, bias } = useStore(
    useShallow((s) => {
      const op = windowOperationFor(s.config);
      const g = op.geometry;
      return {
        h: g.inputHeight,
        w: g.inputWidth,
        cin: op.input.length,
        cout: op.output.length,
        kh: g.kernelHeight,
        kw: g.kernelWidth,
        sh: g.strideRow,
        sw: g.strideCol,
        // The pointwise view has no padding; elsewhere padding is symmetric apart from "same" with an even window.
        ph: g.padding.top,
        pw: g.padding.left,
        dh: g.dilationRow,
        dw: g.dilationCol,
        bias: op.bias !== null,
      };
    }),
  );
  const cost = useMemo(
    () =>
      layerCost({
        inputSize: [h, w],
        inChannels: cin,
        outChannels: cout,
        kernelSize: [kh, kw],
        stride: [sh, sw],
        padding: [ph, pw],
        dilation: [dh, dw],
        bias,
      }),
    [h, w, cin, cout, kh, kw, sh, sw, ph, pw, dh, dw, bias],
  );
  const [oh, ow] = cost.outputSize;
  return (
    <p className="cost-current">
      <strong>This view:</strong> {h}×{w}×{cin} → {cout} channel{cout === 1 ? '' : 's'} with a {kh}×{kw}{' '}
      kernel: <strong>{fmt(cost.weights)}</strong> weights ({kh}·{kw}·{cin}·{cout})
      {cost.biases > 0 && <>, {fmt(cost.biases)} biases (not multiply-adds)</>} and{' '}
      <strong>{fmt(cost.multiplyAdds)}</strong> multiply-adds: one per weight at each of the {oh}×{ow} output
      pixels.
    </p>
  );
}

export const CostPanel = memo(function CostPanel() {
  const headingId = useId();
  const rows = useMemo(() => inceptionCosts(), []);
  const byId = Object.fromEntries(rows.map((r) => [r.id, r])) as Record<CostRow['id'], CostRow>;
  const most = Math.max(...rows.map((r) => r.multiplyAdds));

  return (
    <section className="panel cost" aria-labelledby={headingId}>
      <h2 id={headingId}>Why 1×1 convolutions save work</h2>
      <p>
        The {K}×{K} branch of an Inception module turns a {N}×{N}×{CIN} volume into {N}×{N}×{COUT}. Three ways
        to do it:
      </p>
      {/* Focusable so keyboard users can scroll it when it overflows on a phone. */}
      <div className="cost-scroll" role="region" aria-label="Cost table" tabIndex={0}>
        <table className="cost-table">
          <caption>
            Cost of reaching {N}×{N}×{COUT} from {N}×{N}×{CIN}
          </caption>
          <thead>
            <tr>
              <th scope="col">Layers</th>
              <th scope="col">Weights</th>
              <th scope="col">Multiply-adds</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-design={row.id}>
                <th scope="row">
                  {LABELS[row.id].name}
                  <span className="cost-detail">{LABELS[row.id].detail}</span>
                </th>
                <td className="cost-num">
                  {fmt(row.weights)}
                  {row.layers.length > 1 && (
                    <span className="cost-detail">{row.layers.map((l) => fmt(l.weights)).join(' + ')}</span>
                  )}
                </td>
                <td className="cost-num">
                  {fmt(row.multiplyAdds)}
                  {row.layers.length > 1 && (
                    <span className="cost-detail">
                      {row.layers.map((l) => fmt(l.multiplyAdds)).join(' + ')}
                    </span>
                  )}
                  <span className="cost-bar" aria-hidden="true">
                    <span
                      className="cost-bar-fill"
                      style={{ width: `${(row.multiplyAdds / most) * 100}%` }}
                    />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="cost-saving">
        The 1×1 bottleneck needs{' '}
        <strong>
          {formatRatio(byId.direct.multiplyAdds, byId.bottleneck.multiplyAdds)} fewer multiply-adds
        </strong>{' '}
        and {formatRatio(byId.direct.weights, byId.bottleneck.weights)} fewer weights than the direct {K}×{K},
        and each output still sees a {K}×{K} neighbourhood; the price is squeezing the information through{' '}
        {MID} channels. The 1×1 alone is {formatRatio(byId.direct.multiplyAdds, byId.pointwise.multiplyAdds)}{' '}
        cheaper, but it sees no neighbours at all.
      </p>
      <CurrentLayer />
    </section>
  );
});
