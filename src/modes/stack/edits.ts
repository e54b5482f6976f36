/**
 * Editing the stack: pure helpers that return a new stack, and `changeStack`, which hands it to the
 * store. The store refuses a stack that leaves some layer without output and keeps the last valid
 * one; the layer editor shows why.
 */
import type { LayerStack, StackLayer, StackLayerKind } from '../../compute';
import { useStore } from '../../state/store';
import { deliberately } from '../../state/history';
import { MAX_LAYERS } from './codec';

/** A pool keeps its input's channels: recomputed after every edit so the stack stays consistent. */
export function normalizeStack(stack: LayerStack): LayerStack {
  let channels = stack.inputChannels;
  const layers = stack.layers.map((l) => {
    if (l.kind === 'pool') return l.channels === channels ? l : { ...l, channels };
    channels = l.channels;
    return l;
  });
  return { ...stack, layers };
}

/** What "Add" appends: PyTorch's defaults, channels kept. */
export function newLayer(kind: StackLayerKind | 'pointwise', channels: number): StackLayer {
  const base = { stride: 1, padding: 0, dilation: 1, outputPadding: 0, channels };
  if (kind === 'pointwise') return { ...base, kind: 'conv', kernelSize: 1 };
  if (kind === 'pool') return { ...base, kind, kernelSize: 2, stride: 2 };
  if (kind === 'transposed') return { ...base, kind, kernelSize: 2, stride: 2 };
  return { ...base, kind, kernelSize: 3, padding: 1 };
}

export const outputChannels = (stack: LayerStack): number =>
  stack.layers.reduce((c, l) => (l.kind === 'pool' ? c : l.channels), stack.inputChannels);

export function addLayer(stack: LayerStack, kind: StackLayerKind | 'pointwise'): LayerStack | string {
  if (stack.layers.length >= MAX_LAYERS)
    return `A stack holds at most ${MAX_LAYERS} layers; remove one first.`;
  return { ...stack, layers: [...stack.layers, newLayer(kind, outputChannels(stack))] };
}

export function removeLayer(stack: LayerStack, index: number): LayerStack | string {
  if (stack.layers.length <= 1) return 'A stack needs at least one layer.';
  return normalizeStack({ ...stack, layers: stack.layers.filter((_, i) => i !== index) });
}

export function moveLayer(stack: LayerStack, index: number, by: -1 | 1): LayerStack {
  const layers = [...stack.layers];
  const target = index + by;
  if (target < 0 || target >= layers.length) return stack;
  [layers[index], layers[target]] = [layers[target]!, layers[index]!];
  return normalizeStack({ ...stack, layers });
}

export function updateLayer(stack: LayerStack, index: number, patch: Partial<StackLayer>): LayerStack {
  const layers = stack.layers.map((l, i) => (i === index ? { ...l, ...patch } : l));
  return normalizeStack({ ...stack, layers });
}

/** Applies the stack, or leaves the store's refusal saying why; true when applied. */
export function changeStack(next: LayerStack | string, deliberate = false): boolean {
  const store = useStore.getState();
  if (typeof next === 'string') {
    useStore.setState({ refusal: next, refusedParam: 'layers' });
    return false;
  }
  const apply = () => store.change({ layers: next });
  return deliberate ? deliberately(apply) : apply();
}
