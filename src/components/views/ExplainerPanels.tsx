/**
 * The explainers below the arithmetic: loaded as their own chunk after the first render, so the
 * grids and controls appear sooner (the initial bundle stays small).
 */
import type { Mode } from '../../state/config';
import { ExplainPanel } from '../panels/ExplainPanel';
import { DilationComparison } from '../panels/DilationComparison';
import { ReceptiveFieldStrip } from '../panels/ReceptiveFieldStrip';
import { ChannelVolume } from '../panels/ChannelVolume';
import { CostPanel } from '../panels/CostPanel';
import { PipelinePanel } from '../panels/PipelinePanel';
import { CodePanel } from '../panels/CodePanel';

export default function ExplainerPanels({ mode }: { mode: Mode }) {
  return (
    <>
      {mode === 'dilated' && <DilationComparison />}
      {mode === 'dilated' && <ReceptiveFieldStrip />}
      {mode === 'pointwise' && <ChannelVolume />}
      {mode === 'pointwise' && <CostPanel />}
      {mode === 'maxpool' && <PipelinePanel />}
      <ExplainPanel mode={mode} />
      <CodePanel />
    </>
  );
}
