/** One step of the separable block written out: which stage, its products, and (pointwise) the bias. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { formatValue } from '../../state/cellEntry';
import { ArithmeticPanel, Term, wrap } from '../../components/panels/ArithmeticPanel';
import { separableOf } from './SeparableCells';
import { separableHighlight } from './separableHighlight';

export const SeparableArithmetic = memo(function SeparableArithmetic() {
  const { stage, step } = useStore((s) => separableHighlight(s));
  const withBias = useStore((s) => separableOf(s).pointwise.bias !== null);
  const { channel, row, col } = step.out;
  const depthwise = stage === 'depthwise';
  return (
    <ArithmeticPanel>
      <p className="arith-lead">
        {depthwise ? (
          <>
            <strong>Stage 1, depthwise:</strong> filter {channel + 1} reads input channel {channel + 1} only.
            Multiply each value under the window by its weight, then add the products:
          </>
        ) : (
          <>
            <strong>Stage 2, pointwise:</strong> filter {channel + 1} mixes every depthwise channel at one
            position. Multiply each channel&rsquo;s value by its 1×1 weight, then add the products:
          </>
        )}
      </p>
      <ol className="terms terms--conv">
        {step.window.map((cell, i) => (
          <Term key={i} index={i} cell={cell} withWeight />
        ))}
      </ol>
      <p className="arith-total">
        sum of {step.window.length} products ={' '}
        <strong>{formatValue(step.kind === 'conv' ? step.sum : 0)}</strong>
        {!depthwise && withBias && <> + bias {wrap(step.kind === 'conv' ? step.bias : 0)}</>} →{' '}
        {depthwise ? `depthwise output channel ${channel + 1}` : `output channel ${channel + 1}`} ({row},{' '}
        {col}) = <strong className="result">{formatValue(step.result)}</strong>
      </p>
    </ArithmeticPanel>
  );
});
