/**
 * The content-box size of an element whose size comes from its container (a flex item with a zero
 * basis, say), never from what it holds: views that draw to fit it read this, and what they draw
 * cannot feed back into it. null until measured.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface BoxSize {
  width: number;
  height: number;
  /** The element's font size in px: what a line of its text takes, for captions laid out in it. */
  em: number;
}

export function useBoxSize(ref: RefObject<HTMLElement | null>, active = true): BoxSize | null {
  const [size, setSize] = useState<BoxSize | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !active) return;
    const update = () => {
      // Whole pixels: sub-pixel jitter would otherwise redraw every map for nothing.
      const width = Math.floor(box.clientWidth);
      const height = Math.floor(box.clientHeight);
      const em = parseFloat(getComputedStyle(box).fontSize) || 16;
      setSize((before) =>
        before?.width === width && before.height === height && before.em === em
          ? before
          : { width, height, em },
      );
    };
    const observer = new ResizeObserver(update);
    observer.observe(box);
    update();
    return () => observer.disconnect();
  }, [ref, active]);
  return active ? size : null;
}
