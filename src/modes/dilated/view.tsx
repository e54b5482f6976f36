/** The dilated view: the standard stage, plus how far a dilated kernel sees and how stacks grow. */
import { WindowStage, channelLabel } from '../window/WindowStage';
import { KernelGrids } from '../window/KernelGrids';
import { ConvArithmetic } from '../window/Arithmetic';
import { ExplainerList } from '../window/explainers';
import { DilationComparison } from '../../components/panels/DilationComparison';
import { ReceptiveFieldStrip } from '../../components/panels/ReceptiveFieldStrip';
import { Explanation } from './Explanation';
import type { WindowOperation } from '../window/operation';

const kernelCells = (op: WindowOperation) => Math.max(3, op.geometry.kernelWidth);

export function Stage() {
  return (
    <WindowStage
      inputHeading="Input"
      inputLabel={(c, n) => channelLabel('Input', c, n)}
      kernelHeading="Kernel"
      kernel={<KernelGrids />}
      kernelCells={kernelCells}
      outputHeading="Output"
    />
  );
}

export function Arithmetic() {
  return <ConvArithmetic />;
}

export function Explainers() {
  return (
    <ExplainerList>
      <DilationComparison />
      <ReceptiveFieldStrip />
      <Explanation />
    </ExplainerList>
  );
}

export { windowSnippets as snippets } from '../window/snippets';

import { spatialPresets } from '../window/presets';

const presets = spatialPresets(true);
export const kernelPresets = () => presets;
export { windowQuiz as quiz } from '../window/quiz';
