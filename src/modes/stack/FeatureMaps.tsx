/**
 * Every feature map of the stack, input first, with the selected cell and the regions it sees. On
 * the page each map keeps its own cell size; where the stage must fill a box (embedded, presenting)
 * every map is drawn at the one side that fits them all, under a line saying what the selected cell
 * sees and a line with each layer's receptive field, so a frame's first screen carries all three.
 */
import { useMemo, useRef } from 'react';
import { stackFieldTable, stackLayerName } from '../../compute';
import { useStore } from '../../state/store';
import { useBoxSize } from '../../hooks/useBoxSize';
import { FeatureMap } from './FeatureMap';
import { fitMaps } from './fitMaps';
import { seesText, useSelection } from './selection';

/** Caption lines are this many ems tall (styles: .stack-stage--fit figcaption). */
const CAPTION_EM = 1.4;

const square = (lo: number, hi: number) => (lo === hi ? `${lo}×${lo}` : `${lo}×${lo} to ${hi}×${hi}`);

export function FeatureMaps() {
  const { op, cell, regions } = useSelection();
  const fit = useStore((s) => s.embed || s.presenting);
  const boxRef = useRef<HTMLDivElement>(null);
  const box = useBoxSize(boxRef, fit);
  let channels = op.stack.inputChannels;
  const captions = op.sizes.map((n, j) => {
    if (j === 0) return `Input ${n}×${n}×${channels}`;
    const layer = op.stack.layers[j - 1]!;
    if (layer.kind !== 'pool') channels = layer.channels;
    return `Layer ${j}: ${stackLayerName(layer)} → ${n}×${n}×${channels}`;
  });
  const fields = useMemo(
    () => (fit ? stackFieldTable(op.stack).map((f, i) => `${i + 1}: ${square(...f.field)}`) : []),
    [fit, op],
  );
  const layout = box
    ? fitMaps(op.sizes.length, box.width, box.height, box.em / 2, box.em * CAPTION_EM)
    : null;
  const input = regions[0]?.clipped;
  const seen = input ? ` (${input.bottom - input.top + 1}×${input.right - input.left + 1})` : '';

  return (
    <section className={`stack-maps${fit ? ' stack-maps--fit' : ''}`} aria-labelledby="stack-maps-h">
      <h2 id="stack-maps-h" className={fit ? 'visually-hidden' : undefined}>
        Feature maps
      </h2>
      {fit ? (
        <>
          <p className="stack-fit-line" data-testid="stack-selected">
            Layer {cell.layer}, row {cell.row}, column {cell.col} {seesText(input)}
            {seen}.
          </p>
          <p className="stack-fit-line stack-fit-fields" data-testid="stack-fields">
            Receptive field by layer: {fields.join(' · ')}
          </p>
        </>
      ) : (
        <p className="hint">
          Click a cell, or tab to a map and use the arrow keys: the region it sees is lit in every earlier
          map. Selected: layer {cell.layer}, row {cell.row}, column {cell.col}, {seesText(input)}.
        </p>
      )}
      <div
        ref={boxRef}
        className="stack-map-list"
        style={layout ? { gridTemplateColumns: `repeat(${layout.perRow}, ${layout.side}px)` } : undefined}
      >
        {op.sizes.map((_, j) => (
          <FeatureMap
            key={j}
            op={op}
            layer={j}
            caption={captions[j]!}
            region={j < cell.layer ? (regions[j]?.clipped ?? null) : undefined}
            selected={j === cell.layer ? cell : null}
            {...(layout && { side: layout.side })}
          />
        ))}
      </div>
    </section>
  );
}
