/**
 * What grouping saves, side by side: parameters and multiply-adds of the standard, grouped,
 * depthwise, pointwise and separable convolutions, for this view's shape and for MobileNet's worked
 * example. Every figure comes from convFamilyCost (src/compute); this file only lays them out.
 */
import { memo, useId, useMemo } from 'react';
import { useStore } from '../../state/store';
import { costTable, MOBILENET_EXAMPLE, viewCostLayer, type CostTable } from './costFigures';

const fmt = (n: number) => n.toLocaleString('en');

function CostTableView({ caption, table, id }: { caption: string; table: CostTable; id: string }) {
  const standard = table.rows[0]!.cost.multiplyAdds;
  return (
    <div className="cost-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="cost-table" data-cost-table={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Convolution</th>
            <th scope="col">Parameters</th>
            <th scope="col">Multiply-adds</th>
            <th scope="col">× standard</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id} data-design={row.id}>
              <th scope="row">
                {row.name}
                <span className="cost-detail">{row.detail}</span>
              </th>
              <td className="cost-num" data-figure="parameters">
                {fmt(row.parameters)}
                {row.cost.biases > 0 && (
                  <span className="cost-detail">incl. {fmt(row.cost.biases)} biases</span>
                )}
              </td>
              <td className="cost-num" data-figure="multiply-adds">
                {fmt(row.cost.multiplyAdds)}
              </td>
              <td className="cost-num">{(row.cost.multiplyAdds / standard).toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const CostComparison = memo(function CostComparison() {
  const headingId = useId();
  const config = useStore((s) => s.config);
  const here = useMemo(() => costTable(viewCostLayer(config)), [config]);
  const mobilenet = useMemo(() => costTable(MOBILENET_EXAMPLE), []);
  const { inputSize: n, inChannels: cin, outChannels: cout, kernelSize: k } = MOBILENET_EXAMPLE;
  const [h, w] = config.size;
  return (
    <section className="panel cost grouped-cost" aria-labelledby={headingId}>
      <h2 id={headingId}>What grouping saves</h2>
      <p>
        A filter that reads fewer channels has fewer weights, and each weight is one multiply-add at every
        output position. Biases{config.bias ? ' (one per filter) are counted as parameters but' : ''} are not
        multiply-adds.
      </p>
      <div className="cost-tables">
        <CostTableView
          id="view"
          table={here}
          caption={`This view: ${h}×${w}×${config.cin} → ${config.cout} channels, ${config.k[0]}×${config.k[1]}${config.bias ? ', with bias' : ''}`}
        />
        <CostTableView
          id="mobilenet"
          table={mobilenet}
          caption={`MobileNet's example: ${n}×${n}×${cin} → ${cout} channels, ${k}×${k}, stride 1, same padding, no bias`}
        />
      </div>
      <p className="cost-saving">
        The separable block does <strong>{mobilenet.separableRatio.toFixed(4)}</strong> of the standard
        convolution&rsquo;s multiply-adds: 1/N + 1/k² = 1/{cout} + 1/{k * k} ={' '}
        {mobilenet.formulaRatio.toFixed(4)} (Howard et al., &ldquo;MobileNets&rdquo;, 2017). Here it does{' '}
        {here.separableRatio.toFixed(4)}.
      </p>
    </section>
  );
});
