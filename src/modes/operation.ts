/**
 * What the shell needs of any operation: how many steps it has, and the values it reads and makes.
 * Each family of modes extends this with its own shape (windows for convolution and pooling,
 * stamps for transposed convolution) and narrows to it with a checked cast, never a silent one.
 */
import type { Tensor3, Tensor4 } from '../compute';

export interface OperationBase {
  /** Which family of views draws it; checked whenever a view narrows to its own operation type. */
  family: string;
  stepCount: number;
  /** The values the steps read. */
  input: Tensor3;
  /** Weights [out][in][row][col] in the layout the view draws; null where there are none. */
  kernel: Tensor4 | null;
  output: Tensor3;
}

export type Operation = OperationBase;

/** Narrows an operation to a family's own type; a mismatch is a wiring error and says so. */
export function narrowOperation<T extends OperationBase>(op: OperationBase, family: T['family']): T {
  if (op.family !== family)
    throw new Error(`Expected a ${family} operation, got a ${op.family} one: this view does not draw it.`);
  return op as T;
}
