/** Which channels belong together in a grouped convolution, as the views ask it: plain numbers, no React. */
import {
  channelGroup,
  groupOfOutputChannel,
  validGroups,
  type ChannelGroup,
  type GroupShape,
} from '../../compute';
import type { Choice } from '../params';
import type { Config } from '../types';

export function groupShape(groups: number, inChannels: number, outChannels: number): GroupShape {
  return { groups, inChannelsPerGroup: inChannels / groups, outChannelsPerGroup: outChannels / groups };
}

/** Every group with its input and output channels, in order. */
export function channelGroups(shape: GroupShape): ChannelGroup[] {
  return Array.from({ length: shape.groups }, (_, g) => channelGroup(shape, g));
}

/** "channels 1–2" or "channel 3", counted from 1 as the grids are labelled. */
export function channelRange(channels: readonly number[]): string {
  const first = channels[0]! + 1;
  const last = channels[channels.length - 1]! + 1;
  return first === last ? `channel ${first}` : `channels ${first}–${last}`;
}

/** The group of the filter a step computes. */
export const groupOfStep = (shape: GroupShape, outChannel: number): number =>
  groupOfOutputChannel(shape, outChannel);

/** The choices the groups control offers: only those that divide both channel counts. */
export function groupChoices(cin: number, cout: number): Choice[] {
  return validGroups(cin, cout).map((g) => ({
    value: String(g),
    label: g === 1 ? '1 (standard)' : g === cin ? `${g} (depthwise)` : String(g),
  }));
}

/** "depthwise, depth multiplier 2" for the groups control's note; the multiplier is C_out / C_in. */
export function groupsNote(c: Pick<Config, 'cin' | 'cout' | 'groups'>): string {
  if (c.groups === 1) return 'standard: every filter reads all channels';
  const each = `each filter reads ${c.cin / c.groups} of ${c.cin} channels`;
  return c.groups === c.cin ? `depthwise, depth multiplier ${c.cout / c.cin}` : each;
}
