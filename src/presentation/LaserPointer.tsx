/**
 * A bright dot that follows the pointer, for pointing at a cell from across the room. It never
 * takes a click (pointer-events: none) and is hidden from assistive technology; it moves by
 * transform, once per frame at most, and only while the pointer moves.
 */
import { memo, useEffect, useRef } from 'react';

export const LaserPointer = memo(function LaserPointer() {
  const dot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    let x = 0;
    let y = 0;
    const draw = () => {
      frame = 0;
      const el = dot.current;
      if (!el) return;
      el.style.transform = `translate(${x}px, ${y}px)`;
      el.dataset.shown = 'true';
    };
    const onMove = (event: PointerEvent) => {
      x = event.clientX;
      y = event.clientY;
      if (!frame) frame = requestAnimationFrame(draw);
    };
    const onLeave = () => {
      if (dot.current) delete dot.current.dataset.shown;
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    document.documentElement.addEventListener('pointerleave', onLeave);
    document.documentElement.classList.add('laser-on');
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onMove);
      document.documentElement.removeEventListener('pointerleave', onLeave);
      document.documentElement.classList.remove('laser-on');
    };
  }, []);
  return <div ref={dot} className="laser-dot" data-testid="laser-dot" aria-hidden="true" />;
});
