/** "Same in code" for the grouped view; loaded with the view. */
import { layerSnippets, separableSnippets } from '../../compute';
import { asWindow } from '../window/operation';
import { asSeparable } from './separable';
import type { Config } from '../types';
import type { Operation } from '../operation';
import type { Snippets } from '../../compute';

export const snippets = (c: Config, op: Operation): Snippets => {
  const paddingName = typeof c.pad === 'string' ? c.pad : null;
  if (op.family === 'separable') {
    const s = asSeparable(op);
    return separableSnippets({
      inChannels: c.cin,
      outChannels: c.cout,
      geometry: s.depthwise.geometry,
      paddingName,
      bias: c.bias,
    });
  }
  const w = asWindow(op);
  return layerSnippets({
    kind: 'conv',
    inChannels: c.cin,
    outChannels: c.cout,
    geometry: w.geometry,
    paddingName,
    convBefore: false,
    groups: c.groups,
    bias: c.bias,
  });
};
