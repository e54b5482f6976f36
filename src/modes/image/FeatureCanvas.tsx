/** One picture (the input or a feature map) on a canvas, its pixels as given, with the cursor drawn over it. */
import { memo, useEffect, useRef } from 'react';

export interface Cell {
  row: number;
  col: number;
}

export const FeatureCanvas = memo(function FeatureCanvas({
  width,
  height,
  rgba,
  label,
  cursor,
  cursorSize,
  onPoint,
  onPick,
  shownWidth,
}: {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  label: string;
  /** The cursor in this canvas's pixels, and its extent (a window on the input, one cell on a map). */
  cursor: Cell | null;
  cursorSize: [number, number];
  /** The pixel under the pointer. */
  onPoint: (cell: Cell) => void;
  onPick: (cell: Cell) => void;
  /** The width it is drawn at, in CSS pixels, where the stage fits a box; otherwise the stylesheet's. */
  shownWidth?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context || rgba.length !== width * height * 4) return;
    context.putImageData(new ImageData(rgba as ImageDataArray, width, height), 0, 0);
  }, [rgba, width, height]);

  const cellAt = (event: React.PointerEvent | React.MouseEvent): Cell => {
    const rect = event.currentTarget.getBoundingClientRect();
    const col = Math.floor(((event.clientX - rect.left) / rect.width) * width);
    const row = Math.floor(((event.clientY - rect.top) / rect.height) * height);
    return { row: Math.min(height - 1, Math.max(0, row)), col: Math.min(width - 1, Math.max(0, col)) };
  };

  return (
    <figure className="image-figure" style={shownWidth ? { width: shownWidth } : undefined}>
      <div className="image-canvas-wrap">
        <canvas
          ref={canvas}
          width={width}
          height={height}
          role="img"
          aria-label={label}
          onPointerMove={(e) => onPoint(cellAt(e))}
          onClick={(e) => onPick(cellAt(e))}
        />
        {cursor && (
          <span
            className="image-cursor"
            aria-hidden="true"
            style={{
              left: `${(cursor.col / width) * 100}%`,
              top: `${(cursor.row / height) * 100}%`,
              width: `max(${(cursorSize[1] / width) * 100}%, 4px)`,
              height: `max(${(cursorSize[0] / height) * 100}%, 4px)`,
            }}
          />
        )}
      </div>
      <figcaption>{label}</figcaption>
    </figure>
  );
});
