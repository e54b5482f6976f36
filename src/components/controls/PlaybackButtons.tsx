/** First, previous, play/pause, next and last. They change only at the ends and on play or pause. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { selectStepCount } from '../../state/selectors';
import { PlaybackIcon, type PlaybackIconName } from './PlaybackIcon';

interface ButtonProps {
  /** The accessible name; the tooltip adds the key that does the same. */
  label: string;
  keyName: string;
  icon: PlaybackIconName;
  onClick: () => void;
  disabled: boolean;
  className?: string;
}

function PlaybackButton({ label, keyName, icon, onClick, disabled, className }: ButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={label}
      title={`${label} (${keyName})`}
      onClick={onClick}
      disabled={disabled}
    >
      <PlaybackIcon name={icon} />
    </button>
  );
}

export const PlaybackButtons = memo(function PlaybackButtons() {
  const atFirst = useStore((s) => s.step === 0);
  const atLast = useStore((s) => s.step === selectStepCount(s) - 1);
  // One step (the image view's whole picture at once): nothing to step through; the status says why.
  const single = useStore((s) => selectStepCount(s) <= 1);
  const playing = useStore((s) => s.playing);
  const { togglePlay, next, previous, first, last } = useStore.getState();

  return (
    <div className="playback-buttons">
      <PlaybackButton label="First step" keyName="Home" icon="first" onClick={first} disabled={atFirst} />
      <PlaybackButton
        label="Previous step"
        keyName="←"
        icon="previous"
        onClick={previous}
        disabled={single}
      />
      <PlaybackButton
        label={playing ? 'Pause' : 'Play'}
        keyName="Space"
        icon={playing ? 'pause' : 'play'}
        onClick={togglePlay}
        disabled={single && !playing}
        className="play-button"
      />
      <PlaybackButton label="Next step" keyName="→" icon="next" onClick={next} disabled={single} />
      <PlaybackButton label="Last step" keyName="End" icon="last" onClick={last} disabled={atLast} />
    </div>
  );
});
