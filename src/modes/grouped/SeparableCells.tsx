/**
 * The cells of the separable stage. Each selects one small number from the store (its flags or its
 * status), so a step re-renders only the cells that change, as in the other views.
 */
import { memo, useCallback } from 'react';
import { useStore, type Store } from '../../state/store';
import { operationFor } from '../../state/derived';
import { cellKey, CURRENT, DONE, IN_WINDOW, kernelKey, TERM } from '../../state/highlight';
import { formatValue } from '../../state/cellEntry';
import { concealed, SHOW_VALUE } from '../../state/quizGate';
import { editInputValue, editKernelValue } from '../../state/edits';
import { EditableCell } from '../../components/grid/EditableCell';
import { asSeparable, type SeparableStage } from './separable';
import { separableHighlight } from './separableHighlight';

export const separableOf = (s: Pick<Store, 'config'>) => asSeparable(operationFor(s.config));

/** The read flags of a cell in the grid `stage` reads, 0 while the other stage plays. */
const readFlags = (s: Store, stage: SeparableStage, key: string): number => {
  const h = separableHighlight(s);
  return h.stage === stage ? (h.read.get(key) ?? 0) : 0;
};

export const SeparableInputCell = memo(function SeparableInputCell(props: {
  channel: number;
  row: number;
  col: number;
  value: number;
  padded: boolean;
  tabbable: boolean;
}) {
  const { channel, row, col, value, padded, tabbable } = props;
  const flags = useStore((s) => readFlags(s, 'depthwise', cellKey(channel, row, col)));
  const onCommit = useCallback((v: number) => editInputValue(channel, row, col, v), [channel, row, col]);
  return (
    <EditableCell
      value={value}
      name={padded ? `Padding, row ${row}, column ${col}` : `Input row ${row}, column ${col}`}
      tabbable={tabbable}
      editable={!padded}
      onCommit={onCommit}
      className={[
        'cell cell--input',
        padded && 'cell--padded',
        flags & IN_WINDOW && 'cell--in-window',
        flags & TERM && 'cell--term',
      ]
        .filter(Boolean)
        .join(' ')}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-padded={padded ? 'true' : undefined}
      data-in-window={flags & IN_WINDOW ? 'true' : undefined}
    />
  );
});

const ASKED = 4;

/**
 * A computed cell: the depthwise output (which the pointwise stage then reads) or the final output.
 * `index` is the step, counted through both stages, that computes it.
 */
export const SeparableResultCell = memo(function SeparableResultCell(props: {
  channel: number;
  row: number;
  col: number;
  index: number;
  value: number;
  name: string;
  /** The stage that reads this cell afterwards, if any. */
  readBy?: SeparableStage;
  tabbable: boolean;
}) {
  const { channel, row, col, index, value, name, readBy, tabbable } = props;
  // Status, held back by an open quiz question (bit 2), and the read flags above them.
  const state = useStore((s) => {
    const status = index < s.step ? DONE : index === s.step ? CURRENT : 0;
    const asked = status === CURRENT && concealed(s, SHOW_VALUE) ? ASKED : 0;
    return status | asked | (readBy ? readFlags(s, readBy, cellKey(channel, row, col)) << 3 : 0);
  });
  const seek = useStore((s) => s.seek);
  const status = state & 3;
  const asked = (state & ASKED) !== 0;
  const flags = state >> 3;
  const shown = status !== 0 && !asked;
  const jump = () => seek(index);
  return (
    <div
      role="gridcell"
      tabIndex={tabbable ? 0 : -1}
      className={[
        'cell cell--output',
        status === DONE && 'cell--done',
        status === CURRENT && 'cell--current',
        status === 0 && 'cell--pending',
        asked && 'cell--asked',
        flags & IN_WINDOW && 'cell--in-window',
        flags & TERM && 'cell--term',
      ]
        .filter(Boolean)
        .join(' ')}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-current={status === CURRENT ? 'true' : undefined}
      data-done={status === DONE ? 'true' : undefined}
      data-in-window={flags & IN_WINDOW ? 'true' : undefined}
      aria-label={`${name} row ${row}, column ${col}: ${shown ? formatValue(value) : asked ? 'your prediction?' : 'not computed yet'}`}
      title={`${name} (${row}, ${col}) — click to jump to this step`}
      onClick={jump}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          jump();
        }
      }}
    >
      {/* A cell no step has reached, or the one a quiz question asks, holds no number at all (contract §3). */}
      <span className="cell-value">{shown ? formatValue(value) : ''}</span>
    </div>
  );
});

/** A weight of either stage: the depthwise ones are edited; the pointwise ones come from the seed. */
export const SeparableWeightCell = memo(function SeparableWeightCell(props: {
  stage: SeparableStage;
  out: number;
  /** The input channel it multiplies (a depthwise filter's own channel). */
  channel: number;
  row: number;
  col: number;
  tabbable: boolean;
}) {
  const { stage, out, channel, row, col, tabbable } = props;
  const slice = stage === 'depthwise' ? 0 : channel;
  const value = useStore((s) => {
    const op = separableOf(s);
    const kernel = stage === 'depthwise' ? op.kernel : op.pointwise.kernel!;
    return kernel[out]?.[slice]?.[row]?.[col] ?? 0;
  });
  const flags = useStore((s) => {
    const h = separableHighlight(s);
    return h.stage === stage ? (h.kernel.get(kernelKey(out, slice, row, col)) ?? 0) : 0;
  });
  const onCommit = useCallback((v: number) => editKernelValue(out, 0, row, col, v), [out, row, col]);
  const sign = value > 0 ? 'pos' : value < 0 ? 'neg' : 'zero';
  return (
    <EditableCell
      value={value}
      name={
        stage === 'depthwise'
          ? `Weight row ${row}, column ${col}`
          : `Weight for depthwise channel ${channel + 1}`
      }
      tabbable={tabbable}
      editable={stage === 'depthwise'}
      onCommit={onCommit}
      className={[
        'cell cell--kernel',
        `cell--${sign}`,
        flags & IN_WINDOW && 'cell--active-filter',
        flags & TERM && 'cell--term',
      ]
        .filter(Boolean)
        .join(' ')}
      data-row={row}
      data-col={col}
      data-channel={channel}
      data-filter={out}
    />
  );
});
