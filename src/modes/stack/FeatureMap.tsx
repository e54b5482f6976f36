/**
 * One feature map, drawn as one SVG whatever its size: a background, the grid lines as one path, the
 * highlighted region and the selected cell as two rectangles (a 64×64 map is a handful of elements).
 * A focusable cursor over it is the keyboard's way in: arrow keys move it and select the cell under
 * it, and its name says which cell it is and what of the input that cell sees. The figure carries the
 * highlighted region as data attributes (rows and columns, inclusive) for tests.
 */
import { memo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { InputRect } from '../../compute';
import { useStore } from '../../state/store';
import { cellText } from './selection';
import type { StackCell, StackOperation } from './operation';

/** The side a map is drawn at, in CSS pixels, at most; cells stay between 3 and 28 px. */
const MAP_PX = 256;
export const cellPixels = (n: number): number => Math.max(3, Math.min(28, Math.floor(MAP_PX / n)));

function gridPath(n: number): string {
  let d = '';
  for (let i = 0; i <= n; i++) d += `M0 ${i}H${n}M${i} 0V${n}`;
  return d;
}

const regionText = (r: InputRect | null): string =>
  r ? `${r.top},${r.left},${r.bottom},${r.right}` : 'none';

interface FeatureMapProps {
  op: StackOperation;
  /** 0 = the input. */
  layer: number;
  caption: string;
  /** The region of this map the selected cell sees (null: none); undefined for the selected map and later ones. */
  region: InputRect | null | undefined;
  selected: StackCell | null;
  /** The map's side in CSS pixels where the stage fits a box; otherwise from its cells (cellPixels). */
  side?: number;
}

export const FeatureMap = memo(function FeatureMap({
  op,
  layer,
  caption,
  region,
  selected,
  side,
}: FeatureMapProps) {
  const n = op.sizes[layer]!;
  const px = side ?? cellPixels(n) * n;
  const seek = useStore((s) => s.seek);
  const cursorRef = useRef<HTMLButtonElement>(null);
  const [own, setOwn] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const cursor = selected ?? { row: Math.min(own.row, n - 1), col: Math.min(own.col, n - 1) };
  const selectable = layer > 0;

  const select = (row: number, col: number) => {
    setOwn({ row, col });
    seek(op.stepOf({ layer, row, col }));
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    if (!selectable) return;
    const box = event.currentTarget.getBoundingClientRect();
    const at = (offset: number, side: number) =>
      Math.min(n - 1, Math.max(0, Math.floor((offset / side) * n)));
    select(at(event.clientY - box.top, box.height), at(event.clientX - box.left, box.width));
    cursorRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Home: [0, -n],
      End: [0, n],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
    select(clamp(cursor.row + move[0]), clamp(cursor.col + move[1]));
  };

  const cellPx = px / n;
  return (
    <figure
      data-layer={layer}
      data-size={n}
      data-region={region === undefined ? undefined : regionText(region)}
      data-selected={selected ? `${selected.row},${selected.col}` : undefined}
    >
      <figcaption>{caption}</figcaption>
      <div className="stack-map-box" style={{ width: px, height: px }}>
        <svg
          viewBox={`0 0 ${n} ${n}`}
          width={px}
          height={px}
          aria-hidden="true"
          onClick={onClick}
          style={selectable ? { cursor: 'crosshair' } : undefined}
        >
          <rect width={n} height={n} />
          {region && (
            <rect
              className="stack-region"
              x={region.left}
              y={region.top}
              width={region.right - region.left + 1}
              height={region.bottom - region.top + 1}
            />
          )}
          {selected && (
            <rect className="stack-selected" x={selected.col} y={selected.row} width={1} height={1} />
          )}
          <path d={gridPath(n)} />
        </svg>
        {selectable && (
          <button
            ref={cursorRef}
            type="button"
            className="stack-cursor"
            style={{
              width: cellPx,
              height: cellPx,
              transform: `translate(${cursor.col * cellPx}px, ${cursor.row * cellPx}px)`,
            }}
            aria-label={cellText(op, { layer, ...cursor }) + (selected ? ', selected' : '')}
            onKeyDown={onKeyDown}
            onClick={() => select(cursor.row, cursor.col)}
          />
        )}
      </div>
    </figure>
  );
});
