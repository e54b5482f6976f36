/**
 * Grouped convolution (PyTorch's `groups`): the input channels and the filters are split into
 * `groups` equal bands, and each filter reads only its own band of input channels. Filter o belongs
 * to group ⌊o / (C_out/groups)⌋ and reads input channels g·(C_in/groups) … (g+1)·(C_in/groups) − 1.
 * groups = 1 is a standard convolution; groups = C_in is depthwise.
 */

/** Every groups value PyTorch accepts for these channel counts: the common divisors, ascending. */
export function validGroups(inChannels: number, outChannels: number): number[] {
  for (const [count, name] of [
    [inChannels, 'Input channels'],
    [outChannels, 'Output channels'],
  ] as const) {
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(`${name} must be a positive whole number (got ${String(count)}). Use 1 or more.`);
    }
  }
  const valid: number[] = [];
  const smaller = Math.min(inChannels, outChannels);
  for (let g = 1; g <= smaller; g++) {
    if (inChannels % g === 0 && outChannels % g === 0) valid.push(g);
  }
  return valid;
}

/**
 * The valid choices closest to a refused value, ascending: the nearest below and the nearest above;
 * when one side has none, the two nearest on the other side (so there are two whenever two exist).
 */
export function nearestValidGroups(groups: number, inChannels: number, outChannels: number): number[] {
  const valid = validGroups(inChannels, outChannels);
  // A value that is not a number is near nothing: offer standard and the most grouped.
  if (Number.isNaN(groups)) return [...new Set([valid[0]!, valid[valid.length - 1]!])];
  const below = valid.filter((g) => g < groups);
  const above = valid.filter((g) => g > groups);
  if (below.length > 0 && above.length > 0) return [below[below.length - 1]!, above[0]!];
  return below.length > 0 ? below.slice(-2) : above.slice(0, 2);
}

function choices(values: number[]): string {
  return values.length === 1 ? String(values[0]) : `${values.slice(0, -1).join(', ')} or ${values.at(-1)!}`;
}

/**
 * Returns `groups` (default 1) when PyTorch would accept it for these channel counts, or throws an
 * Error that says why not and names the nearest valid choices.
 */
export function checkGroups(groups: number | undefined, inChannels: number, outChannels: number): number {
  if (groups === undefined) return 1;
  const valid = validGroups(inChannels, outChannels);
  if (Number.isInteger(groups) && valid.includes(groups)) return groups;
  const near = choices(nearestValidGroups(groups, inChannels, outChannels));
  if (valid.length === 1) {
    throw new Error(
      `groups must divide both ${inChannels} input channels and ${outChannels} output channels, so it can only be 1 here (got ${String(groups)}).`,
    );
  }
  if (!Number.isInteger(groups) || groups < 1) {
    throw new Error(
      `groups must be a positive whole number that divides both ${inChannels} input channels and ${outChannels} output channels (got ${String(groups)}): try ${near}.`,
    );
  }
  throw new Error(
    `groups must divide both ${inChannels} input channels and ${outChannels} output channels (got ${groups}): try ${near}.`,
  );
}

/** What a grouped plan needs to say which channels belong together. */
export interface GroupShape {
  groups: number;
  inChannelsPerGroup: number;
  outChannelsPerGroup: number;
}

/** The channels of one group: the input channels its filters read and the output channels they make. */
export interface ChannelGroup {
  group: number;
  inChannels: number[];
  outChannels: number[];
}

const range = (first: number, count: number): number[] => Array.from({ length: count }, (_, i) => first + i);

export function channelGroup(plan: GroupShape, group: number): ChannelGroup {
  if (!Number.isInteger(group) || group < 0 || group >= plan.groups) {
    throw new Error(
      `Group ${String(group)} does not exist: there are ${plan.groups}, numbered 0 to ${plan.groups - 1}.`,
    );
  }
  return {
    group,
    inChannels: range(group * plan.inChannelsPerGroup, plan.inChannelsPerGroup),
    outChannels: range(group * plan.outChannelsPerGroup, plan.outChannelsPerGroup),
  };
}

function groupOf(channel: number, perGroup: number, groups: number, name: string): number {
  const count = perGroup * groups;
  if (!Number.isInteger(channel) || channel < 0 || channel >= count) {
    throw new Error(
      `${name} ${String(channel)} does not exist: there are ${count}, numbered 0 to ${count - 1}.`,
    );
  }
  return Math.floor(channel / perGroup);
}

/** The group of filter (output channel) o: ⌊o / (C_out/groups)⌋. */
export function groupOfOutputChannel(plan: GroupShape, outChannel: number): number {
  return groupOf(outChannel, plan.outChannelsPerGroup, plan.groups, 'Output channel');
}

/** The group whose filters read input channel c: ⌊c / (C_in/groups)⌋. */
export function groupOfInputChannel(plan: GroupShape, inChannel: number): number {
  return groupOf(inChannel, plan.inChannelsPerGroup, plan.groups, 'Input channel');
}
