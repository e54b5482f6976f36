/** The selected cell and what it sees, read from the store: the step is the selection. */
import { useMemo } from 'react';
import { stackRegions, type InputRect, type StackRegion } from '../../compute';
import { operationFor } from '../../state/derived';
import { useStore } from '../../state/store';
import { asStack, type StackCell, type StackOperation } from './operation';

export function useStackOperation(): StackOperation {
  return useStore((s) => asStack(operationFor(s.config)));
}

export function useSelection(): { op: StackOperation; cell: StackCell; regions: StackRegion[] } {
  const op = useStackOperation();
  const step = useStore((s) => s.step);
  return useMemo(() => {
    const cell = op.cellAt(step);
    return { op, cell, regions: stackRegions(op.stack, cell.layer, cell.row, cell.col) };
  }, [op, step]);
}

const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** "sees rows 2–6, columns 0–4 of the input", from the input map's clipped region. */
export function seesText(input: InputRect | null | undefined): string {
  if (!input) return 'sees nothing of the input';
  return `sees rows ${span(input.top, input.bottom)}, columns ${span(input.left, input.right)} of the input`;
}

/** The cursor's spoken name for a cell: where it is, and what of the input it sees. */
export function cellText(op: StackOperation, cell: StackCell): string {
  const input = stackRegions(op.stack, cell.layer, cell.row, cell.col)[0]?.clipped;
  return `layer ${cell.layer}, row ${cell.row}, column ${cell.col}, ${seesText(input)}`;
}
