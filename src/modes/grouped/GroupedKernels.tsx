/**
 * The kernels of a grouped convolution, in their groups: filter F holds one slice per input channel
 * of its group only, and each slice is labelled with that input channel's own number (contract §3:
 * "Kernel filter F, channel C"), while the weights sit at the slice's place in the filter.
 */
import { memo, type CSSProperties } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { KernelGrid } from '../../components/grid/KernelGrid';
import { BiasFields } from '../window/BiasFields';
import { FoldedBand, GroupBand, useActiveGroup, useFolding } from './GroupBands';
import { channelGroups, channelRange, groupShape } from './groupShape';

/** Kernels are small: two or three to a row, so a group's filters sit side by side. */
const KERNEL_TRACK = { '--track-min': '4.5rem' } as CSSProperties;

export const GroupedKernels = memo(function GroupedKernels() {
  const key = useStore((s) => {
    const op = windowOperationFor(s.config);
    const k = op.kernel!;
    return `${op.groups}:${op.input.length}:${op.output.length}:${k[0]![0]!.length}:${k[0]![0]![0]!.length}`;
  });
  const [groups, ins, outs, rows, cols] = key.split(':').map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const active = useActiveGroup();
  const folding = useFolding();
  const shape = groupShape(groups, ins, outs);
  const single = outs * shape.inChannelsPerGroup === 1;
  return (
    <>
      <div className="group-bands">
        {channelGroups(shape).map((g) => {
          const label = `filter${g.outChannels.length > 1 ? 's' : ''} ${channelRange(g.outChannels).replace(/^channels? /, '')}, reading input ${channelRange(g.inChannels)}`;
          if (folding && g.group !== active)
            return <FoldedBand key={g.group} group={g.group} groups={groups} label={label} />;
          return (
            <GroupBand
              key={g.group}
              group={g.group}
              active={g.group === active}
              label={label}
              className="group-band--kernels"
              style={KERNEL_TRACK}
            >
              {g.outChannels.flatMap((o) =>
                g.inChannels.map((c, slice) => (
                  <KernelGrid
                    key={`${o}:${c}`}
                    out={o}
                    channel={c}
                    slice={slice}
                    rows={rows}
                    cols={cols}
                    label={single ? 'Kernel' : `Kernel filter ${o + 1}, channel ${c + 1}`}
                  />
                )),
              )}
            </GroupBand>
          );
        })}
      </div>
      <BiasFields />
    </>
  );
});
