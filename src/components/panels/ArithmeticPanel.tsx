/**
 * The frame every view's arithmetic shares: the section with its heading, and one term of a sum
 * that, pointed at, lights the input cell and the weight it came from. What the terms are is the
 * view's own business (src/modes/…).
 */
import { memo, type ReactNode } from 'react';
import { useStore } from '../../state/store';
import { formatValue } from '../../state/cellEntry';
import { questionOpen } from '../../state/quizGate';
import type { WindowCell } from '../../compute';

/** A negative value in brackets, so "3 × (−2)" reads as one product. */
export const wrap = (v: number): string => (v < 0 ? `(${formatValue(v)})` : formatValue(v));

export const Term = memo(function Term({
  index,
  cell,
  withWeight,
  winner,
}: {
  index: number;
  cell: WindowCell;
  /** A convolution term (value × weight = product), not a pooling one (the value alone). */
  withWeight: boolean;
  winner?: boolean;
}) {
  // Actions are read when called, not subscribed to: a subscription per term would run at every step.
  const point = () => useStore.getState().setHover({ grid: 'term', tap: index });
  const leave = () => useStore.getState().setHover(null);
  const where = cell.padded ? 'padding' : `row ${cell.row}, col ${cell.col}`;
  return (
    <li
      className={`term${cell.padded ? ' term--padded' : ''}${winner ? ' term--winner' : ''}`}
      tabIndex={0}
      title={`Input ${where}${withWeight ? `, weight (${cell.kernelRow}, ${cell.kernelCol})` : ''}`}
      onPointerEnter={point}
      onPointerLeave={leave}
      onFocus={point}
      onBlur={leave}
    >
      {withWeight ? (
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
});

export function ArithmeticPanel({ children }: { children: ReactNode }) {
  // An open quiz question: the arithmetic is the answer's working, shown once it is answered.
  const asking = useStore(questionOpen);
  return (
    <section className="panel arithmetic" aria-labelledby="arith-heading">
      <h2 id="arith-heading">This step&rsquo;s arithmetic</h2>
      {asking ? <p className="arith-lead">Shown once you have answered the question.</p> : children}
    </section>
  );
}
