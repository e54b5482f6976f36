/**
 * The grouped view: input and output channels in their groups, each filter's kernel with only its
 * group's slices; or, with the separable preset, the depthwise and pointwise stages one after the
 * other. Then the arithmetic, the cost side by side, and the code.
 */
import { memo, type CSSProperties, type ReactNode } from 'react';
import { useStore } from '../../state/store';
import { windowOperationFor } from '../../state/derived';
import { highlightFor } from '../../state/highlight';
import { CodePanel } from '../../components/panels/CodePanel';
import { ShapePanel } from '../../components/panels/ShapePanel';
import { WindowStage, channelLabel } from '../window/WindowStage';
import { ConvArithmetic } from '../window/Arithmetic';
import type { WindowOperation } from '../window/operation';
import { GroupBands, useFolding } from './GroupBands';
import { GroupedKernels } from './GroupedKernels';
import { SeparableStage } from './SeparableStage';
import { SeparableArithmetic } from './SeparableArithmetic';
import { CostComparison } from './CostComparison';
import { Explanation } from './Explanation';
import { channelGroup } from '../../compute';
import { channelRange, groupOfStep, groupShape, groupsNote } from './groupShape';
import { bandChannels, bandKernels } from './bandFit';
import './grouped.css';

const kernelCells = (op: WindowOperation) =>
  Math.max(3, op.geometry.kernelWidth) * Math.min((op.output.length * op.input.length) / op.groups, 2);

const bands = (side: 'input' | 'output', grids: ReactNode[], style: CSSProperties) => (
  <GroupBands side={side} grids={grids} style={style} />
);

const GroupSummary = memo(function GroupSummary() {
  const config = useStore((s) => s.config);
  const { cin, cout, groups } = config;
  return (
    <p className="group-summary">
      <strong>groups = {groups}</strong>: {cin} input channels and {cout} filters in {groups} group
      {groups === 1 ? '' : 's'} of {cin / groups} channel{cin / groups === 1 ? '' : 's'} and {cout / groups}{' '}
      filter{cout / groups === 1 ? '' : 's'} — {groupsNote(config)}.
    </p>
  );
});

/** While presenting, only the active group's band is drawn (GroupBands): the fit counts that band. */
const focusedChannels = (side: 'input' | 'output', op: WindowOperation) => bandChannels(side, op, true);
const focusedKernels = (op: WindowOperation) => bandKernels(op, true);

function GroupedStage() {
  const folding = useFolding();
  return (
    <div className="grouped-stage">
      <GroupSummary />
      <WindowStage
        inputHeading="Input"
        inputLabel={(c, n) => channelLabel('Input', c, n)}
        kernelHeading="Kernels, by group"
        kernel={<GroupedKernels />}
        kernelCells={kernelCells}
        kernelFit={folding ? focusedKernels : bandKernels}
        channelFit={folding ? focusedChannels : bandChannels}
        outputHeading="Output"
        wrapChannels={bands}
      />
    </div>
  );
}

export function Stage() {
  const separable = useStore((s) => s.config.separable);
  return separable ? <SeparableStage /> : <GroupedStage />;
}

/** "Filter 3 is in group 2: its window reads input channels 3–4 and no others." */
const GroupNote = memo(function GroupNote() {
  const text = useStore((s) => {
    const op = windowOperationFor(s.config);
    if (op.groups === 1) return '';
    const shape = groupShape(op.groups, op.input.length, op.output.length);
    const filter = highlightFor(s).step.out.channel;
    const group = channelGroup(shape, groupOfStep(shape, filter));
    return `Filter ${filter + 1} is in group ${group.group + 1} of ${op.groups}: its window reads input ${channelRange(group.inChannels)} and no others.`;
  });
  return text ? <p className="group-note">{text}</p> : null;
});

export function Arithmetic() {
  const separable = useStore((s) => s.config.separable);
  return separable ? <SeparableArithmetic /> : <ConvArithmetic note={<GroupNote />} />;
}

export function Explainers() {
  const separable = useStore((s) => s.config.separable);
  return (
    <>
      {!separable && <ShapePanel />}
      <CostComparison />
      <Explanation />
      <CodePanel />
    </>
  );
}

export { snippets } from './snippets';

import { spatialPresets } from '../window/presets';

const presets = spatialPresets(true);
export const kernelPresets = () => presets;
export { groupedQuiz as quiz } from './quiz';
