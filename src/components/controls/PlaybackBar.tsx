/**
 * Play/pause, stepping, the Step slider, speed and loop, and the live step announcement. Each part
 * reads only what it shows, so a step of playback re-renders the slider and the status, not the
 * buttons and options (React rewrites an input's attributes whenever it renders one).
 */
import { memo } from 'react';
import { PlaybackButtons } from './PlaybackButtons';
import { PlaybackOptions } from './PlaybackOptions';
import { StepSlider } from './StepSlider';
import { StepStatus } from './StepStatus';

export const PlaybackBar = memo(function PlaybackBar() {
  return (
    <div className="playback" aria-label="Playback">
      <PlaybackButtons />
      <StepSlider />
      <StepStatus />
      <PlaybackOptions />
    </div>
  );
});
