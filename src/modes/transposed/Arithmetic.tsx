/**
 * One step written out. Scatter: the input value times every weight, each product added to the
 * output cell under that weight (or cut off by padding). Gather: the window's products, each input
 * named for what it is (a real input, an inserted zero, padding).
 */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { formatValue } from '../../state/cellEntry';
import { ArithmeticPanel, wrap } from '../../components/panels/ArithmeticPanel';
import { stampHighlight } from './highlight';

function ScatterArithmetic() {
  const { op, index } = useStore(stampHighlight);
  const step = op.scatterAt(index);
  const kept = step.targets.filter((t) => !t.cropped);
  const many = op.output.length > 1;
  return (
    <ArithmeticPanel>
      <p className="arith-lead">
        Input ({step.in.row}, {step.in.col}) holds <strong>{formatValue(step.in.value)}</strong>. Multiply it
        by every weight of the kernel and add each product to the output cell under that weight:
      </p>
      <ol className="terms terms--conv terms--stamp">
        {step.targets.map((t, i) => (
          <li key={i} className={`term${t.cropped ? ' term--padded' : ''}`}>
            <span className="term-input">{wrap(step.in.value)}</span>
            <span className="term-op">×</span>
            <span className="term-weight">{wrap(t.weight)}</span>
            <span className="term-op">=</span>
            <span className="term-product">{formatValue(t.product)}</span>
            <span className="term-target">
              {t.cropped
                ? ' → cut off by padding'
                : ` → output${many ? ` ${t.channel + 1}` : ''} (${t.row}, ${t.col})`}
            </span>
          </li>
        ))}
      </ol>
      <p className="arith-total">
        {kept.length} of {step.targets.length} products land inside the output; cells reached by several
        stamps add them up.
      </p>
    </ArithmeticPanel>
  );
}

const KIND_WORDS = {
  input: 'input',
  inserted: 'inserted 0',
  padding: 'padding 0',
  outpad: 'output padding 0',
};

function GatherArithmetic() {
  const { op, index } = useStore(stampHighlight);
  const step = op.gatherAt(index);
  const real = step.window.filter((c) => op.gather.kinds[c.row]?.[c.col] === 'input');
  return (
    <ArithmeticPanel>
      <p className="arith-lead">
        An ordinary convolution with the kernel rotated 180°: multiply each value under the window by its
        weight and add. Only {real.length} of the {step.window.length} values are real inputs; the rest are
        zeros.
      </p>
      <ol className="terms terms--conv">
        {step.window.map((cell, i) => {
          const kind = op.gather.kinds[cell.row]?.[cell.col] ?? 'padding';
          return (
            <li key={i} className={`term${kind === 'input' ? '' : ' term--padded'}`} title={KIND_WORDS[kind]}>
              <span className="term-input">{wrap(cell.value)}</span>
              <span className="term-op">×</span>
              <span className="term-weight">{wrap(cell.weight ?? 0)}</span>
              <span className="term-op">=</span>
              <span className="term-product">{formatValue(cell.product ?? 0)}</span>
            </li>
          );
        })}
      </ol>
      <p className="arith-total">
        sum = <strong className="result">{formatValue(step.result)}</strong> → output ({step.out.row},{' '}
        {step.out.col})
      </p>
    </ArithmeticPanel>
  );
}

export const TransposedArithmetic = memo(function TransposedArithmetic() {
  const view = useStore((s) => s.config.view);
  return view === 'scatter' ? <ScatterArithmetic /> : <GatherArithmetic />;
});
