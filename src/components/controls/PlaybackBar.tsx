/** Play/pause, stepping, the Step slider, speed and loop, and the live step announcement. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { selectStepCount } from '../../state/selectors';
import { StepStatus } from './StepStatus';
import { PlaybackIcon } from './PlaybackIcon';

export const PlaybackBar = memo(function PlaybackBar() {
  const step = useStore((s) => s.step);
  const count = useStore(selectStepCount);
  const playing = useStore((s) => s.playing);
  const speed = useStore((s) => s.speed);
  const loop = useStore((s) => s.loop);
  const quiz = useStore((s) => s.quiz);
  // The output-size question is open: the slider's range would give it away.
  const sizeAsked = useStore((s) => s.quiz && s.sizeAsked);
  const { togglePlay, next, previous, first, last, seek, setSpeed, setLoop, setQuiz } = useStore.getState();
  // One step (the image view's whole picture at once): nothing to step through; the status says why.
  const single = count <= 1;

  return (
    <div className="playback" aria-label="Playback">
      <div className="playback-buttons">
        <button
          type="button"
          aria-label="First step"
          title="First step (Home)"
          onClick={first}
          disabled={step === 0}
        >
          <PlaybackIcon name="first" />
        </button>
        <button
          type="button"
          aria-label="Previous step"
          title="Previous step (←)"
          onClick={previous}
          disabled={single}
        >
          <PlaybackIcon name="previous" />
        </button>
        <button
          type="button"
          className="play-button"
          aria-label={playing ? 'Pause' : 'Play'}
          title={`${playing ? 'Pause' : 'Play'} (Space)`}
          onClick={togglePlay}
          disabled={single && !playing}
        >
          <PlaybackIcon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" aria-label="Next step" title="Next step (→)" onClick={next} disabled={single}>
          <PlaybackIcon name="next" />
        </button>
        <button
          type="button"
          aria-label="Last step"
          title="Last step (End)"
          onClick={last}
          disabled={step === count - 1}
        >
          <PlaybackIcon name="last" />
        </button>
      </div>
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
      <StepStatus />
      <div className="playback-options">
        <label className="speed">
          <span>Speed</span>
          <input
            type="range"
            min={0.5}
            max={20}
            step={0.5}
            value={speed}
            aria-valuetext={`${speed} steps per second`}
            onChange={(e) => setSpeed(Number(e.target.value))}
          />
          <output>{speed}/s</output>
        </label>
        <label className="loop">
          <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
          <span>Loop</span>
        </label>
        <label className="loop">
          <input type="checkbox" role="switch" checked={quiz} onChange={(e) => setQuiz(e.target.checked)} />
          <span>Predict</span>
        </label>
      </div>
    </div>
  );
});
