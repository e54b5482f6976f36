/** The pooling view: the window and its rule; with the pipeline, the image and its 3×3 convolution first. */
import { useStore } from '../../state/store';
import { WindowStage, channelLabel, type LeadColumn } from '../window/WindowStage';
import { PoolArithmetic } from '../window/Arithmetic';
import { ExplainerList } from '../window/explainers';
import { PoolWindow } from '../../components/grid/PoolWindow';
import { ImageGrid } from '../../components/grid/ImageGrid';
import { KernelGrid } from '../../components/grid/KernelGrid';
import { PipelinePanel } from '../../components/panels/PipelinePanel';
import { Explanation } from './Explanation';
import { PIPELINE_CONV_KERNEL } from '.';
import type { WindowOperation } from '../window/operation';

const kernelCells = (op: WindowOperation) =>
  Math.max(3, op.geometry.kernelWidth) * Math.min(op.output.length * op.input.length, 2);

const pipelineLead = (imageHeight: number, imageWidth: number): LeadColumn[] => [
  { key: 'image', heading: 'Image', cells: imageWidth, rows: imageHeight, content: <ImageGrid /> },
  {
    key: 'conv-kernel',
    heading: 'Conv kernel',
    cells: PIPELINE_CONV_KERNEL,
    content: (
      <KernelGrid
        out={0}
        channel={0}
        rows={PIPELINE_CONV_KERNEL}
        cols={PIPELINE_CONV_KERNEL}
        label="Kernel of the 3×3 convolution"
      />
    ),
  },
];

export function Stage() {
  const pipeline = useStore((s) => s.config.pipeline);
  const imageHeight = useStore((s) => s.config.size[0]);
  const imageWidth = useStore((s) => s.config.size[1]);
  return (
    <WindowStage
      {...(pipeline && { lead: pipelineLead(imageHeight, imageWidth) })}
      inputHeading={pipeline ? 'Feature map (pooling input)' : 'Input'}
      inputLabel={(c, n) => (pipeline ? 'Input to pooling: the feature map' : channelLabel('Input', c, n))}
      inputEditable={!pipeline}
      kernelHeading="Window"
      kernel={<PoolWindow />}
      kernelCells={pipeline ? () => PIPELINE_CONV_KERNEL : kernelCells}
      outputHeading="Output"
    />
  );
}

export function Arithmetic() {
  return <PoolArithmetic />;
}

export function Explainers() {
  return (
    <ExplainerList>
      <PipelinePanel />
      <Explanation />
    </ExplainerList>
  );
}

export { windowSnippets as snippets } from '../window/snippets';

import type { Config } from '../types';
import { spatialPresets } from '../window/presets';

const presets = spatialPresets(false);
export const kernelPresets = (c: Config) => (c.pipeline ? presets : []);
export { windowQuiz as quiz } from '../window/quiz';
