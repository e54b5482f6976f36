/**
 * The stack as a list the keyboard can work: presets, the input, one row per layer, and buttons to
 * add a layer of each kind. A change that leaves some layer without output is refused; the stack
 * stays as it was and the page's refusal notice says why.
 */
import { useId } from 'react';
import { NumberField } from '../../components/controls/NumberField';
import { useStore } from '../../state/store';
import { STACK_LIMITS, writeStack } from './codec';
import { addLayer, changeStack, normalizeStack } from './edits';
import { LayerRow } from './LayerRow';
import { presetStack, STACK_PRESETS } from './presets';
import { operationFor } from '../../state/derived';
import { asStack } from './operation';

/** A preset opens on the last map's middle cell: what the whole stack sees. */
function selectLastMiddle(): void {
  const { config, seek } = useStore.getState();
  const op = asStack(operationFor(config));
  const layer = op.sizes.length - 1;
  const mid = Math.floor((op.sizes[layer]! - 1) / 2);
  seek(op.stepOf({ layer, row: mid, col: mid }));
}

const ADD = [
  ['conv', 'convolution'],
  ['pointwise', '1×1 convolution'],
  ['pool', 'max pool'],
  ['transposed', 'transposed conv'],
] as const;

export function LayerEditor() {
  const id = useId();
  const stack = useStore((s) => s.config.layers);
  const current = writeStack(stack);
  return (
    <section className="stack-editor" aria-labelledby={`${id}-h`}>
      {/* Inside the Parameters panel, whose heading is an h2. */}
      <h3 id={`${id}-h`}>Layers</h3>
      <div className="stack-buttons" role="group" aria-label="Presets">
        {STACK_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={p.text === current}
            onClick={() => {
              if (p.text !== current && changeStack(presetStack(p), true)) selectLastMiddle();
            }}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="stack-input fields">
        <NumberField
          label="Input size"
          value={stack.inputSize}
          min={STACK_LIMITS.inputSize[0]}
          max={STACK_LIMITS.inputSize[1]}
          onCommit={(v) => changeStack({ ...stack, inputSize: v })}
        />
        <NumberField
          label="Input channels"
          value={stack.inputChannels}
          min={STACK_LIMITS.channels[0]}
          max={STACK_LIMITS.channels[1]}
          onCommit={(v) => changeStack(normalizeStack({ ...stack, inputChannels: v }))}
        />
      </div>
      <ol className="stack-layers">
        {stack.layers.map((_, i) => (
          <LayerRow key={i} stack={stack} index={i} />
        ))}
      </ol>
      <div className="stack-buttons" role="group" aria-label="Add a layer">
        {ADD.map(([kind, label]) => (
          <button key={kind} type="button" onClick={() => changeStack(addLayer(stack, kind), true)}>
            Add {label}
          </button>
        ))}
      </div>
    </section>
  );
}
