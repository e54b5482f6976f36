/**
 * The stage of the window-family views: input (with padding), kernel, and output filling in, in
 * columns as wide as the cells they must fit. Each mode says what its kernel column holds, what the
 * columns are called, and any columns before the input (the pipeline's image and convolution).
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { InputGrid } from '../../components/grid/InputGrid';
import { OutputGrid } from '../../components/grid/OutputGrid';
import type { WindowOperation } from './operation';
import { fitCell, inputColumn, kernelColumn, outputColumn, type FitColumn } from './embedFit';

export interface LeadColumn {
  key: string;
  heading: string;
  /** How many cells across it must fit. */
  cells: number;
  /** How many cells down (for the embed's fit; square when not given). */
  rows?: number;
  content: ReactNode;
}

export interface WindowStageProps {
  lead?: LeadColumn[];
  inputHeading: string;
  inputLabel: (channel: number, count: number) => string;
  inputEditable?: boolean;
  kernelHeading: string;
  kernel: ReactNode;
  /** How many cells across the kernel column must fit. */
  kernelCells: (op: WindowOperation) => number;
  /** The kernel column's grids, for the embed's fit (default: a row of channel slices per filter). */
  kernelFit?: (op: WindowOperation) => FitColumn;
  /** The input and output columns' grids, for the fit (default: channels as near a square as they go). */
  channelFit?: (side: 'input' | 'output', op: WindowOperation) => FitColumn;
  outputHeading: string;
  /** Lays out a column's channel grids in place of the plain set (the grouped view's bands). */
  wrapChannels?: (side: 'input' | 'output', grids: ReactNode[], style: CSSProperties) => ReactNode;
}

export const channelLabel = (base: string, index: number, count: number): string =>
  count > 1 ? `${base} channel ${index + 1}` : base;

/** Several channel grids share a column: each needs room for its cells at their smallest (6px + gap). */
const trackMin = (cols: number) => ({ '--track-min': `${Math.max(7, cols * 0.5)}rem` }) as CSSProperties;

/** Small panels (the kernel, the window) keep a readable minimum however wide the input is. */
const track = (cells: number) => `minmax(${cells <= 7 ? '6.5rem' : '0'}, ${Math.max(cells, 3)}fr)`;

/** Grids per row of a set, in the embed (styles/embed.css). */
const perRow = (column: FitColumn) => ({ '--per-row': column.perRow }) as CSSProperties;

export const WindowStage = memo(function WindowStage({
  lead = [],
  inputHeading,
  inputLabel,
  inputEditable = true,
  kernelHeading,
  kernel,
  kernelCells,
  kernelFit = kernelColumn,
  channelFit = (side, op) => (side === 'input' ? inputColumn(op) : outputColumn(op)),
  outputHeading,
  wrapChannels,
}: WindowStageProps) {
  const inputs = useStore((s) => windowOperationFor(s.config).input.length);
  const outputs = useStore((s) => windowOperationFor(s.config).output.length);
  const inputCols = useStore((s) => {
    const g = windowOperationFor(s.config).geometry;
    return g.inputWidth + g.padding.left + g.padding.right;
  });
  const outputCols = useStore((s) => windowOperationFor(s.config).geometry.outWidth);
  const kernelCols = useStore((s) => kernelCells(windowOperationFor(s.config)));
  const columns = [
    ...lead.map((c) => c.cells),
    inputCols * Math.min(inputs, 2),
    kernelCols,
    outputCols * Math.min(outputs, 2),
  ]
    .map(track)
    .join(' ');

  const op = useStore((s) => windowOperationFor(s.config));
  const fitColumns = [channelFit('input', op), kernelFit(op), channelFit('output', op)] as const;
  const fit = fitCell([
    ...lead.map((c) => ({ rows: c.rows ?? c.cells, cols: c.cells, count: 1, perRow: 1 })),
    ...fitColumns,
  ]);

  const channelSet = (
    side: 'input' | 'output',
    count: number,
    style: CSSProperties,
    grid: (channel: number) => ReactNode,
  ) => {
    const grids = Array.from({ length: count }, (_, c) => grid(c));
    if (wrapChannels) return wrapChannels(side, grids, style);
    return (
      <div className={`grid-set${count === 1 ? ' grid-set--single' : ''}`} style={style}>
        {grids}
      </div>
    );
  };

  return (
    <div
      className="stage stage--fit"
      style={{ '--stage-columns': columns, '--fit-cell': fit } as CSSProperties}
    >
      {lead.map((column) => (
        <div key={column.key} className={`stage-column stage-column--${column.key}`}>
          <h2 className="stage-heading">{column.heading}</h2>
          {column.content}
        </div>
      ))}
      <div className="stage-column stage-column--input" style={perRow(fitColumns[0])}>
        <h2 className="stage-heading">{inputHeading}</h2>
        {channelSet('input', inputs, trackMin(inputCols), (c) => (
          <InputGrid key={c} channel={c} label={inputLabel(c, inputs)} editable={inputEditable} />
        ))}
      </div>
      <div className="stage-column stage-column--kernel" style={perRow(fitColumns[1])}>
        <h2 className="stage-heading">{kernelHeading}</h2>
        {kernel}
      </div>
      <div className="stage-column stage-column--output" style={perRow(fitColumns[2])}>
        <h2 className="stage-heading">{outputHeading}</h2>
        {channelSet('output', outputs, trackMin(outputCols), (c) => (
          <OutputGrid key={c} channel={c} label={channelLabel('Output', c, outputs)} />
        ))}
      </div>
    </div>
  );
});
