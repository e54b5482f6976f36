/**
 * The scatter view's grids: the small input (the cell being spread is current), the kernels the
 * user edits in PyTorch's [in][out] layout, and the large output holding running sums, with the
 * border that padding cuts off drawn as ghost cells.
 */
import { memo, useCallback } from 'react';
import { useStore } from '../../state/store';
import { operationFor } from '../../state/derived';
import { formatValue } from '../../state/cellEntry';
import { editInputValue, editKernelValue } from '../../state/edits';
import { Grid } from '../../components/grid/Grid';
import { EditableCell } from '../../components/grid/EditableCell';
import { asTransposed } from './operation';
import { CURRENT, key, LIT, stampHighlight, WRITTEN } from './highlight';
import { StampCell } from './StampCell';

const opOf = (s: Parameters<typeof operationFor>[0]) => asTransposed(operationFor(s));

const SmallInputCell = memo(function SmallInputCell(props: {
  channel: number;
  row: number;
  col: number;
  value: number;
  tabbable: boolean;
}) {
  const { channel, row, col, value, tabbable } = props;
  const flags = useStore((s) => stampHighlight(s).input.get(key(channel, row, col)) ?? 0);
  const spread = useStore((s) => {
    const g = opOf(s.config).geometry;
    return (channel * g.inputHeight + row) * g.inputWidth + col < s.step;
  });
  const setHover = useStore((s) => s.setHover);
  const onCommit = useCallback((v: number) => editInputValue(channel, row, col, v), [channel, row, col]);
  return (
    <EditableCell
      value={value}
      name={`Input row ${row} column ${col}`}
      tabbable={tabbable}
      editable
      onCommit={onCommit}
      className={[
        'cell cell--input',
        flags & CURRENT && 'cell--in-window cell--spreading',
        spread && 'cell--spread',
        flags & LIT && 'cell--lit',
      ]
        .filter(Boolean)
        .join(' ')}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-current={flags & CURRENT ? 'true' : undefined}
      onPointerEnter={() => setHover({ grid: 'input', channel, row, col })}
      onPointerLeave={() => setHover(null)}
    />
  );
});

export const SmallInputGrid = memo(function SmallInputGrid({
  channel,
  label,
}: {
  channel: number;
  label: string;
}) {
  const plane = useStore((s) => opOf(s.config).input[channel]!);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <SmallInputCell
        key={`${row}:${col}`}
        channel={channel}
        row={row}
        col={col}
        value={plane[row]![col]!}
        tabbable={tabbable}
      />
    ),
    [channel, plane],
  );
  return (
    <Grid
      label={`${label}, ${plane.length} by ${plane[0]!.length}`}
      className="grid-figure--input"
      rowStart={0}
      colStart={0}
      rows={plane.length}
      cols={plane[0]!.length}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});

const StampKernelCell = memo(function StampKernelCell(props: {
  inChannel: number;
  outChannel: number;
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const { inChannel, outChannel, row, col, tabbable } = props;
  const value = useStore((s) => opOf(s.config).kernel[inChannel]![outChannel]![row]![col]!);
  const active = useStore((s) => stampHighlight(s).kernels.has(`${inChannel}:${outChannel}`));
  const onCommit = useCallback(
    (v: number) => editKernelValue(inChannel, outChannel, row, col, v),
    [inChannel, outChannel, row, col],
  );
  const sign = value > 0 ? 'pos' : value < 0 ? 'neg' : 'zero';
  return (
    <EditableCell
      value={value}
      name={`Weight row ${row} column ${col}`}
      tabbable={tabbable}
      editable
      onCommit={onCommit}
      className={`cell cell--kernel cell--${sign}${active ? ' cell--active-filter' : ''}`}
      data-row={row}
      data-col={col}
      data-channel={inChannel}
      data-filter={outChannel}
    />
  );
});

export const StampKernelGrid = memo(function StampKernelGrid(props: {
  inChannel: number;
  outChannel: number;
  label: string;
}) {
  const { inChannel, outChannel, label } = props;
  const rows = useStore((s) => opOf(s.config).geometry.kernelHeight);
  const cols = useStore((s) => opOf(s.config).geometry.kernelWidth);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <StampKernelCell
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

const SumCell = memo(function SumCell(props: {
  channel: number;
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const { channel, row, col, tabbable } = props;
  const text = useStore((s) => {
    const op = opOf(s.config);
    const g = op.geometry;
    const sums = op.sumsAt(s.step);
    const [r, c] = [row + g.padRow, col + g.padCol];
    return sums.fullReached[channel]![r]![c]! ? formatValue(sums.fullSums[channel]![r]![c]!) : null;
  });
  const ghost = useStore((s) => {
    const g = opOf(s.config).geometry;
    return row < 0 || col < 0 || row >= g.outHeight || col >= g.outWidth;
  });
  const flags = useStore((s) => stampHighlight(s).output.get(key(channel, row, col)) ?? 0);
  return (
    <StampCell
      grid="output"
      channel={channel}
      row={row}
      col={col}
      text={text}
      name={ghost ? `Cut off by padding, row ${row} column ${col}` : `Output row ${row} column ${col}`}
      className={[
        'cell cell--output',
        text === null ? 'cell--pending' : 'cell--done',
        ghost && 'cell--ghost',
        flags & WRITTEN && 'cell--in-window',
      ]
        .filter(Boolean)
        .join(' ')}
      data-padded={ghost ? 'true' : undefined}
      data-in-window={flags & WRITTEN ? 'true' : undefined}
      tabbable={tabbable}
    />
  );
});

export const SumOutputGrid = memo(function SumOutputGrid({
  channel,
  label,
}: {
  channel: number;
  label: string;
}) {
  const g = useStore((s) => opOf(s.config).geometry);
  const renderCell = useCallback(
    (row: number, col: number, tabbable: boolean) => (
      <SumCell key={`${row}:${col}`} channel={channel} row={row} col={col} tabbable={tabbable} />
    ),
    [channel],
  );
  const cropped = g.padRow + g.padCol > 0 ? `; the hatched border is cut off by padding ${g.padRow}` : '';
  return (
    <Grid
      label={`${label}, ${g.outHeight} by ${g.outWidth}${cropped}`}
      className="grid-figure--output"
      rowStart={-g.padRow}
      colStart={-g.padCol}
      rows={g.fullHeight}
      cols={g.fullWidth}
      renderCell={renderCell}
      caption={<span className="grid-caption">{label}</span>}
    />
  );
});
