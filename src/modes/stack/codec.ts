/**
 * The stack in the URL: `layers=i11_c3_m3`. The input first (`i` side, then `n` channels), then one
 * token per layer: `c` convolution, `m` max pool, `t` transposed convolution, each with its kernel
 * and then, in this order and only where they differ from PyTorch's defaults, `s` stride, `p`
 * padding, `d` dilation (conv), `o` output padding (transposed), `n` output channels (default: the
 * input's). Strict: fields in that order, no leading zeros, every value in range; refused text names
 * the token and the reason. The writer gives the one canonical spelling. Kept small: it loads with
 * the page, as every URL parameter's codec does.
 */
import {
  stackSizes,
  type LayerStack,
  type StackLayer,
  type StackLayerKind,
} from '../../compute/stackGeometry';
import type { Read } from '../params';

/** Eight layers fit one screen of maps and a table; the URL stays short. */
export const MAX_LAYERS = 8;

/** Per letter: [min, max, field]. Padding goes to 8 so dilation 4 can keep the size (padding 4). */
const FIELDS = {
  i: [1, 64, 'inputSize'],
  k: [1, 7, 'kernelSize'],
  s: [1, 4, 'stride'],
  p: [0, 8, 'padding'],
  d: [1, 4, 'dilation'],
  o: [0, 3, 'outputPadding'],
  n: [1, 512, 'channels'],
} as const;
type Letter = keyof typeof FIELDS;

export const STACK_LIMITS = Object.fromEntries(
  Object.values(FIELDS).map(([min, max, field]) => [field, [min, max]]),
) as Record<(typeof FIELDS)[Letter][2], [number, number]>;

const KINDS = { c: 'conv', m: 'pool', t: 'transposed', i: 'input' } as const;
/** The letters each token takes, in order: its kind's letter stands for the kernel (or the input size). */
const ORDER = { c: 'kspdn', m: 'ks', t: 'kspon', i: 'in' } as const;
const letterOf = (kind: StackLayerKind) => (kind === 'pool' ? 'm' : kind[0]) as 'c' | 'm' | 't';
const defaultStride = (kind: string, k: number): number => (kind === 'pool' ? k : 1);

/** `c3s2` → { kind: 'conv', kernelSize: 3, stride: 2 }, or why not. */
function readToken(token: string): Record<string, number | string> | string {
  const pairs = /^([a-z]\d{1,4})+$/.test(token) ? [...token.matchAll(/([a-z])(\d+)/g)] : [];
  const kind = pairs[0]?.[1] as keyof typeof KINDS | undefined;
  if (!kind || !(kind in KINDS))
    return 'start with c (conv), m (max pool) or t (transposed), then the kernel size';
  let order: string = ORDER[kind];
  const out: Record<string, number | string> = { kind: KINDS[kind] };
  for (const [i, [, letter, digits]] of pairs.entries()) {
    const at = order.indexOf(i === 0 ? order[0]! : letter!);
    if (at < 0)
      return `"${letter}" is out of order or not used here (use ${ORDER[kind].slice(1).split('').join(', ')})`;
    order = order.slice(at + 1);
    const [min, max, field] = FIELDS[(i === 0 ? ORDER[kind][0] : letter) as Letter];
    const v = Number(digits);
    if (String(v) !== digits) return `${digits} has a leading zero`;
    if (v < min || v > max) return `${field} ${v} is not from ${min} to ${max}`;
    out[field] = v;
  }
  return out;
}

export function readStack(text: string): Read<LayerStack> {
  const fail = (why: string): Read<LayerStack> => ({ ok: false, why });
  if (text.length > 200) return fail('longer than 200 characters');
  const [head = '', ...tokens] = text.split('_');
  const input = head[0] === 'i' ? readToken(head) : null;
  if (typeof input === 'string') return fail(`input "${head}": ${input}`);
  if (!input) return fail('begin with the input, such as i28 or i28n3');
  if (tokens.length < 1 || tokens.length > MAX_LAYERS)
    return fail(`give 1 to ${MAX_LAYERS} layers after the input, joined by _`);
  const inputChannels = (input.channels as number | undefined) ?? 1;
  let channels = inputChannels;
  const layers: StackLayer[] = [];
  for (const [i, token] of tokens.entries()) {
    const read = readToken(token);
    if (typeof read === 'string' || read.kind === 'input')
      return fail(
        `layer ${i + 1} "${token}": ${typeof read === 'string' ? read : 'the input comes first only'}`,
      );
    const k = read.kernelSize as number;
    const layer = {
      stride: defaultStride(read.kind as string, k),
      padding: 0,
      dilation: 1,
      outputPadding: 0,
      channels,
      ...read,
    };
    layers.push(layer as StackLayer);
    channels = layer.channels;
  }
  const stack = { inputSize: input.inputSize as number, inputChannels, layers };
  try {
    stackSizes(stack);
  } catch (error) {
    return fail((error as Error).message.replace(/\.$/, ''));
  }
  return { ok: true, value: stack };
}

export function writeStack(stack: LayerStack): string {
  let channels = stack.inputChannels;
  const defaults: Record<string, number> = { padding: 0, dilation: 1, outputPadding: 0 };
  const tokens = stack.layers.map((l) => {
    const letter = letterOf(l.kind);
    let token = letter + l.kernelSize;
    const usual = { ...defaults, stride: defaultStride(l.kind, l.kernelSize), channels };
    for (const f of ORDER[letter].slice(1)) {
      const field = FIELDS[f as Letter][2] as keyof typeof usual;
      if (l[field] !== usual[field]) token += f + l[field];
    }
    channels = l.channels;
    return token;
  });
  return [`i${stack.inputSize}${stack.inputChannels === 1 ? '' : `n${stack.inputChannels}`}`, ...tokens].join(
    '_',
  );
}
