/** The polite live region: "Step N of M" and what that step produced, in the view's own words. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { selectStepCount } from '../../state/selectors';
import { MODE_REGISTRY } from '../../modes/registry';
import { questionOpen } from '../../state/quizGate';

export const StepStatus = memo(function StepStatus() {
  const step = useStore((s) => s.step);
  // While the output-size question is open the step count would give it away.
  const count = useStore((s) => (s.quiz && s.sizeAsked ? '?' : selectStepCount(s)));
  // The playback step, not the hovered one: the announcement follows the animation. An open quiz
  // question keeps the result unsaid (src/state/quizGate.ts).
  const result = useStore((s) =>
    questionOpen(s)
      ? 'predict, then check'
      : MODE_REGISTRY[s.config.mode].describeStep(operationFor(s.config), s.step),
  );
  return (
    <p role="status" className="step-status">
      <span className="step-count">
        Step {step + 1} of {count}
      </span>
      <span className="step-result"> · {result}</span>
    </p>
  );
});
