/** "Same in code" for the window-family views; loaded with a view, not before. */
import { layerSnippets, type LayerDescription, type Snippets } from '../../compute';
import type { OperationBase } from '../operation';
import type { Config } from '../types';
import { asWindow } from './operation';

/** `extra`: what a view adds to the layer (the pointwise view's ReLU). */
export function windowSnippets(
  config: Config,
  op: OperationBase,
  extra: Pick<LayerDescription, 'relu'> = {},
): Snippets {
  const w = asWindow(op);
  return layerSnippets({
    kind: w.kind,
    inChannels: w.input.length,
    outChannels: w.output.length,
    geometry: w.geometry,
    paddingName: typeof config.pad === 'string' ? config.pad : null,
    convBefore: w.pipeline !== null,
    ...extra,
    bias: w.bias !== null,
  });
}
