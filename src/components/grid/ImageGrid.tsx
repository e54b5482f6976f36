/**
 * The pipeline's original image (before the 3×3 convolution), with the cells the shown pooling
 * output ultimately depends on — its receptive field — outlined. A picture of the context rather
 * than one of the operation's grids, so it is one image to assistive technology (contract §3 keeps
 * role="grid" for Input, Kernel and Output).
 */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { pipelineFieldOf } from '../../state/pipelineField';
import { highlightFor } from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';

export const ImageGrid = memo(function ImageGrid() {
  const image = useStore((s) => windowOperationFor(s.config).pipeline?.image[0]);
  const rect = useStore((s) => {
    const out = highlightFor(s).step.out;
    const r = pipelineFieldOf(s.config, out.row, out.col);
    return r ? `${r.top}:${r.left}:${r.bottom}:${r.right}` : '';
  });
  if (!image) return null;
  const [top, left, bottom, right] = rect ? rect.split(':').map(Number) : [-1, -1, -2, -2];
  const height = image.length;
  const width = image[0]?.length ?? 0;
  const label = rect
    ? `Image before the convolution, ${height} by ${width}; the shown output depends on rows ${top} to ${bottom}, columns ${left} to ${right}`
    : `Image before the convolution, ${height} by ${width}`;
  return (
    <figure className="grid-figure grid-figure--image">
      <div
        role="img"
        aria-label={label}
        className="grid"
        style={{ '--rows': height, '--cols': width } as React.CSSProperties}
      >
        {image.map((values, row) => (
          <div className="grid-row" key={row}>
            {values.map((value, col) => {
              const inField = row >= top! && row <= bottom! && col >= left! && col <= right!;
              return (
                <span
                  key={col}
                  className={`cell cell--image${inField ? ' cell--in-field' : ''}`}
                  data-row={row}
                  data-col={col}
                  data-in-field={inField ? 'true' : undefined}
                >
                  {formatValue(value)}
                </span>
              );
            })}
          </div>
        ))}
      </div>
      <figcaption>
        <span className="grid-caption">Image (outlined: what the shown output sees)</span>
      </figcaption>
    </figure>
  );
});
