/**
 * The kernel window: one element that glides over the input by transform only. It is one grid pitch
 * (cell + gap) square, so translating it by N×100% moves it exactly N cells; the taps sit inside it,
 * spaced by the dilation, and move with it. framer-motion's mini animator (Web Animations API, about
 * 2 KB) drives it, which keeps the initial bundle small; reduced motion jumps instead of gliding.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import { useAnimate } from 'framer-motion/mini';
import { useStore } from '../../state/store';
import { highlightFor } from '../../state/highlight';
import { operationFor } from '../../state/derived';
import { useReducedMotion } from '../../hooks/useReducedMotion';

interface WindowOverlayProps {
  channel: number;
}

export const WindowOverlay = memo(function WindowOverlay({ channel }: WindowOverlayProps) {
  const outRow = useStore((s) => highlightFor(s).step.out.row);
  const outCol = useStore((s) => highlightFor(s).step.out.col);
  const stepChannel = useStore((s) => highlightFor(s).step.out.channel);
  const kind = useStore((s) => operationFor(s.config).kind);
  const g = useStore((s) => operationFor(s.config).geometry);
  const speed = useStore((s) => s.speed);
  const playing = useStore((s) => s.playing);
  const reduced = useReducedMotion();
  const [scope, animate] = useAnimate<HTMLDivElement>();
  const placed = useRef(false);
  const visible = kind === 'conv' || stepChannel === channel;

  const transform = `translate(${outCol * g.strideCol * 100}%, ${outRow * g.strideRow * 100}%)`;
  useLayoutEffect(() => {
    const element = scope.current;
    if (!element) return;
    if (!placed.current || reduced) {
      // First placement (and reduced motion): no glide from the origin.
      element.style.transform = transform;
      placed.current = true;
      return;
    }
    // Fast playback gets short glides so transitions never queue up behind each other.
    const duration = playing ? Math.min(0.25, 0.6 / speed) : 0.2;
    const controls = animate(element, { transform }, { duration, ease: 'easeOut' });
    return () => controls.stop();
  }, [transform, playing, speed, reduced, animate, scope]);

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
