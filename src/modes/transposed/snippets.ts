/** "Same in code" for the transposed view; loaded with the view. */
import { transposeSnippets } from '../../compute';
import { asTransposed } from './operation';
import type { Config } from '../types';
import type { Operation } from '../operation';
import type { Snippets } from '../../compute';

export const snippets = (_c: Config, op: Operation): Snippets =>
  transposeSnippets({ geometry: asTransposed(op).geometry, bias: false });
