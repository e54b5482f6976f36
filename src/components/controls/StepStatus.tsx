/** The polite live region: "Step N of M" and what that step produced, in the view's own words. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { selectStepCount } from '../../state/selectors';
import { MODE_REGISTRY } from '../../modes/registry';
import { questionOpen } from '../../state/quizGate';
import type { Store } from '../../state/store';

// The playback step, not the hovered one: the announcement follows the animation. One function for
// the page's lifetime, so the store keeps one subscription instead of a new one each render. An open
// quiz question keeps the result unsaid (src/state/quizGate.ts).
const selectResult = (s: Store) =>
  questionOpen(s)
    ? 'predict, then check'
    : MODE_REGISTRY[s.config.mode].describeStep(operationFor(s.config), s.step);
// While the output-size question is open the step count would give it away.
const selectCount = (s: Store) => (s.quiz && s.sizeAsked ? '?' : selectStepCount(s));

export const StepStatus = memo(function StepStatus() {
  const step = useStore((s) => s.step);
  const count = useStore(selectCount);
  const result = useStore(selectResult);
  return (
    <p role="status" className="step-status">
      <span className="step-count">
        Step {step + 1} of {count}
      </span>
      <span className="step-result"> · {result}</span>
    </p>
  );
});
