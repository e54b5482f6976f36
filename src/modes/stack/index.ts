/**
 * The stack view: a small network built from convolution, 1×1 convolution, max pooling and
 * transposed layers; every feature map's size, and for any selected cell the region it sees in every
 * earlier map, down to the input. Only this metadata loads with the page; the stage, the layer
 * editor and the receptive-field tracing come with the tab.
 */
import type { Config, ModeDefinition } from '../types';
import { BASE_CONFIG } from '../types';
import { deriveStack, describeStackStep } from './operation';

const defaults: Config = { ...BASE_CONFIG, mode: 'stack' };

export const stack: ModeDefinition = {
  label: 'Stack',
  tabHint: ' of layers',
  defaults,
  params: ['layers'],
  defaultsFor: () => defaults,
  // Shapes, not values: nothing for the user to type, so no Values panel (KernelTools).
  inputShape: () => ({ channels: 0, height: 0, width: 0 }),
  kernelShape: () => null,
  derive: (c) => deriveStack(c.layers),
  describeStep: describeStackStep,
  loadView: () => import('./view'),
  loadFigure: () => import('./figure'),
};
