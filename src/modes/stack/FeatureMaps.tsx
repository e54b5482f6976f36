/** Every feature map of the stack, input first, with the selected cell and the regions it sees. */
import { stackLayerName } from '../../compute';
import { FeatureMap } from './FeatureMap';
import { seesText, useSelection } from './selection';

export function FeatureMaps() {
  const { op, cell, regions } = useSelection();
  let channels = op.stack.inputChannels;
  const captions = op.sizes.map((n, j) => {
    if (j === 0) return `Input ${n}×${n}×${channels}`;
    const layer = op.stack.layers[j - 1]!;
    if (layer.kind !== 'pool') channels = layer.channels;
    return `Layer ${j}: ${stackLayerName(layer)} → ${n}×${n}×${channels}`;
  });
  return (
    <section className="stack-maps" aria-labelledby="stack-maps-h">
      <h2 id="stack-maps-h">Feature maps</h2>
      <p className="hint">
        Click a cell, or tab to a map and use the arrow keys: the region it sees is lit in every earlier map.
        Selected: layer {cell.layer}, row {cell.row}, column {cell.col}, {seesText(regions[0]?.clipped)}.
      </p>
      <div>
        {op.sizes.map((_, j) => (
          <FeatureMap
            key={j}
            op={op}
            layer={j}
            caption={captions[j]!}
            region={j < cell.layer ? (regions[j]?.clipped ?? null) : undefined}
            selected={j === cell.layer ? cell : null}
          />
        ))}
      </div>
    </section>
  );
}
