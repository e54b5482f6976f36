/**
 * The depthwise-separable block on one stage, both steps visible: input → k×k depthwise kernels (one
 * per channel) → the depthwise output, which the 1×1 pointwise filters then read → output. The step
 * counter runs through the depthwise steps first, then the pointwise ones; the stage playing is
 * named in its column headings and marked (data-active-stage) with a bar and a ▶.
 */
import { memo, useCallback, type CSSProperties } from 'react';
import { useStore } from '../../state/store';
import { Grid } from '../../components/grid/Grid';
import { BiasFields } from '../window/BiasFields';
import { SeparableInputCell, SeparableResultCell, SeparableWeightCell, separableOf } from './SeparableCells';
import { separableHighlight } from './separableHighlight';
import type { SeparableStage as StageName } from './separable';
import { fitCell, type FitColumn } from '../window/embedFit';

const channelName = (base: string, c: number, count: number) =>
  count > 1 ? `${base} channel ${c + 1}` : base;
const track = (cells: number) => `minmax(${cells <= 7 ? '6.5rem' : '0'}, ${Math.max(cells, 3)}fr)`;
const trackMin = (cols: number) => ({ '--track-min': `${Math.max(7, cols * 0.5)}rem` }) as CSSProperties;

const InputGrid = memo(function InputGrid({ channel, label }: { channel: number; label: string }) {
  const g = useStore((s) => separableOf(s).depthwise.geometry);
  const plane = useStore((s) => separableOf(s).input[channel]);
  const { top, bottom, left, right } = g.padding;
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => {
      const value = plane?.[row]?.[col];
      return (
        <SeparableInputCell
          key={`${row}:${col}`}
          channel={channel}
          row={row}
          col={col}
          value={value ?? 0}
          padded={value === undefined}
          tabbable={tabbable}
        />
      );
    },
    [channel, plane],
  );
  return (
    <Grid
      label={`${label}, ${g.inputHeight} by ${g.inputWidth}`}
      className="grid-figure--input"
      rowStart={-top}
      colStart={-left}
      rows={g.inputHeight + top + bottom}
      cols={g.inputWidth + left + right}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});

/** A computed map: the depthwise output (`first` = 0, read by the pointwise stage) or the final output. */
const ResultGrid = memo(function ResultGrid(props: {
  stage: StageName;
  channel: number;
  label: string;
  cellName: string;
}) {
  const { stage, channel, label, cellName } = props;
  const g = useStore((s) => separableOf(s)[stage].geometry);
  const plane = useStore((s) => separableOf(s)[stage].output[channel]);
  const first = useStore((s) => (stage === 'depthwise' ? 0 : separableOf(s).depthwise.stepCount));
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <SeparableResultCell
        key={`${row}:${col}`}
        channel={channel}
        row={row}
        col={col}
        index={first + (channel * g.outHeight + row) * g.outWidth + col}
        value={plane?.[row]?.[col] ?? 0}
        name={cellName}
        {...(stage === 'depthwise' && { readBy: 'pointwise' as const })}
        tabbable={tabbable}
      />
    ),
    [channel, plane, first, g, stage, cellName],
  );
  return (
    <Grid
      label={`${label}, ${g.outHeight} by ${g.outWidth}`}
      className="grid-figure--output"
      rowStart={0}
      colStart={0}
      rows={g.outHeight}
      cols={g.outWidth}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});

const DepthwiseKernel = memo(function DepthwiseKernel({
  channel,
  rows,
  cols,
}: {
  channel: number;
  rows: number;
  cols: number;
}) {
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <SeparableWeightCell
        key={`${row}:${col}`}
        stage="depthwise"
        out={channel}
        channel={channel}
        row={row}
        col={col}
        tabbable={tabbable}
      />
    ),
    [channel],
  );
  const label = `Kernel filter ${channel + 1}, channel ${channel + 1}`;
  return (
    <Grid
      label={`${label}, ${rows} by ${cols}`}
      className="grid-figure--kernel"
      rowStart={0}
      colStart={0}
      rows={rows}
      cols={cols}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});

/** A 1×1 filter drawn as a column of C_in weights, one per depthwise channel. */
const PointwiseFilter = memo(function PointwiseFilter({ out, channels }: { out: number; channels: number }) {
  const renderCell = useCallback(
    (channel: number, _col: number, tabbable: boolean) => (
      <SeparableWeightCell
        key={channel}
        stage="pointwise"
        out={out}
        channel={channel}
        row={0}
        col={0}
        tabbable={tabbable}
      />
    ),
    [out],
  );
  return (
    <Grid
      label={`Kernel pointwise filter ${out + 1}, 1 by 1 by ${channels}`}
      className="grid-figure--kernel grid-figure--filter"
      rowStart={0}
      colStart={0}
      rows={channels}
      cols={1}
      renderCell={renderCell}
      caption={<span className="grid-caption">Filter {out + 1}</span>}
    />
  );
});

