/**
 * Three stacked 3×3 layers with and without dilation: the receptive field grows linearly at rate 1 and
 * exponentially at rates 1, 2, 4, for the same weights. A real table carries the numbers; the squares,
 * drawn to scale, are decoration for sighted readers.
 */
import { memo, useId, useMemo } from 'react';
import {
  DILATED_RATES,
  PLAIN_RATES,
  STRIP_INPUT_SIZE,
  STRIP_KERNEL,
  fieldStack,
  type FieldStack,
} from './panelFigures';

const STACKS = [
  { id: 'plain', name: 'Without dilation', rates: PLAIN_RATES },
  { id: 'dilated', name: 'With dilation', rates: DILATED_RATES },
] as const;

function StackRow({ name, stack, largest }: { name: string; stack: FieldStack; largest: number }) {
  return (
    <tr>
      <th scope="row">
        {name}
        <span className="rfstrip-rates">rates {stack.rates.join(', ')}</span>
      </th>
      {stack.fields.map((field, i) => (
        <td key={i}>
          <span className="rfstrip-box" aria-hidden="true">
            {/* Side proportional to the field's side, so the area is proportional to the cells seen. */}
            <span className="rfstrip-square" style={{ width: `${(field / largest) * 100}%` }} />
          </span>
          <span className="rfstrip-size">
            {field}×{field}
          </span>
          <span className="rfstrip-rate">rate {stack.rates[i]}</span>
        </td>
      ))}
      <td className="rfstrip-weights">
        {stack.layerWeights.join(' + ')} = <strong>{stack.weights}</strong>
      </td>
    </tr>
  );
}

export const ReceptiveFieldStrip = memo(function ReceptiveFieldStrip() {
  const headingId = useId();
  const stacks = useMemo(() => STACKS.map((s) => ({ ...s, stack: fieldStack(s.rates) })), []);
  const largest = Math.max(...stacks.flatMap((s) => s.stack.fields));
  const [plain, dilated] = stacks;
  const layerCount = plain?.stack.fields.length ?? 0;
  const final = (s: FieldStack | undefined) => `${s?.fields.at(-1) ?? 0}×${s?.fields.at(-1) ?? 0}`;
  const map = `${dilated?.stack.outputSize ?? 0}×${dilated?.stack.outputSize ?? 0}`;

  return (
    <section className="panel rfstrip" aria-labelledby={headingId}>
      <h2 id={headingId}>How far one output cell sees</h2>
      <p>
        {layerCount} stacked {STRIP_KERNEL}×{STRIP_KERNEL} layers, stride 1, padding equal to the rate, on a{' '}
        {STRIP_INPUT_SIZE}×{STRIP_INPUT_SIZE} input. A layer at rate d adds d·({STRIP_KERNEL} − 1) cells to
        the field on each axis.
      </p>
      {/* Focusable so keyboard users can scroll it when it overflows on a phone. */}
      <div className="rfstrip-scroll" role="region" aria-label="Receptive field table" tabIndex={0}>
        <table className="rfstrip-table">
          <caption>Receptive field after each layer: the input patch one output cell depends on</caption>
          <thead>
            <tr>
              <th scope="col">Stack</th>
              {Array.from({ length: layerCount }, (_, i) => (
                <th scope="col" key={i}>
                  After layer {i + 1}
                </th>
              ))}
              <th scope="col">Weights</th>
            </tr>
          </thead>
          <tbody>
            {stacks.map((s) => (
              <StackRow key={s.id} name={s.name} stack={s.stack} largest={largest} />
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Same cost, {plain?.stack.weights} weights each, but the dilated stack sees {final(dilated?.stack)}{' '}
        instead of {final(plain?.stack)}. Both keep the feature map at {map}: nothing is downsampled.
      </p>
    </section>
  );
});
