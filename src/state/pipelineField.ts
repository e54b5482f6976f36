/** For the classic pipeline: the image rectangle one pooling output depends on, via the compute module. */
import { fieldRect, receptiveField, type InputRect, type LayerField } from '../compute';
import { effectiveStride, PIPELINE_CONV_KERNEL, type Config } from './config';
import { windowOperationFor } from './derived';

const fields = new WeakMap<Config, LayerField | null>();

function fieldFor(config: Config): LayerField | null {
  if (!config.pipeline) return null;
  let field = fields.get(config);
  if (field === undefined) {
    // The pool's resolved padding (named padding included); receptive fields start at its top/left.
    const { top, left } = windowOperationFor(config).geometry.padding;
    const layers = receptiveField(
      [
        { kind: 'conv', kernelSize: PIPELINE_CONV_KERNEL },
        { kind: 'pool', kernelSize: config.k, stride: effectiveStride(config), padding: [top, left] },
      ],
      config.size,
    );
    field = layers[1] ?? null;
    fields.set(config, field);
  }
  return field;
}

export function pipelineFieldOf(config: Config, outRow: number, outCol: number): InputRect | null {
  const field = fieldFor(config);
  if (!field) return null;
  try {
    return fieldRect(field, outRow, outCol, config.size).clipped;
  } catch {
    return null;
  }
}
