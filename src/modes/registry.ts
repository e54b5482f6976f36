/**
 * Every operation Kernelwise explains, one module each. The app asks this record and nothing else
 * about a mode, so a new operation is a new folder and one line here; the compiler checks that every
 * mode has an entry.
 */
import type { ModeDefinition } from './types';
import { standard } from './standard';
import { dilated } from './dilated';
import { pointwise } from './pointwise';
import { maxpool } from './maxpool';
import { transposed } from './transposed';
import { grouped } from './grouped';
import { stack } from './stack';

/** In tab order. */
export const MODES = [
  'standard',
  'dilated',
  'pointwise',
  'maxpool',
  'transposed',
  'grouped',
  'stack',
] as const;
export type Mode = (typeof MODES)[number];

export const MODE_REGISTRY: Record<Mode, ModeDefinition> = {
  standard,
  dilated,
  pointwise,
  maxpool,
  transposed,
  grouped,
  stack,
};

export const modeOf = (mode: Mode): ModeDefinition => MODE_REGISTRY[mode];

export const isMode = (text: string): text is Mode => (MODES as readonly string[]).includes(text);
