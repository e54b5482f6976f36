/**
 * The stack in the URL: `layers=i11_c3_m3`. The input first (`i` side, `n` channels), then one
 * token per layer: `c` convolution, `m` max pool, `t` transposed convolution, each with its kernel
 * and then, in this order and only where they differ from PyTorch's defaults, `s` stride, `p`
 * padding, `d` dilation (conv), `o` output padding (transposed), `n` output channels (default: the
 * input's). Strict: fields in that order, no leading zeros, every value in range; refused text names
 * the token and the reason. The writer gives the one canonical spelling.
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
export const STACK_LIMITS = {
  inputSize: [1, 64],
  channels: [1, 512],
  kernelSize: [1, 7],
  stride: [1, 4],
  // Up to 8: dilation 4 keeps the size at padding 4 (Yu & Koltun's stack).
  padding: [0, 8],
  dilation: [1, 4],
  outputPadding: [0, 3],
} as const;
type Field = keyof typeof STACK_LIMITS;

const KINDS: Record<string, StackLayerKind> = { c: 'conv', m: 'pool', t: 'transposed' };
const LETTERS = { s: 'stride', p: 'padding', d: 'dilation', o: 'outputPadding', n: 'channels' } as const;
/** Which fields each kind takes, in their fixed order. */
const ALLOWED: Record<StackLayerKind, string> = { conv: 'spdn', pool: 's', transposed: 'spon' };
const TOKEN = /^([a-z])(\d{1,4})((?:[a-z]\d{1,4})*)$/;
const FIELD = /([a-z])(\d{1,4})/g;

const defaultStride = (kind: StackLayerKind, k: number): number => (kind === 'pool' ? k : 1);

function number(text: string, field: Field): number | string {
  const [min, max] = STACK_LIMITS[field];
  const v = Number(text);
  if (String(v) !== text) return `${text} has a leading zero`;
  return v >= min && v <= max ? v : `${field} ${v} is not from ${min} to ${max}`;
}

function readLayer(token: string, channels: number): StackLayer | string {
  const m = TOKEN.exec(token);
  const kind = m && KINDS[m[1]!];
  if (!m || !kind) return 'start with c (conv), m (max pool) or t (transposed), then the kernel size';
  const k = number(m[2]!, 'kernelSize');
  if (typeof k === 'string') return k;
  const layer: StackLayer = {
    kind,
    kernelSize: k,
    stride: defaultStride(kind, k),
    padding: 0,
    dilation: 1,
    outputPadding: 0,
    channels,
  };
  let order = ALLOWED[kind];
  for (const [, letter, digits] of m[3]!.matchAll(FIELD)) {
    const at = order.indexOf(letter!);
    if (at < 0)
      return `"${letter}" is not a field here, or is out of order (use ${ALLOWED[kind].split('').join(', ')})`;
    order = order.slice(at + 1);
    const field = LETTERS[letter as keyof typeof LETTERS];
    const v = number(digits!, field);
    if (typeof v === 'string') return v;
    layer[field] = v;
  }
  return layer;
}

export function readStack(text: string): Read<LayerStack> {
  const fail = (why: string): Read<LayerStack> => ({ ok: false, why });
  if (text.length > 200) return fail('the stack is longer than 200 characters');
  const [head = '', ...tokens] = text.split('_');
  const input = /^i(\d{1,4})(?:n(\d{1,4}))?$/.exec(head);
  if (!input) return fail('begin with the input, such as i28 or i28n3');
  const size = number(input[1]!, 'inputSize');
  const inputChannels = input[2] === undefined ? 1 : number(input[2], 'channels');
  if (typeof size === 'string') return fail(size);
  if (typeof inputChannels === 'string') return fail(inputChannels);
  if (tokens.length < 1 || tokens.length > MAX_LAYERS)
    return fail(`give 1 to ${MAX_LAYERS} layers after the input, joined by _`);
  const layers: StackLayer[] = [];
  let channels = inputChannels;
  for (const [i, token] of tokens.entries()) {
    const layer = readLayer(token, channels);
    if (typeof layer === 'string') return fail(`layer ${i + 1} "${token}": ${layer}`);
    layers.push(layer);
    channels = layer.channels;
  }
  const stack = { inputSize: size, inputChannels, layers };
  try {
    stackSizes(stack);
  } catch (error) {
    return fail((error as Error).message.replace(/\.$/, ''));
  }
  return { ok: true, value: stack };
}

export function writeStack(stack: LayerStack): string {
  let channels = stack.inputChannels;
  const tokens = stack.layers.map((l) => {
    const letter = Object.keys(KINDS).find((key) => KINDS[key] === l.kind)!;
    let token = `${letter}${l.kernelSize}`;
    const defaults: Record<string, number> = {
      s: defaultStride(l.kind, l.kernelSize),
      p: 0,
      d: 1,
      o: 0,
      n: channels,
    };
    for (const f of ALLOWED[l.kind]) {
      const v = l[LETTERS[f as keyof typeof LETTERS]];
      if (v !== defaults[f]) token += f + v;
    }
    if (l.kind !== 'pool') channels = l.channels;
    return token;
  });
  const head = `i${stack.inputSize}${stack.inputChannels === 1 ? '' : `n${stack.inputChannels}`}`;
  return [head, ...tokens].join('_');
}
