/** The standard convolution view: input, one kernel per filter and channel, output. */
import { WindowStage, channelLabel } from '../window/WindowStage';
import { KernelGrids } from '../window/KernelGrids';
import { ConvArithmetic } from '../window/Arithmetic';
import { ExplainerList } from '../window/explainers';
import { Explanation } from './Explanation';
import type { WindowOperation } from '../window/operation';

const kernelCells = (op: WindowOperation) =>
  Math.max(3, op.geometry.kernelWidth) * Math.min(op.output.length * op.input.length, 2);

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
      <Explanation />
    </ExplainerList>
  );
}

export { windowSnippets as snippets } from '../window/snippets';

import { spatialPresets } from '../window/presets';

const presets = spatialPresets(true);
export const kernelPresets = () => presets;
export { windowQuiz as quiz } from '../window/quiz';