export const SeparableStage = memo(function SeparableStage() {
  const shape = useStore((s) => {
    const op = separableOf(s);
    const d = op.depthwise.geometry;
    return [
      op.input.length,
      op.output.length,
      d.inputWidth + d.padding.left + d.padding.right,
      d.kernelHeight,
      d.kernelWidth,
      d.outWidth,
      d.inputHeight + d.padding.top + d.padding.bottom,
      d.outHeight,
    ].join(':');
  });
  const [ins, outs, inputCols, kh, kw, midCols, inputRows, midRows] = shape
    .split(':')
    .map(Number) as number[] as [number, number, number, number, number, number, number, number];
  // The embed's and presentation's one cell size (modes/window/embedFit.ts): channels two to a
  // row; a few small kernels and maps in a column, which leaves the width to the input.
  const square = (n: number) => Math.ceil(Math.sqrt(n));
  const narrow = (n: number) => (n <= 3 ? 1 : square(n));
  const fit: FitColumn[] = [
    { rows: inputRows, cols: inputCols, count: ins, perRow: square(ins) },
    { rows: kh, cols: kw, count: ins, perRow: narrow(ins) },
    { rows: midRows, cols: midCols, count: ins, perRow: narrow(ins) },
    { rows: ins, cols: 1, count: outs, perRow: outs },
    { rows: midRows, cols: midCols, count: outs, perRow: square(outs) },
  ];
  const perRow = (i: number) => ({ '--per-row': fit[i]!.perRow }) as CSSProperties;
  const active = useStore((s) => separableHighlight(s).stage);
  const columns = [
    inputCols * Math.min(ins, 2),
    Math.max(3, kw) * Math.min(ins, 2),
    midCols * Math.min(ins, 2),
    3,
    midCols * Math.min(outs, 2),
  ]
    .map(track)
    .join(' ');
  const stageMark = (stage: StageName) => ({
    'data-stage': stage,
    'data-active-stage': active === stage ? 'true' : undefined,
  });
  return (
    <div
      className={`stage stage--fit stage--separable stage--playing-${active}`}
      style={{ '--stage-columns': columns, '--fit-cell': fitCell(fit) } as CSSProperties}
    >
      <div className="stage-column stage-column--input" style={perRow(0)} {...stageMark('depthwise')}>
        <h2 className="stage-heading">Input</h2>
        <div className={`grid-set${ins === 1 ? ' grid-set--single' : ''}`} style={trackMin(inputCols)}>
          {Array.from({ length: ins }, (_, c) => (
            <InputGrid key={c} channel={c} label={channelName('Input', c, ins)} />
          ))}
        </div>
      </div>
      <div className="stage-column stage-column--kernel" style={perRow(1)} {...stageMark('depthwise')}>
        <h2 className="stage-heading">
          Stage 1: depthwise {kh}×{kw}
        </h2>
        <div className="grid-set grid-set--kernels">
          {Array.from({ length: ins }, (_, c) => (
            <DepthwiseKernel key={c} channel={c} rows={kh} cols={kw} />
          ))}
        </div>
      </div>
      <div className="stage-column stage-column--middle" style={perRow(2)} data-stage="both">
        <h2 className="stage-heading">Depthwise output → pointwise input</h2>
        <div className={`grid-set${ins === 1 ? ' grid-set--single' : ''}`} style={trackMin(midCols)}>
          {Array.from({ length: ins }, (_, c) => (
            <ResultGrid
              key={c}
              stage="depthwise"
              channel={c}
              label={`Output of stage 1, channel ${c + 1}`}
              cellName="Depthwise output"
            />
          ))}
        </div>
      </div>
      <div className="stage-column stage-column--kernel" style={perRow(3)} {...stageMark('pointwise')}>
        <h2 className="stage-heading">Stage 2: pointwise 1×1</h2>
        <div className="grid-set grid-set--filters">
          {Array.from({ length: outs }, (_, o) => (
            <PointwiseFilter key={o} out={o} channels={ins} />
          ))}
        </div>
        <BiasFields />
      </div>
      <div className="stage-column stage-column--output" style={perRow(4)} {...stageMark('pointwise')}>
        <h2 className="stage-heading">Output</h2>
        <div className={`grid-set${outs === 1 ? ' grid-set--single' : ''}`} style={trackMin(midCols)}>
          {Array.from({ length: outs }, (_, o) => (
            <ResultGrid
              key={o}
              stage="pointwise"
              channel={o}
              label={channelName('Output', o, outs)}
              cellName="Output"
            />
          ))}
        </div>
      </div>
    </div>
  );
});
