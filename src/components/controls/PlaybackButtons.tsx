/** First, previous, play/pause, next and last. They change only at the ends and on play or pause. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { selectStepCount } from '../../state/selectors';
import { PlaybackIcon } from './PlaybackIcon';

export const PlaybackButtons = memo(function PlaybackButtons() {
  const atFirst = useStore((s) => s.step === 0);
  const atLast = useStore((s) => s.step === selectStepCount(s) - 1);
  // One step (the image view's whole picture at once): nothing to step through; the status says why.
  const single = useStore((s) => selectStepCount(s) <= 1);
  const playing = useStore((s) => s.playing);
  const { togglePlay, next, previous, first, last } = useStore.getState();

  return (
    <div className="playback-buttons">
      <button
        type="button"
        aria-label="First step"
        title="First step (Home)"
        onClick={first}
        disabled={atFirst}
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
      <button type="button" aria-label="Last step" title="Last step (End)" onClick={last} disabled={atLast}>
        <PlaybackIcon name="last" />
      </button>
    </div>
  );
});
