/**
 * The embed's first screen shows the whole stage: when a stage is taller than the frame's main area
 * (the transposed and grouped stages, whose cells are sized by width only), it is scaled down to fit.
 * A transform, so the stage lays out once at its own size and the scale never feeds back into it;
 * the outer box takes the scaled height so what follows sits right under it.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Fit {
  scale: number;
  /** Pixels from the left that centre the scaled stage. */
  shift: number;
  height: number | null;
}

export function FitToFrame({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit>({ scale: 1, shift: 0, height: null });

  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    const area = box?.closest<HTMLElement>('.app-main');
    if (!box || !content || !area) return;
    const update = () => {
      const natural = content.offsetHeight;
      // A stage wider than the frame overflows its box: scrollWidth is the width it wants.
      const wanted = Math.max(content.scrollWidth, 1);
      const across = box.clientWidth / wanted;
      const top = box.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop;
      const room = area.clientHeight - top - parseFloat(getComputedStyle(area).paddingBottom);
      const scale = natural > 0 && room > 0 ? Math.min(1, room / natural, across) : 1;
      const shift = Math.max(0, (box.clientWidth - wanted * scale) / 2);
      setFit((before) =>
        before.scale === scale && before.shift === shift && before.height === natural * scale
          ? before
          : { scale, shift, height: natural * scale },
      );
    };
    const observer = new ResizeObserver(update);
    observer.observe(content);
    observer.observe(area);
    update();
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={outer} className="fit-frame" style={{ height: fit.height ?? undefined }}>
      <div
        ref={inner}
        className="fit-frame-content"
        style={fit.scale < 1 ? { transform: `translateX(${fit.shift}px) scale(${fit.scale})` } : undefined}
      >
        {children}
      </div>
    </div>
  );
}
