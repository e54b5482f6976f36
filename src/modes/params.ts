/**
 * Every parameter a view can change, written once: its URL key, how its text is read and written,
 * its limits, its label and help, and the control that sets it. The URL parser, the link writer,
 * `KNOWN_PARAMS`, the embed `set` command and the parameter panel all read this table.
 */
import { checkGroups } from '../compute';
import { LIMITS, type Config, type PaddingSetting, type Size2 } from './types';
import { readStack, writeStack } from './stack/codec';

type Range = { min: number; max: number };
export type Read<T> = { ok: true; value: T } | { ok: false; why: string };

export const PARAM_KEYS = [
  'pipeline',
  'separable',
  'size',
  'k',
  'stride',
  'pad',
  'dilation',
  'outpad',
  'cin',
  'cout',
  'groups',
  'seed',
  'pool',
  'relu',
  'view',
  'bias',
  'image',
  'op',
  'color',
  'layers',
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

export interface Choice {
  value: string;
  label: string;
}

/** How the panel sets a parameter. */
export type Control =
  | { kind: 'pair'; range: Range }
  | { kind: 'count'; range: Range }
  | { kind: 'choice'; choices: Choice[] }
  | { kind: 'toggle' }
  | { kind: 'none' };

export interface ParamSpec<K extends ParamKey = ParamKey> {
  key: K;
  /** The panel's label; a pair adds "height" and "width". */
  label: string;
  /** A short note beside the control. */
  help: string;
  control: Control;
  read: (text: string) => Read<Config[K]>;
  write: (value: Config[K]) => string;
  equal: (a: Config[K], b: Config[K]) => boolean;
  /** A preset parameter brings its own defaults (the pooling pipeline), so it is read first. */
  preset?: boolean;
  /** Choosing it is a deliberate change worth a history entry. */
  deliberate?: boolean;
  /**
   * Why the value does not fit the other parameters (groups that do not divide the channel counts),
   * or null. Checked when a parsed configuration is settled (src/state/settle.ts).
   */
  conflict?: (config: Config) => string | null;
}

const INT = /^\d{1,10}$/;
const PAIR = /^(\d{1,9})(?:x(\d{1,9}))?$/;

const rangeText = (r: Range): string => `${r.min} to ${r.max}`;
export const pairText = ([h, w]: Size2): string => (h === w ? String(h) : `${h}x${w}`);
const samePair = (a: Size2 | null, b: Size2 | null): boolean =>
  a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
const numbers = (r: Range): Choice[] =>
  Array.from({ length: r.max - r.min + 1 }, (_, i) => ({
    value: String(r.min + i),
    label: String(r.min + i),
  }));

function readPair(text: string, range: Range): Read<Size2> {
  const m = PAIR.exec(text);
  if (!m) return { ok: false, why: 'write a whole number or HxW, such as 3 or 3x2' };
  const h = Number(m[1]);
  const w = m[2] === undefined ? h : Number(m[2]);
  if (h < range.min || h > range.max || w < range.min || w > range.max)
    return { ok: false, why: `values must be from ${rangeText(range)}` };
  return { ok: true, value: [h, w] };
}

export function readInt(text: string, range: Range): Read<number> {
  if (!INT.test(text) || Number(text) < range.min || Number(text) > range.max)
    return { ok: false, why: `use a whole number from ${rangeText(range)}` };
  return { ok: true, value: Number(text) };
}

export function readFlag(text: string): Read<boolean> {
  if (text === '1' || text === '0') return { ok: true, value: text === '1' };
  return { ok: false, why: 'use 1 or 0' };
}

function pairParam<K extends 'size' | 'k' | 'dilation' | 'outpad'>(
  key: K,
  label: string,
  range: Range,
  control: 'pair' | 'choice',
): ParamSpec<K> {
  return {
    key,
    label,
    help: `${range.min}–${range.max}`,
    control: control === 'pair' ? { kind: 'pair', range } : { kind: 'choice', choices: numbers(range) },
    read: (text) => readPair(text, range) as Read<Config[K]>,
    write: (value) => pairText(value as Size2),
    equal: (a, b) => samePair(a as Size2, b as Size2),
  };
}

function countParam<K extends 'cin' | 'cout' | 'seed' | 'groups'>(
  key: K,
  label: string,
  range: Range,
): ParamSpec<K> {
  return {
    key,
    label,
    help: `${range.min}–${range.max}`,
    control: key === 'seed' ? { kind: 'none' } : { kind: 'count', range },
    read: (text) => readInt(text, range) as Read<Config[K]>,
    write: (value) => String(value),
    equal: (a, b) => a === b,
  };
}

function flagParam<K extends 'relu' | 'pipeline' | 'separable' | 'bias'>(
  key: K,
  label: string,
  help: string,
): ParamSpec<K> {
  return {
    key,
    label,
    help,
    control: { kind: 'toggle' },
    read: (text) => readFlag(text) as Read<Config[K]>,
    write: (value) => (value ? '1' : '0'),
    equal: (a, b) => a === b,
  };
}

function wordParam<K extends 'pool' | 'view' | 'image' | 'op' | 'color'>(
  key: K,
  label: string,
  choices: Choice[],
): ParamSpec<K> {
  const words = choices.map((c) => c.value);
  return {
    key,
    label,
    help: '',
    control: { kind: 'choice', choices },
    read: (text) =>
      words.includes(text)
        ? { ok: true, value: text as Config[K] }
        : { ok: false, why: `use ${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` },
    write: (value) => String(value),
    equal: (a, b) => a === b,
  };
}

const stride: ParamSpec<'stride'> = {
  key: 'stride',
  label: 'Stride',
  help: '1–4',
  control: { kind: 'choice', choices: numbers(LIMITS.stride) },
  read: (text) => readPair(text, LIMITS.stride),
  write: (value) => (value ? pairText(value) : ''),
  equal: samePair,
};

const pad: ParamSpec<'pad'> = {
  key: 'pad',
  label: 'Padding',
  help: '0–3, valid or same',
  control: {
    kind: 'choice',
    choices: [
      ...numbers(LIMITS.pad),
      { value: 'valid', label: 'valid (none)' },
      { value: 'same', label: 'same' },
    ],
  },
  read: (text) =>
    text === 'valid' || text === 'same' ? { ok: true, value: text } : readPair(text, LIMITS.pad),
  write: (value) => (typeof value === 'string' ? value : pairText(value)),
  equal: (a: PaddingSetting, b: PaddingSetting) =>
    typeof a === 'string' || typeof b === 'string' ? a === b : samePair(a, b),
};

/** The compute module's own message (it names the nearest valid choices), or null when PyTorch accepts it. */
function groupsConflict(config: Config): string | null {
  // The separable block sets its own groups (C_in, then 1): the control is hidden there.
  if (config.separable) return null;
  try {
    checkGroups(config.groups, config.cin, config.cout);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const groups: ParamSpec<'groups'> = {
  ...countParam('groups', 'Groups', LIMITS.groups),
  help: '1 is standard, = input channels is depthwise',
  // The view offers only the values that divide both channel counts (paramOverrides).
  control: { kind: 'choice', choices: numbers(LIMITS.groups) },
  conflict: groupsConflict,
};

export const PARAMS: { readonly [K in ParamKey]: ParamSpec<K> } = {
  pipeline: {
    ...flagParam('pipeline', 'Image → conv 3×3 → pool', 'the classic pipeline'),
    preset: true,
    deliberate: true,
  },
  separable: {
    ...flagParam('separable', 'Depthwise-separable', 'depthwise k×k, then pointwise 1×1'),
    preset: true,
    deliberate: true,
  },
  size: pairParam('size', 'Input', LIMITS.size, 'pair'),
  k: pairParam('k', 'Kernel', LIMITS.k, 'pair'),
  stride,
  pad,
  dilation: pairParam('dilation', 'Dilation', LIMITS.dilation, 'choice'),
  outpad: pairParam('outpad', 'Output padding', LIMITS.outpad, 'choice'),
  cin: countParam('cin', 'Input channels', LIMITS.cin),
  cout: countParam('cout', 'Output channels', LIMITS.cout),
  groups,
  seed: countParam('seed', 'Seed', LIMITS.seed),
  pool: wordParam('pool', 'Pooling', [
    { value: 'max', label: 'Max' },
    { value: 'avg', label: 'Average' },
  ]),
  relu: flagParam('relu', 'ReLU after the 1×1 convolution', ''),
  view: {
    ...wordParam('view', 'Explain as', [
      { value: 'scatter', label: 'Scatter' },
      { value: 'gather', label: 'Gather' },
    ]),
    deliberate: true,
  },
  bias: flagParam('bias', 'Bias', 'one per filter, added last'),
  image: {
    ...wordParam('image', 'Sample image', [
      { value: 'digit', label: 'Digit' },
      { value: 'shapes', label: 'Shapes' },
      { value: 'checker', label: 'Checkerboard' },
      { value: 'text', label: 'Text' },
      { value: 'scene', label: 'Scene' },
    ]),
    deliberate: true,
  },
  op: wordParam('op', 'Operation', [
    { value: 'conv', label: 'Convolution' },
    { value: 'max', label: 'Max pooling' },
    { value: 'avg', label: 'Average pooling' },
  ]),
  color: wordParam('color', 'Channels', [
    { value: 'gray', label: 'Grayscale' },
    { value: 'rgb', label: 'RGB' },
  ]),
  // No field of the table's kinds: the stack view's own layer editor (its `Settings`) edits them.
  layers: {
    key: 'layers',
    label: 'Layers',
    help: '',
    control: { kind: 'none' },
    read: readStack,
    write: writeStack,
    equal: (a, b) => writeStack(a) === writeStack(b),
  },
};

/** A parameter as one view shows it: the table's row with the view's own label or choices. */
export interface ParamOverride {
  label?: string;
  help?: string;
  choices?: Choice[];
  /** Not shown (a preset fixes it). */
  hidden?: boolean;
}
