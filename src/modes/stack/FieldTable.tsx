/**
 * Per layer: output size, receptive field in the input, jump, weights and multiply-adds, all from
 * the compute module (stackFieldTable, stackLayerCosts). After a transposed layer the jump is a
 * fraction and the cells of one map see fields of different sizes: the table gives the range.
 */
import { useMemo } from 'react';
import { stackFieldTable, stackLayerCosts, stackLayerName } from '../../compute';
import { useStackOperation } from './selection';

const fmt = (n: number) => n.toLocaleString('en');

export function FieldTable() {
  const op = useStackOperation();
  const rows = useMemo(() => {
    const fields = stackFieldTable(op.stack);
    const costs = stackLayerCosts(op.stack);
    let channels = op.stack.inputChannels;
    return op.stack.layers.map((l, i) => {
      if (l.kind !== 'pool') channels = l.channels;
      const f = fields[i]!;
      const [lo, hi] = f.field;
      return {
        name: stackLayerName(l),
        output: `${f.outputSize}×${f.outputSize}×${channels}`,
        field: lo === hi ? `${lo}×${lo}` : `${lo}×${lo} to ${hi}×${hi}`,
        jump: f.jump.den === 1 ? String(f.jump.num) : `${f.jump.num}/${f.jump.den}`,
        weights: fmt(costs[i]!.weights),
        macs: fmt(costs[i]!.multiplyAdds),
      };
    });
  }, [op]);
  const total = useMemo(() => {
    const costs = stackLayerCosts(op.stack);
    return {
      weights: fmt(costs.reduce((s, c) => s + c.weights, 0)),
      macs: fmt(costs.reduce((s, c) => s + c.multiplyAdds, 0)),
    };
  }, [op]);
  const n = op.stack.inputSize;
  return (
    <section className="panel stack-table" aria-labelledby="stack-table-h">
      <h2 id="stack-table-h">Layer by layer</h2>
      <div className="cost-scroll" tabIndex={0} role="region" aria-labelledby="stack-table-h">
        <table className="cost-table">
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Output</th>
              <th scope="col">Receptive field</th>
              <th scope="col">Jump</th>
              <th scope="col">Weights</th>
              <th scope="col">Multiply-adds</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Input</th>
              <td>{`${n}×${n}×${op.stack.inputChannels}`}</td>
              <td>1×1</td>
              <td>1</td>
              <td>—</td>
              <td>—</td>
            </tr>
            {rows.map((r, i) => (
              <tr key={i} data-layer={i + 1}>
                <th scope="row">{`${i + 1}. ${r.name}`}</th>
                <td>{r.output}</td>
                <td data-field>{r.field}</td>
                <td>{r.jump}</td>
                <td>{r.weights}</td>
                <td>{r.macs}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Total
              </th>
              <td>{total.weights}</td>
              <td>{total.macs}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="hint">
        Weights leave out biases; pooling has none. The receptive field counts input cells per side, padding
        positions included; jump is how many input cells apart neighbouring cells of the map look.
      </p>
    </section>
  );
}
