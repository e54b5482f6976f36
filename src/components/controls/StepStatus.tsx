/** The polite live region: "Step N of M" and what that step produced. */
import { memo } from 'react';
import { relu } from '../../compute';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { reluApplies, selectStepCount } from '../../state/selectors';
import { formatValue } from '../../state/cellEntry';

export const StepStatus = memo(function StepStatus() {
  const step = useStore((s) => s.step);
  const count = useStore(selectStepCount);
  // The playback step, not the hovered one: the announcement follows the animation.
  const out = useStore((s) => operationFor(s.config).stepAt(s.step));
  const channels = useStore((s) => operationFor(s.config).output.length);
  // The step holds the sum; announce what the output cell shows, after ReLU where the view applies it.
  const withRelu = useStore((s) => reluApplies(s.config));
  const shown = withRelu ? relu(out.result) : out.result;
  const channel = channels > 1 ? ` channel ${out.out.channel + 1}` : '';
  const activation = shown === out.result ? '' : ` (ReLU of ${formatValue(out.result)})`;
  return (
    <p role="status" className="step-status">
      <span className="step-count">
        Step {step + 1} of {count}
      </span>
      <span className="step-result">
        {' '}
        · output{channel} ({out.out.row}, {out.out.col}) = {formatValue(shown)}
        {activation}
      </span>
    </p>
  );
});
