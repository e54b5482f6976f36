/** What the window-family modes share: how a step reads in the status line. */
import { formatValue } from '../../state/cellEntry';
import type { OperationBase } from '../operation';
import { asWindow } from './operation';

/** "output channel 2 (1, 3) = 4": what the step at `index` wrote, as the view shows it. */
export function describeWindowStep(op: OperationBase, index: number): string {
  const w = asWindow(op);
  const { out, result } = w.stepAt(index);
  const channel = w.output.length > 1 ? ` channel ${out.channel + 1}` : '';
  const value = w.shownOutput[out.channel]?.[out.row]?.[out.col] ?? 0;
  // Where ReLU applies (shownOutput is then its own array), say what it clipped, so a 0 makes sense.
  const clipped = w.shownOutput !== w.output && result < 0 ? ` (ReLU of ${formatValue(result)})` : '';
  return `output${channel} (${out.row}, ${out.col}) = ${formatValue(value)}${clipped}`;
}
