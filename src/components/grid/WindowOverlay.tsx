/**
 * The kernel window: one element that glides over the input by transform only. It is one grid pitch
 * (cell + gap) square, so a translate of n × 100% of its own size is exactly n cells: the browser
 * resolves that against the same fractional pitch the cells are laid out with (whole pixels drifted
 * by most of a cell across 32 columns), and it follows any resize by itself. Chromium still runs the
 * glide on the compositor (a trace of it reports no compositeFailed). The taps sit inside it,
 * spaced by the dilation, and move with it. The Web Animations API drives it directly (see the
 * effect for why); reduced motion jumps instead of gliding.
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { useStore } from '../../state/store';
import { highlightFor } from '../../state/highlight';
import { concealed, SHOW_WINDOW } from '../../state/quizGate';
import { windowOperationFor } from '../../state/derived';
import { useReducedMotion } from '../../hooks/useReducedMotion';
import { followWindowAfterStep } from './followWindow';

interface WindowOverlayProps {
  channel: number;
}

export const WindowOverlay = memo(function WindowOverlay({ channel }: WindowOverlayProps) {
  const outRow = useStore((s) => highlightFor(s).step.out.row);
  const outCol = useStore((s) => highlightFor(s).step.out.col);
  // A convolution's window covers every input channel its filter's group reads; a pool's only its own.
  const visible = useStore((s) => {
    // A quiz question about the window (src/state/quizGate.ts) keeps it off the page.
    if (concealed(s, SHOW_WINDOW) && highlightFor(s).step.index === s.step) return false;
    const op = windowOperationFor(s.config);
    const stepChannel = highlightFor(s).step.out.channel;
    if (!op.windowSpansChannels) return stepChannel === channel;
    const group = (c: number, count: number) => Math.floor(c / (count / op.groups));
    return group(channel, op.input.length) === group(stepChannel, op.output.length);
  });
  const g = useStore((s) => windowOperationFor(s.config).geometry);
  const speed = useStore((s) => s.speed);
  const playing = useStore((s) => s.playing);
  const reduced = useReducedMotion();
  const scope = useRef<HTMLDivElement>(null);
  /** The element placed last and where: a remounted element is placed afresh, not glided. */
  const placed = useRef<{ element: HTMLElement; transform: string; row: number } | null>(null);

  const col = outCol * g.strideCol;
  const row = outRow * g.strideRow;
  const spanRows = g.dilationRow * (g.kernelHeight - 1) + 1;
  useLayoutEffect(() => {
    const element = scope.current;
    if (!element) return;
    const transform = `translate(${col * 100}%, ${row * 100}%)`;
    const previous = placed.current?.element === element ? placed.current : null;
    placed.current = { element, transform, row };
    // The element holds its destination; a glide only plays over it.
    element.style.transform = transform;
    // First placement: no glide from the origin, and no scrolling the page to it.
    if (previous === null || previous.transform === transform) return;
    // The page follows the window if it would pass out of sight (followWindow.ts).
    const stopFollowing = followWindowAfterStep(element, previous.row, row, spanRows, reduced);
    if (reduced) return stopFollowing;
    // Fast playback gets short glides so transitions never queue up behind each other. Both
    // keyframes given, in the same units: the computed style would be a matrix in pixels.
    const duration = playing ? Math.min(250, 600 / speed) : 200;
    // A newer step cancels the glide, which costs nothing — where finishing or stopping an
    // animation library's glide commits its style, a synchronous style pass over every cell of the
    // page at each fast step.
    const glide = element.animate(
      { transform: [previous.transform, transform] },
      { duration, easing: 'ease-out' },
    );
    return () => {
      glide.cancel();
      stopFollowing();
    };
  }, [col, row, spanRows, playing, speed, reduced, visible]);

  // The same elements from step to step, so React leaves the taps alone as the window moves.
  const taps = useMemo(() => {
    const spans = [];
    for (let u = 0; u < g.kernelHeight; u++) {
      for (let v = 0; v < g.kernelWidth; v++) {
        spans.push(
          <span
            key={`${u}:${v}`}
            className="window-tap"
            style={{ '--tap-row': u * g.dilationRow, '--tap-col': v * g.dilationCol } as React.CSSProperties}
          />,
        );
      }
    }
    return spans;
  }, [g.kernelHeight, g.kernelWidth, g.dilationRow, g.dilationCol]);

  if (!visible) return null;
  const spanCols = g.dilationCol * (g.kernelWidth - 1) + 1;
  return (
    <div ref={scope} className="window-overlay" aria-hidden="true">
      <span
        className="window-frame"
        style={{ '--span-rows': spanRows, '--span-cols': spanCols } as React.CSSProperties}
      />
      {taps}
    </div>
  );
});
