/** Speed, Loop and Predict: settings of the playback, untouched by the steps it plays. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { LIMITS } from '../../state/config';

export const PlaybackOptions = memo(function PlaybackOptions() {
  const speed = useStore((s) => s.speed);
  const loop = useStore((s) => s.loop);
  const quiz = useStore((s) => s.quiz);
  const { setSpeed, setLoop, setQuiz } = useStore.getState();

  return (
    <div className="playback-options">
      <label className="speed">
        <span>Speed</span>
        <input
          type="range"
          min={LIMITS.speed.min}
          max={LIMITS.speed.max}
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
  );
});
