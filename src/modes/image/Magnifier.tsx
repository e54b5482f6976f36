/**
 * The numbers under the cursor: the input values the window reads (zero padding marked) and the
 * feature-map value it makes, per channel. Each value carries `data-value` at full precision.
 */
import { memo, useId } from 'react';
import type { Geometry } from '../../compute';
import { tapCol, tapRow } from '../../compute/geometry';
import { formatValue } from '../../state/cellEntry';
import type { ImageColor } from '../types';
import type { Cell } from './FeatureCanvas';
import { channelNames, pixelValues, type RgbaImage } from './tensor';
import type { FeatureMaps } from './useFeatureMaps';

export const Magnifier = memo(function Magnifier({
  cursor,
  geometry,
  image,
  maps,
  color,
  pooling,
}: {
  cursor: Cell;
  geometry: Geometry;
  image: RgbaImage;
  maps: FeatureMaps;
  color: ImageColor;
  pooling: boolean;
}) {
  const id = useId();
  const names = channelNames(color);
  const at = cursor.row * maps.width + cursor.col;
  const rows = Array.from({ length: geometry.kernelHeight }, (_, u) => tapRow(geometry, cursor.row, u));
  const cols = Array.from({ length: geometry.kernelWidth }, (_, v) => tapCol(geometry, cursor.col, v));
  const outputs = maps.planes.map((p) => p[at] ?? 0);
  return (
    <section
      className="panel image-magnifier"
      aria-labelledby={`${id}-h`}
      data-out-row={cursor.row}
      data-out-col={cursor.col}
    >
      <h2 id={`${id}-h`}>Magnifier</h2>
      <p aria-live="polite" className="image-magnifier-summary">
        Feature map ({cursor.row}, {cursor.col}):{' '}
        {outputs.map((v, c) => `${names.length > 1 ? `${names[c]} ` : ''}${formatValue(v)}`).join(', ')}
      </p>
      <div className="image-magnifier-channels">
        {names.map((name, c) => (
          <div key={name} className="image-magnifier-channel">
            <table>
              <caption>
                {name}: the {pooling ? 'window' : 'input under the kernel'}
              </caption>
              <tbody>
                {rows.map((r, u) => (
                  <tr key={u}>
                    {cols.map((col, v) => {
                      const inside = r >= 0 && r < image.height && col >= 0 && col < image.width;
                      const value = inside ? pixelValues(image, r, col, color)[c]! : 0;
                      return (
                        <td key={v} className={inside ? undefined : 'image-pad'} data-value={value}>
                          {inside ? value : '0 pad'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="image-magnifier-out">
              {pooling ? 'Pooled' : 'Feature map'} value:{' '}
              <output data-channel={c} data-value={outputs[c]}>
                {formatValue(outputs[c]!)}
              </output>
            </p>
          </div>
        ))}
      </div>
    </section>
  );
});
