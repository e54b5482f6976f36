/** ReLU, max(0, x): the non-linearity that usually follows a convolution. */
import type { Tensor3 } from './types';

export function relu(value: number): number {
  return value > 0 ? value : 0;
}

export function relu3(t: Tensor3): Tensor3 {
  return t.map((plane) => plane.map((row) => row.map(relu)));
}
