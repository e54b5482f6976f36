/**
 * The gather view's grids: the stretched, padded input (inserted zeros, padding zeros and output
 * padding each marked by a pattern and a name, not colour alone), the kernels rotated 180°, and the
 * output filling in one cell per step as in any convolution.
 */
import { memo, useCallback } from 'react';
import type { GatherCellKind } from '../../compute';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { formatValue } from '../../state/cellEntry';
import { concealed, SHOW_VALUE } from '../../state/quizGate';
import { Grid } from '../../components/grid/Grid';
import { asTransposed } from './operation';
import { CURRENT, key, LIT, stampHighlight, WRITTEN } from './highlight';
import { StampCell } from './StampCell';

const opOf = (s: Parameters<typeof operationFor>[0]) => asTransposed(operationFor(s));

const KIND_NAMES: Record<GatherCellKind, string> = {
  input: 'Input',
  inserted: 'Inserted zero',
  padding: 'Padding zero',
  outpad: 'Output-padding zero',
};

const CanvasCell = memo(function CanvasCell(props: {
  channel: number;
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const { channel, row, col, tabbable } = props;
  const gather = useStore((s) => opOf(s.config).gather);
  const kind = gather.kinds[row]![col]!;
  const source = gather.source[row]![col];
  const value = gather.input[channel]![row]![col]!;
  const flags = useStore((s) => stampHighlight(s).input.get(key(channel, row, col)) ?? 0);
  const where = source ? ` (${source.row}, ${source.col})` : '';
  return (
    <StampCell
      grid="input"
      channel={channel}
      row={row}
      col={col}
      text={formatValue(value)}
      name={`${KIND_NAMES[kind]}${where}, row ${row} column ${col}`}
      className={[
        'cell cell--input',
        `cell--kind-${kind}`,
        kind !== 'input' && 'cell--padded',
        flags & WRITTEN && 'cell--in-window',
        flags & LIT && 'cell--lit',
      ]
        .filter(Boolean)
        .join(' ')}
      data-kind={kind}
      data-source={source ? `${source.row},${source.col}` : undefined}
      data-padded={kind === 'padding' || kind === 'outpad' ? 'true' : undefined}
      data-in-window={flags & WRITTEN ? 'true' : undefined}
      tabbable={tabbable}
    />
  );
});

export const CanvasGrid = memo(function CanvasGrid({ channel, label }: { channel: number; label: string }) {
  const height = useStore((s) => opOf(s.config).gather.height);
  const width = useStore((s) => opOf(s.config).gather.width);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <CanvasCell key={`${row}:${col}`} channel={channel} row={row} col={col} tabbable={tabbable} />
    ),
    [channel],
  );
  return (
    <Grid
      label={`${label}, stretched and padded to ${height} by ${width}`}
      className="grid-figure--input"
      rowStart={0}
      colStart={0}
      rows={height}
      cols={width}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});

const RotatedWeightCell = memo(function RotatedWeightCell(props: {
  inChannel: number;
  outChannel: number;
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const { inChannel, outChannel, row, col, tabbable } = props;
  const value = useStore((s) => opOf(s.config).gather.weight[outChannel]![inChannel]![row]![col]!);
  const active = useStore((s) => stampHighlight(s).kernels.has(`${inChannel}:${outChannel}`));
  const sign = value > 0 ? 'pos' : value < 0 ? 'neg' : 'zero';
  return (
    <StampCell
      grid="input"
      channel={-1}
      row={row}
      col={col}
      text={formatValue(value)}
      name={`Rotated weight row ${row} column ${col}`}
      className={`cell cell--kernel cell--${sign}${active ? ' cell--active-filter' : ''}`}
      data-filter={outChannel}
      data-channel={inChannel}
      tabbable={tabbable}
    />
  );
});

export const RotatedKernelGrid = memo(function RotatedKernelGrid(props: {
  inChannel: number;
  outChannel: number;
  label: string;
}) {
  const { inChannel, outChannel, label } = props;
  const rows = useStore((s) => opOf(s.config).geometry.kernelHeight);
  const cols = useStore((s) => opOf(s.config).geometry.kernelWidth);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <RotatedWeightCell
        key={`${row}:${col}`}
        inChannel={inChannel}
        outChannel={outChannel}
        row={row}
        col={col}
        tabbable={tabbable}
      />
    ),
    [inChannel, outChannel],
  );
  return (
    <Grid
      label={`${label}, rotated 180°, ${rows} by ${cols}`}
      className="grid-figure--kernel"
      rowStart={0}
      colStart={0}
      rows={rows}
      cols={cols}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label} (rotated 180°)</span>}
    />
  );
});

const GatherOutputCell = memo(function GatherOutputCell(props: {
  channel: number;
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const { channel, row, col, tabbable } = props;
  const index = useStore((s) => {
    const g = opOf(s.config).geometry;
    return (channel * g.outHeight + row) * g.outWidth + col;
  });
  const value = useStore((s) => opOf(s.config).output[channel]![row]![col]!);
  const status = useStore((s) => (index < s.step ? 'done' : index === s.step ? 'current' : 'pending'));
  // The cell an open quiz question asks about: no number until it is answered.
  const asked = useStore((s) => index === s.step && concealed(s, SHOW_VALUE));
  const flags = useStore((s) => stampHighlight(s).output.get(key(channel, row, col)) ?? 0);
  const seek = useStore((s) => s.seek);
  return (
    <StampCell
      grid="output"
      channel={channel}
      row={row}
      col={col}
      text={status === 'pending' || asked ? null : formatValue(value)}
      {...(asked && { missing: 'your prediction?' })}
      name={`Output row ${row} column ${col}`}
      className={`cell cell--output cell--${status}${asked ? ' cell--asked' : ''}${flags & CURRENT && status !== 'current' ? ' cell--inspected' : ''}`}
      data-current={status === 'current' ? 'true' : undefined}
      data-done={status === 'done' ? 'true' : undefined}
      tabbable={tabbable}
      onActivate={() => seek(index)}
    />
  );
});

export const GatherOutputGrid = memo(function GatherOutputGrid({
  channel,
  label,
}: {
  channel: number;
  label: string;
}) {
  const rows = useStore((s) => opOf(s.config).geometry.outHeight);
  const cols = useStore((s) => opOf(s.config).geometry.outWidth);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <GatherOutputCell key={`${row}:${col}`} channel={channel} row={row} col={col} tabbable={tabbable} />
    ),
    [channel],
  );
  return (
    <Grid
      label={`${label}, ${rows} by ${cols}`}
      className="grid-figure--output"
      rowStart={0}
      colStart={0}
      rows={rows}
      cols={cols}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});
