/** The transposed view: small input, kernels, large output — as stamps (scatter) or as a convolution (gather). */
import { memo, type CSSProperties } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { CodePanel } from '../../components/panels/CodePanel';
import { asTransposed } from './operation';
import { SmallInputGrid, StampKernelGrid, SumOutputGrid } from './ScatterGrids';
import { CanvasGrid, GatherOutputGrid, RotatedKernelGrid } from './GatherGrids';
import { TransposedArithmetic } from './Arithmetic';
import { OverlapPanel } from './OverlapPanel';
import { ShapeMathPanel } from './ShapeMathPanel';
import { Explanation } from './Explanation';
import { fitCell, type FitColumn } from '../window/embedFit';
import './transposed.css';

const channelName = (base: string, index: number, count: number) =>
  count > 1 ? `${base} channel ${index + 1}` : base;
const kernelName = (inChannel: number, outChannel: number, ins: number, outs: number) =>
  ins * outs === 1 ? 'Kernel' : `Kernel filter ${outChannel + 1}, channel ${inChannel + 1}`;

/** Column widths in proportion to the cells each must fit, as in the other views. */
const track = (cells: number) => `minmax(${cells <= 7 ? '6.5rem' : '0'}, ${Math.max(cells, 3)}fr)`;

export const Stage = memo(function Stage() {
  const view = useStore((s) => s.config.view);
  const shape = useStore((s) => {
    const op = asTransposed(operationFor(s.config));
    const g = op.geometry;
    const scatter = view === 'scatter';
    return [
      g.inChannels,
      g.outChannels,
      scatter ? g.inputWidth : op.gather.width,
      g.kernelWidth,
      scatter ? g.fullWidth : g.outWidth,
      scatter ? g.inputHeight : op.gather.height,
      g.kernelHeight,
      scatter ? g.fullHeight : g.outHeight,
    ].join(':');
  });
  const [ins, outs, inputWidth, kernelWidth, outWidth, inputHeight, kernelHeight, outHeight] = shape
    .split(':')
    .map(Number) as number[] as [number, number, number, number, number, number, number, number];
  // The embed's and presentation's one cell size (modes/window/embedFit.ts); kernels in [in][out] order.
  const square = (n: number) => Math.ceil(Math.sqrt(n));
  const fit: FitColumn[] = [
    { rows: inputHeight, cols: inputWidth, count: ins, perRow: square(ins) },
    { rows: kernelHeight, cols: kernelWidth, count: ins * outs, perRow: ins },
    { rows: outHeight, cols: outWidth, count: outs, perRow: square(outs) },
  ];
  const perRow = (column: FitColumn) => ({ '--per-row': column.perRow }) as CSSProperties;
  const columns = [
    inputWidth * Math.min(ins, 2),
    Math.max(3, kernelWidth) * Math.min(ins * outs, 2),
    outWidth * Math.min(outs, 2),
  ]
    .map(track)
    .join(' ');
  const min = (cols: number) => ({ '--track-min': `${Math.max(7, cols * 0.5)}rem` }) as CSSProperties;
  const kernels = [];
  for (let o = 0; o < outs; o++)
    for (let c = 0; c < ins; c++) {
      const label = kernelName(c, o, ins, outs);
      kernels.push(
        view === 'scatter' ? (
          <StampKernelGrid key={`${c}:${o}`} inChannel={c} outChannel={o} label={label} />
        ) : (
          <RotatedKernelGrid key={`${c}:${o}`} inChannel={c} outChannel={o} label={label} />
        ),
      );
    }
  return (
    <div
      className={`stage stage--fit stage--transposed stage--${view}`}
      style={{ '--stage-columns': columns, '--fit-cell': fitCell(fit) } as CSSProperties}
    >
      <div className="stage-column stage-column--input" style={perRow(fit[0]!)}>
        <h2 className="stage-heading">
          {view === 'scatter' ? 'Input (small)' : 'Input, stretched with zeros'}
        </h2>
        <div className={`grid-set${ins === 1 ? ' grid-set--single' : ''}`} style={min(inputWidth)}>
          {Array.from({ length: ins }, (_, c) =>
            view === 'scatter' ? (
              <SmallInputGrid key={c} channel={c} label={channelName('Input (small)', c, ins)} />
            ) : (
              <CanvasGrid key={c} channel={c} label={channelName('Input', c, ins)} />
            ),
          )}
        </div>
      </div>
      <div className="stage-column stage-column--kernel" style={perRow(fit[1]!)}>
        <h2 className="stage-heading">{view === 'scatter' ? 'Kernel' : 'Kernel, rotated 180°'}</h2>
        <div className={`grid-set grid-set--kernels${kernels.length === 1 ? ' grid-set--single' : ''}`}>
          {kernels}
        </div>
      </div>
      <div className="stage-column stage-column--output" style={perRow(fit[2]!)}>
        <h2 className="stage-heading">Output (large)</h2>
        <div className={`grid-set${outs === 1 ? ' grid-set--single' : ''}`} style={min(outWidth)}>
          {Array.from({ length: outs }, (_, o) =>
            view === 'scatter' ? (
              <SumOutputGrid key={o} channel={o} label={channelName('Output (large)', o, outs)} />
            ) : (
              <GatherOutputGrid key={o} channel={o} label={channelName('Output (large)', o, outs)} />
            ),
          )}
        </div>
      </div>
    </div>
  );
});

export function Arithmetic() {
  return <TransposedArithmetic />;
}

export function Explainers() {
  return (
    <>
      <OverlapPanel />
      <ShapeMathPanel />
      <Explanation />
      <CodePanel />
    </>
  );
}

export { snippets } from './snippets';
export { transposedPresets as kernelPresets } from './presets';
export { transposedQuiz as quiz } from './quiz';
