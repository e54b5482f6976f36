/**
 * The three panels every view shares: input (with padding), kernel, and output filling in. Which
 * grids appear depends on the operation: one per input channel, one kernel per filter and channel
 * (a 1×1×C_in column in the pointwise view), the pooling window's shape, one grid per output channel.
 */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { stageLayout } from './stageLayout';
import { InputGrid } from '../grid/InputGrid';
import { KernelGrid } from '../grid/KernelGrid';
import { OutputGrid } from '../grid/OutputGrid';
import { PointwiseFilterGrid } from '../grid/PointwiseFilterGrid';
import { PoolWindow } from '../grid/PoolWindow';
import { ImageGrid } from '../grid/ImageGrid';

/** Several channel grids share a column: each needs room for its cells at their smallest (6px + gap). */
const trackMin = (cols: number) =>
  ({ '--track-min': `${Math.max(7, cols * 0.5)}rem` }) as React.CSSProperties;

/** Grids per row of a set, in the embed (styles/embed.css). */
const perRow = (count: number) => ({ '--per-row': count }) as React.CSSProperties;

const channelLabel = (base: string, index: number, count: number) =>
  count > 1 ? `${base} channel ${index + 1}` : base;

function Kernels() {
  const mode = useStore((s) => s.config.mode);
  const shape = useStore((s) => {
    const op = operationFor(s.config);
    const k = op.pipeline ? op.pipeline.kernel : op.kernel;
    return k ? `${k.length}:${k[0]!.length}:${k[0]![0]!.length}:${k[0]![0]![0]!.length}` : '';
  });
  if (!shape) return <PoolWindow />;
  const [outs, ins, rows, cols] = shape.split(':').map(Number) as [number, number, number, number];
  if (mode === 'pointwise') {
    return (
      <div className="grid-set grid-set--filters">
        {Array.from({ length: outs }, (_, o) => (
          <PointwiseFilterGrid key={o} out={o} channels={ins} />
        ))}
      </div>
    );
  }
  const grids = [];
  for (let o = 0; o < outs; o++) {
    for (let c = 0; c < ins; c++) {
      const label =
        outs * ins === 1 ? 'Kernel' : `Kernel filter ${o + 1}${ins > 1 ? `, channel ${c + 1}` : ''}`;
      grids.push(<KernelGrid key={`${o}:${c}`} out={o} channel={c} rows={rows} cols={cols} label={label} />);
    }
  }
  return (
    <div className={`grid-set grid-set--kernels${grids.length === 1 ? ' grid-set--single' : ''}`}>
      {grids}
    </div>
  );
}

export const OperationStage = memo(function OperationStage() {
  const inputs = useStore((s) => operationFor(s.config).input.length);
  const outputs = useStore((s) => operationFor(s.config).output.length);
  const pipeline = useStore((s) => s.config.mode === 'maxpool' && s.config.pipeline);
  const pooling = useStore((s) => s.config.mode === 'maxpool');
  const relu = useStore((s) => s.config.mode === 'pointwise' && s.config.relu);
  const layout = useStore((s) => stageLayout(s.config));
  const inputCols = useStore((s) => {
    const g = operationFor(s.config).geometry;
    return g.inputWidth + g.padding.left + g.padding.right;
  });
  const outputCols = useStore((s) => operationFor(s.config).geometry.outWidth);

  return (
    <div
      className="stage"
      style={
        {
          '--stage-columns': layout.columns,
          '--fit-cell': layout.fitCell,
        } as React.CSSProperties
      }
    >
      {pipeline && (
        <div className="stage-column stage-column--image">
          <h2 className="stage-heading">Image</h2>
          <ImageGrid />
        </div>
      )}
      {pipeline && (
        <div className="stage-column stage-column--conv-kernel">
          <h2 className="stage-heading">Conv kernel</h2>
          <KernelGrid out={0} channel={0} rows={3} cols={3} label="Kernel of the 3×3 convolution" />
        </div>
      )}
      <div className="stage-column stage-column--input" style={perRow(layout.perRow.input)}>
        <h2 className="stage-heading">{pipeline ? 'Feature map (pooling input)' : 'Input'}</h2>
        <div className={`grid-set${inputs === 1 ? ' grid-set--single' : ''}`} style={trackMin(inputCols)}>
          {Array.from({ length: inputs }, (_, c) => (
            <InputGrid
              key={c}
              channel={c}
              label={pipeline ? 'Input to pooling: the feature map' : channelLabel('Input', c, inputs)}
            />
          ))}
        </div>
      </div>
      <div className="stage-column stage-column--kernel" style={perRow(layout.perRow.kernel)}>
        <h2 className="stage-heading">{pooling ? 'Window' : 'Kernel'}</h2>
        {pipeline ? <PoolWindow /> : <Kernels />}
      </div>
      <div className="stage-column stage-column--output" style={perRow(layout.perRow.output)}>
        <h2 className="stage-heading">Output{relu ? ' (after ReLU)' : ''}</h2>
        <div className={`grid-set${outputs === 1 ? ' grid-set--single' : ''}`} style={trackMin(outputCols)}>
          {Array.from({ length: outputs }, (_, c) => (
            <OutputGrid key={c} channel={c} label={channelLabel('Output', c, outputs)} />
          ))}
        </div>
      </div>
    </div>
  );
});
