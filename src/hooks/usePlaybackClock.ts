/** Runs the playback clock (src/state/playbackClock.ts) while the store says playing. */
import { useEffect } from 'react';
import { useStore } from '../state/store';
import { browserScheduler, startPlaybackClock } from '../state/playbackClock';

export function usePlaybackClock(): void {
  const playing = useStore((s) => s.playing);
  useEffect(() => (playing ? startPlaybackClock(browserScheduler()) : undefined), [playing]);
}
