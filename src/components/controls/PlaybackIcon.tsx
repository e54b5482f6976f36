/** Small inline SVG icons: system fonts lack some media glyphs, and icons must not depend on a web font. */
import { memo } from 'react';

const PATHS = {
  first: 'M5 4h2v16H5zM20 4v16L8 12z',
  previous: 'M18 4v16L6 12z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  next: 'M6 4v16l12-8z',
  last: 'M17 4h2v16h-2zM4 4v16l12-8z',
} as const;

export type PlaybackIconName = keyof typeof PATHS;

// Memoized: its button re-renders on play and pause, and only that one icon changes.
export const PlaybackIcon = memo(function PlaybackIcon({ name }: { name: PlaybackIconName }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="1.1em"
      height="1.1em"
      fill="currentColor"
    >
      <path d={PATHS[name]} />
    </svg>
  );
});
