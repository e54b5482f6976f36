/**
 * The pipeline's original image (before the 3×3 convolution). The cells the shown pooling output
 * ultimately depends on — its receptive field — are outlined.
 */
import { memo, useCallback } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { pipelineFieldOf } from '../../state/pipelineField';
import { highlightFor } from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';
import { Grid } from './Grid';

const ImageCell = memo(function ImageCell({
  row,
  col,
  tabbable,
}: {
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const value = useStore((s) => operationFor(s.config).pipeline?.image[0]?.[row]?.[col] ?? 0);
  const inField = useStore((s) => {
    const rect = pipelineFieldOf(s.config, highlightFor(s).step.out.row, highlightFor(s).step.out.col);
    return rect !== null && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
  });
  return (
    <div
      role="gridcell"
      tabIndex={tabbable ? 0 : -1}
      data-row={row}
      data-col={col}
      data-in-field={inField ? 'true' : undefined}
      className={`cell cell--image${inField ? ' cell--in-field' : ''}`}
    >
      {formatValue(value)}
    </div>
  );
});

export const ImageGrid = memo(function ImageGrid() {
  const height = useStore((s) => s.config.size[0]);
  const width = useStore((s) => s.config.size[1]);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <ImageCell key={`${row}:${col}`} row={row} col={col} tabbable={tabbable} />
    ),
    [],
  );
  return (
    <Grid
      label={`Image before the convolution, ${height} by ${width}`}
      className="grid-figure--image"
      rowStart={0}
      colStart={0}
      rows={height}
      cols={width}
      renderCell={renderCell}
      caption={<span className="grid-caption">Image (outlined: what the shown output sees)</span>}
    />
  );
});
