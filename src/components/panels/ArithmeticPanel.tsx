/**
 * The arithmetic of the shown step, written out: every value × weight, their sum, the bias and the
 * result; for pooling, the window's values with the winner (or the mean). Pointing at a term lights
 * the input cell and the weight it came from.
 */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { highlightFor } from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';
import { relu } from '../../compute';
import type { WindowCell } from '../../compute';

const wrap = (v: number) => (v < 0 ? `(${formatValue(v)})` : formatValue(v));

function Term({
  index,
  cell,
  kind,
  winner,
}: {
  index: number;
  cell: WindowCell;
  kind: 'conv' | 'pool';
  winner?: boolean;
}) {
  const setHover = useStore((s) => s.setHover);
  const where = cell.padded ? 'padding' : `row ${cell.row}, col ${cell.col}`;
  return (
    <li
      className={`term${cell.padded ? ' term--padded' : ''}${winner ? ' term--winner' : ''}`}
      tabIndex={0}
      title={`Input ${where}${kind === 'conv' ? `, weight (${cell.kernelRow}, ${cell.kernelCol})` : ''}`}
      onPointerEnter={() => setHover({ grid: 'term', tap: index })}
      onPointerLeave={() => setHover(null)}
      onFocus={() => setHover({ grid: 'term', tap: index })}
      onBlur={() => setHover(null)}
    >
      {kind === 'conv' ? (
        <>
          <span className="term-input">{wrap(cell.value)}</span>
          <span className="term-op">×</span>
          <span className="term-weight">{wrap(cell.weight ?? 0)}</span>
          <span className="term-op">=</span>
          <span className="term-product">{formatValue(cell.product ?? 0)}</span>
        </>
      ) : (
        <span className="term-input">
          {formatValue(cell.value)}
          {winner && (
            <span className="winner-mark" aria-label="largest">
              {' '}
              ★
            </span>
          )}
        </span>
      )}
    </li>
  );
}

export const ArithmeticPanel = memo(function ArithmeticPanel() {
  const step = useStore((s) => highlightFor(s).step);
  const showRelu = useStore((s) => s.config.mode === 'pointwise' && s.config.relu);
  const channels = step.kind === 'conv' ? new Set(step.window.map((c) => c.channel)).size : 1;
  const at = `output (${step.out.row}, ${step.out.col})${step.kind === 'conv' && step.out.channel > 0 ? ` of channel ${step.out.channel + 1}` : ''}`;

  let body;
  if (step.kind === 'conv') {
    body = (
      <>
        <p className="arith-lead">
          Multiply each input value under the window by its weight, then add the products
          {channels > 1 ? ' across all channels' : ''}:
        </p>
        <ol className="terms terms--conv">
          {step.window.map((cell, i) => (
            <Term key={i} index={i} cell={cell} kind="conv" />
          ))}
        </ol>
        <p className="arith-total">
          sum of {step.window.length} products = <strong>{formatValue(step.sum)}</strong>
          {step.bias !== 0 && <> + bias {wrap(step.bias)}</>} → {at} ={' '}
          <strong className="result">{formatValue(step.result)}</strong>
          {showRelu && (
            <>
              {' '}
              → ReLU = <strong className="result">{formatValue(relu(step.result))}</strong>
            </>
          )}
        </p>
      </>
    );
  } else if (step.kind === 'max') {
    body = (
      <>
        <p className="arith-lead">
          Keep the largest value in the window
          {step.window.some((c) => c.padded) ? ' (padding counts as −∞, so it never wins)' : ''}:
        </p>
        <ol className="terms terms--pool">
          {step.window.map((cell, i) => (
            <Term
              key={i}
              index={i}
              cell={cell}
              kind="pool"
              winner={cell.row === step.argmax.row && cell.col === step.argmax.col}
            />
          ))}
        </ol>
        <p className="arith-total">
          max = <strong className="result">{formatValue(step.result)}</strong>, at input row {step.argmax.row}
          , col {step.argmax.col} → {at}
        </p>
      </>
    );
  } else {
    body = (
      <>
        <p className="arith-lead">
          Add the values in the window and divide by its size (padding counts as 0):
        </p>
        <ol className="terms terms--pool">
          {step.window.map((cell, i) => (
            <Term key={i} index={i} cell={cell} kind="pool" />
          ))}
        </ol>
        <p className="arith-total">
          {formatValue(step.sum)} ÷ {step.divisor} ={' '}
          <strong className="result">{formatValue(step.result)}</strong> → {at}
        </p>
      </>
    );
  }
  return (
    <section className="panel arithmetic" aria-labelledby="arith-heading">
      <h2 id="arith-heading">This step&rsquo;s arithmetic</h2>
      {body}
    </section>
  );
});
