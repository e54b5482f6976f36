/** "Same in code" for the pointwise view; loaded with the view. */
import { windowSnippets } from '../window/snippets';
import type { Config } from '../types';
import type { Operation } from '../operation';
import type { Snippets } from '../../compute';

export const snippets = (c: Config, op: Operation): Snippets => windowSnippets(c, op, { relu: c.relu });
