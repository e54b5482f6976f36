/**
 * A column's channel grids split into their groups: each band has a coloured edge and, because colour
 * is never the only cue, a bracket labelled "group 1" naming its channels. The band of the filter
 * being computed is marked (data-active-group), outlined and called "now", so playing lights only that
 * group's channels.
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { highlightFor } from '../../state/highlight';
import { channelGroups, channelRange, groupOfStep, groupShape } from './groupShape';

/** "4:4:2": the channel counts and groups, one primitive for the selector. */
function useShape() {
  const key = useStore((s) => {
    const op = windowOperationFor(s.config);
    return `${op.groups}:${op.input.length}:${op.output.length}`;
  });
  const [groups, ins, outs] = key.split(':').map(Number) as [number, number, number];
  return groupShape(groups, ins, outs);
}

/** The group of the step shown (played, or inspected by pointing at an output). */
export function useActiveGroup(): number {
  const shape = useShape();
  return useStore((s) => groupOfStep(shape, highlightFor(s).step.out.channel));
}

export function GroupBand({
  group,
  active,
  label,
  children,
  className = '',
  style,
}: {
  group: number;
  active: boolean;
  label: string;
  children: ReactNode;
  className?: string;
  style?: CSSProperties;
}) {
  return (
    <div
      role="group"
      aria-label={`Group ${group + 1}: ${label}`}
      className={`group-band group-band--${group % 4}${active ? ' group-band--active' : ''} ${className}`}
      data-group={group + 1}
      data-active-group={active ? 'true' : undefined}
    >
      <p className="group-bracket" aria-hidden="true">
        <span className="group-name">group {group + 1}</span> <span className="group-channels">{label}</span>
      </p>
      <div className="grid-set" style={style}>
        {children}
      </div>
    </div>
  );
}

export const GroupBands = memo(function GroupBands({
  side,
  grids,
  style,
}: {
  side: 'input' | 'output';
  grids: ReactNode[];
  style: CSSProperties;
}) {
  const shape = useShape();
  const active = useActiveGroup();
  return (
    <div className="group-bands">
      {channelGroups(shape).map((g) => {
        const channels = side === 'input' ? g.inChannels : g.outChannels;
        return (
          <GroupBand
            key={g.group}
            group={g.group}
            active={g.group === active}
            label={`${side} ${channelRange(channels)}`}
            style={style}
          >
            {channels.map((c) => grids[c])}
          </GroupBand>
        );
      })}
    </div>
  );
});
