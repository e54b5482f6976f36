/** The Step slider: the one playback control that changes at every step. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { selectStepCount } from '../../state/selectors';

export const StepSlider = memo(function StepSlider() {
  const step = useStore((s) => s.step);
  const count = useStore(selectStepCount);
  // The output-size question is open: the slider's range would give it away.
  const sizeAsked = useStore((s) => s.quiz && s.sizeAsked);
  const { seek } = useStore.getState();

  return (
    <label className="step-slider">
      <span className="visually-hidden">Step</span>
      <input
        type="range"
        aria-label="Step"
        min={0}
        max={sizeAsked ? step : Math.max(0, count - 1)}
        step={1}
        value={step}
        aria-valuetext={`Step ${step + 1}${sizeAsked ? '' : ` of ${count}`}`}
        onChange={(e) => seek(Number(e.target.value))}
      />
    </label>
  );
});
