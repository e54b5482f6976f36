/**
 * A column's channel grids split into their groups: each band has a coloured edge and, because colour
 * is never the only cue, a bracket labelled "group 1" naming its channels. The band of the filter
 * being computed is marked (data-active-group), outlined and called "now", so playing lights only that
 * group's channels. While presenting, only that band is drawn: the others fold to one labelled line
 * ("group 2 of 2 · input channels 3–4"), so the group at work gets the whole screen, and the folds
 * open in turn as the steps move on to the next group's filters.
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

/** Presenting a grouped convolution (groups > 1): one band open, the others folded. */
export const useFolding = (): boolean => useStore((s) => s.presenting && s.config.groups > 1);

/** A group the screen has no room for while presenting: its name, its channels, and that it waits. */
export function FoldedBand({
  group,
  groups,
  label,
  short = label,
}: {
  group: number;
  groups: number;
  label: string;
  /** What fits the line in a narrow column (its heading names the side). */
  short?: string;
}) {
  const text = `group ${group + 1} of ${groups} · ${label}`;
  return (
    <div
      role="group"
      aria-label={`${text}, folded until its filters' turn`}
      className={`group-band group-band--folded group-band--${group % 4}`}
      data-group={group + 1}
      data-folded="true"
    >
      <p className="group-bracket" aria-hidden="true">
        ▸ <span className="group-name">{`group ${group + 1} of ${groups}`}</span> · {short}
      </p>
    </div>
  );
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
  const folding = useFolding();
  return (
    <div className="group-bands">
      {channelGroups(shape).map((g) => {
        const channels = side === 'input' ? g.inChannels : g.outChannels;
        const label = `${side} ${channelRange(channels)}`;
        if (folding && g.group !== active)
          return (
            <FoldedBand
              key={g.group}
              group={g.group}
              groups={shape.groups}
              label={label}
              short={channelRange(channels)}
            />
          );
        return (
          <GroupBand key={g.group} group={g.group} active={g.group === active} label={label} style={style}>
            {channels.map((c) => grids[c])}
          </GroupBand>
        );
      })}
    </div>
  );
});
