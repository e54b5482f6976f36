/** The 1×1 view: one pixel's channels through each filter, the volume it reshapes, and the cost. */
import { useStore } from '../../state/store';
import { WindowStage, channelLabel } from '../window/WindowStage';
import { PointwiseFilters } from '../window/KernelGrids';
import { ConvArithmetic } from '../window/Arithmetic';
import { ExplainerList } from '../window/explainers';
import { ChannelVolume } from '../../components/panels/ChannelVolume';
import { CostPanel } from '../../components/panels/CostPanel';
import { Explanation } from './Explanation';
import type { WindowOperation } from '../window/operation';

const kernelCells = (op: WindowOperation) => Math.min(op.output.length, 4) * 1.5;
/** Each filter a column of C_in weights, side by side. */
const kernelFit = (op: WindowOperation) => ({
  rows: op.input.length,
  cols: 1,
  count: op.output.length,
  perRow: op.output.length,
});

export function Stage() {
  const relu = useStore((s) => s.config.relu);
  return (
    <WindowStage
      inputHeading="Input"
      inputLabel={(c, n) => channelLabel('Input', c, n)}
      kernelHeading="Kernel"
      kernel={<PointwiseFilters />}
      kernelCells={kernelCells}
      kernelFit={kernelFit}
      outputHeading={`Output${relu ? ' (after ReLU)' : ''}`}
    />
  );
}

export function Arithmetic() {
  const relu = useStore((s) => s.config.relu);
  return <ConvArithmetic withRelu={relu} />;
}

export function Explainers() {
  return (
    <ExplainerList>
      <ChannelVolume />
      <CostPanel />
      <Explanation />
    </ExplainerList>
  );
}

export { snippets } from './snippets';
export { kernelPresets } from './presets';
export { windowQuiz as quiz } from '../window/quiz';
