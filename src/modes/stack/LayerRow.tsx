/** One layer of the stack as a row of its own fields, with buttons to move and remove it. */
import { memo } from 'react';
import type { LayerStack, StackLayer } from '../../compute';
import { NumberField } from '../../components/controls/NumberField';
import { STACK_LIMITS } from './codec';
import { changeStack, moveLayer, removeLayer, updateLayer } from './edits';

type RowKind = 'conv' | 'pointwise' | 'pool' | 'transposed';
const KIND_LABELS: Record<RowKind, string> = {
  conv: 'Convolution',
  pointwise: '1×1 convolution',
  pool: 'Max pool',
  transposed: 'Transposed conv',
};
const rowKind = (l: StackLayer): RowKind => (l.kind === 'conv' && l.kernelSize === 1 ? 'pointwise' : l.kind);

/** Switching kind keeps the kernel where it means the same and resets what the new kind lacks. */
function asKind(l: StackLayer, kind: RowKind): Partial<StackLayer> {
  if (kind === 'pointwise')
    return { kind: 'conv', kernelSize: 1, stride: 1, padding: 0, dilation: 1, outputPadding: 0 };
  const kernelSize = l.kernelSize === 1 ? (kind === 'conv' ? 3 : 2) : l.kernelSize;
  if (kind === 'pool')
    return { kind, kernelSize, stride: kernelSize, padding: 0, dilation: 1, outputPadding: 0 };
  if (kind === 'transposed')
    return { kind, kernelSize, stride: 2, padding: 0, dilation: 1, outputPadding: 0 };
  return { kind, kernelSize, stride: 1, padding: 0, dilation: 1, outputPadding: 0 };
}

const FIELDS: Record<RowKind, (keyof typeof STACK_LIMITS & keyof StackLayer)[]> = {
  conv: ['kernelSize', 'stride', 'padding', 'dilation', 'channels'],
  pointwise: ['stride', 'channels'],
  pool: ['kernelSize', 'stride'],
  transposed: ['kernelSize', 'stride', 'padding', 'outputPadding', 'channels'],
};
const FIELD_LABELS: Record<string, string> = {
  kernelSize: 'Kernel',
  stride: 'Stride',
  padding: 'Padding',
  dilation: 'Dilation',
  outputPadding: 'Output padding',
  channels: 'Channels',
};

/** After a move or removal the row's buttons may be gone: focus goes to a row's kind, never to <body>. */
const focusRow = (index: number) =>
  requestAnimationFrame(() => document.getElementById(`stack-kind-${index}`)?.focus());

export const LayerRow = memo(function LayerRow({ stack, index }: { stack: LayerStack; index: number }) {
  const layer = stack.layers[index]!;
  const kind = rowKind(layer);
  const name = `Layer ${index + 1}`;
  const last = stack.layers.length - 1;
  return (
    <li>
      <div className="stack-layer" role="group" aria-label={name}>
        <div className="field">
          <label htmlFor={`stack-kind-${index}`}>{name}</label>
          <select
            id={`stack-kind-${index}`}
            value={kind}
            onChange={(e) => changeStack(updateLayer(stack, index, asKind(layer, e.target.value as RowKind)))}
          >
            {(Object.keys(KIND_LABELS) as RowKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {FIELDS[kind].map((field) => (
          <NumberField
            key={field}
            label={FIELD_LABELS[field]!}
            value={layer[field]}
            min={STACK_LIMITS[field][0]}
            max={STACK_LIMITS[field][1]}
            onCommit={(v) => changeStack(updateLayer(stack, index, { [field]: v }))}
          />
        ))}
        <div className="stack-buttons">
          <button
            type="button"
            aria-label={`Move layer ${index + 1} up`}
            disabled={index === 0}
            onClick={() => changeStack(moveLayer(stack, index, -1), true) && focusRow(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move layer ${index + 1} down`}
            disabled={index === last}
            onClick={() => changeStack(moveLayer(stack, index, 1), true) && focusRow(index + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            aria-label={`Remove layer ${index + 1}`}
            onClick={() =>
              changeStack(removeLayer(stack, index), true) && focusRow(Math.min(index, last - 1))
            }
          >
            ✕
          </button>
        </div>
      </div>
    </li>
  );
});
