/**
 * The kernel window: one element that glides over the input by transform only. It is one grid pitch
 * (cell + gap) square, so its own width is the step between cells; the taps sit inside it,
 * spaced by the dilation, and move with it. framer-motion's mini animator (Web Animations API, about
 * 2 KB) drives it, which keeps the initial bundle small; reduced motion jumps instead of gliding.
 */
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { useAnimate } from 'framer-motion/mini';
import { useStore } from '../../state/store';
import { highlightFor } from '../../state/highlight';
import { windowOperationFor } from '../../state/derived';
import { useReducedMotion } from '../../hooks/useReducedMotion';

interface WindowOverlayProps {
  channel: number;
}

export const WindowOverlay = memo(function WindowOverlay({ channel }: WindowOverlayProps) {
  const outRow = useStore((s) => highlightFor(s).step.out.row);
  const outCol = useStore((s) => highlightFor(s).step.out.col);
  // A convolution's window covers every input channel its filter's group reads; a pool's only its own.
  const visible = useStore((s) => {
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
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const placed = useRef(false);

  const col = outCol * g.strideCol;
  const row = outRow * g.strideRow;
  const at = useRef({ col, row });
  at.current = { col, row };
  useLayoutEffect(() => {
    const element = scope.current;
    if (!element) return;
    // The overlay is one pitch square: its width is the distance between cells. Pixels (not %)
    // let the compositor run the glide off the main thread.
    const pitch = element.offsetWidth;
    const transform = `translate(${col * pitch}px, ${row * pitch}px)`;
    if (!placed.current || reduced) {
      // First placement (and reduced motion): no glide from the origin.
      element.style.transform = transform;
      placed.current = true;
      return;
    }
    // Fast playback gets short glides so transitions never queue up behind each other.
    const duration = playing ? Math.min(0.25, 0.6 / speed) : 0.2;
    const controls = animate(element, { transform }, { duration, ease: 'easeOut' });
    // Finish (jump to the end) rather than stop: stopping mid-glide commits the current style,
    // which forces a synchronous style pass over the whole page on every fast step.
    return () => controls.complete();
  }, [col, row, playing, speed, reduced, animate, scope]);

  // When the cells resize (window, presentation mode), re-place the window at once.
  useEffect(() => {
    const element = scope.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const pitch = element.offsetWidth;
      element.style.transform = `translate(${at.current.col * pitch}px, ${at.current.row * pitch}px)`;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [scope, visible]);

  if (!visible) return null;
  const taps = [];
  for (let u = 0; u < g.kernelHeight; u++) {
    for (let v = 0; v < g.kernelWidth; v++) {
      taps.push(
        <span
          key={`${u}:${v}`}
          className="window-tap"
          style={{ '--tap-row': u * g.dilationRow, '--tap-col': v * g.dilationCol } as React.CSSProperties}
        />,
      );
    }
  }
  const spanRows = g.dilationRow * (g.kernelHeight - 1) + 1;
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
