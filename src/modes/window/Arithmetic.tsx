/** One window step written out: products and their sum for a convolution, the winner or the mean for pooling. */
import { memo, type ReactNode } from 'react';
import { relu } from '../../compute';
import { useStore } from '../../state/store';
import { highlightFor } from '../../state/highlight';
import { windowOperationFor } from '../../state/derived';
import { formatValue } from '../../state/cellEntry';
import { ArithmeticPanel, Term, wrap } from '../../components/panels/ArithmeticPanel';
import type { AnyStep } from './operation';

const where = (step: AnyStep, channelMatters: boolean) =>
  `output (${step.out.row}, ${step.out.col})${channelMatters && step.out.channel > 0 ? ` of channel ${step.out.channel + 1}` : ''}`;

/**
 * `withRelu`: the view applies ReLU after the sum, so the arithmetic shows it too. `note`: a view's
 * word on which channels the window reads (a grouped filter's own group), shown before the terms.
 */
export const ConvArithmetic = memo(function ConvArithmetic({
  withRelu = false,
  note,
}: {
  withRelu?: boolean;
  note?: ReactNode;
}) {
  const step = useStore((s) => highlightFor(s).step);
  // With the view's bias on, its term is written even when it is 0: it is part of the sum.
  const withBias = useStore((s) => windowOperationFor(s.config).bias !== null);
  const grouped = useStore((s) => windowOperationFor(s.config).groups > 1);
  if (step.kind !== 'conv') return null;
  const channels = new Set(step.window.map((c) => c.channel)).size;
  return (
    <ArithmeticPanel>
      <p className="arith-lead">
        Multiply each input value under the window by its weight, then add the products
        {channels > 1 ? (grouped ? ' across the channels of its group' : ' across all channels') : ''}:
      </p>
      {note}
      <ol className="terms terms--conv">
        {step.window.map((cell, i) => (
          <Term key={i} index={i} cell={cell} withWeight />
        ))}
      </ol>
      <p className="arith-total">
        sum of {step.window.length} products = <strong>{formatValue(step.sum)}</strong>
        {(withBias || step.bias !== 0) && <> + bias {wrap(step.bias)}</>} → {where(step, true)} ={' '}
        <strong className="result">{formatValue(step.result)}</strong>
        {withRelu && (
          <>
            {' '}
            → ReLU = <strong className="result">{formatValue(relu(step.result))}</strong>
          </>
        )}
      </p>
    </ArithmeticPanel>
  );
});

export const PoolArithmetic = memo(function PoolArithmetic() {
  const step = useStore((s) => highlightFor(s).step);
  if (step.kind === 'max') {
    return (
      <ArithmeticPanel>
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
              withWeight={false}
              winner={cell.row === step.argmax.row && cell.col === step.argmax.col}
            />
          ))}
        </ol>
        <p className="arith-total">
          max = <strong className="result">{formatValue(step.result)}</strong>, at input row {step.argmax.row}
          , col {step.argmax.col} → {where(step, false)}
        </p>
      </ArithmeticPanel>
    );
  }
  if (step.kind !== 'avg') return null;
  return (
    <ArithmeticPanel>
      <p className="arith-lead">Add the values in the window and divide by its size (padding counts as 0):</p>
      <ol className="terms terms--pool">
        {step.window.map((cell, i) => (
          <Term key={i} index={i} cell={cell} withWeight={false} />
        ))}
      </ol>
      <p className="arith-total">
        {formatValue(step.sum)} ÷ {step.divisor} ={' '}
        <strong className="result">{formatValue(step.result)}</strong> → {where(step, false)}
      </p>
    </ArithmeticPanel>
  );
});
