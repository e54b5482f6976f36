/** The image view's React side, loaded with its tab: the stage, a summary, explanations and code. */
import { layerSnippets, makeGeometry, type Snippets } from '../../compute';
import { CodePanel } from '../../components/panels/CodePanel';
import type { OperationBase } from '../operation';
import type { Config } from '../types';
import { spatialPresets } from '../window/presets';
import { ImageStage } from './ImageStage';
import { ImageExplanation, ImageSummary } from './Explanation';
import { SAMPLE_SIDE } from './limits';
import './image.css';

const presets = spatialPresets(true);
/** The classic image-processing kernels, for convolution (a fixed 3×3 preset makes the kernel 3×3). */
export const kernelPresets = (c: Config) => (c.op === 'conv' ? presets : []);

export function Stage() {
  return <ImageStage />;
}

export function Arithmetic() {
  return <ImageSummary />;
}

export function Explainers() {
  return (
    <>
      <ImageExplanation />
      <CodePanel />
    </>
  );
}

/** The layer on a sample-sized image; in RGB the one kernel runs on each channel (groups = 3). */
export function snippets(config: Config, _op: OperationBase): Snippets {
  const conv = config.op === 'conv';
  const channels = config.color === 'rgb' ? 3 : 1;
  const geometry = makeGeometry(SAMPLE_SIDE, SAMPLE_SIDE, {
    kernelSize: config.k,
    stride: config.stride ?? (conv ? 1 : config.k),
    padding: conv ? config.pad : 0,
    dilation: conv ? config.dilation : 1,
  });
  return layerSnippets({
    kind: config.op,
    inChannels: channels,
    outChannels: channels,
    geometry,
    paddingName: conv && typeof config.pad === 'string' ? config.pad : null,
    convBefore: false,
    ...(conv && channels > 1 && { groups: channels }),
  });
}
