/** The panel of the selected tab: the shared stage and arithmetic, then the view's own explainers. */
import { memo } from 'react';
import { useStore } from '../../state/store';
import { OperationStage } from './OperationStage';
import { ArithmeticPanel } from '../panels/ArithmeticPanel';
import { ShapePanel } from '../panels/ShapePanel';
import { ExplainPanel } from '../panels/ExplainPanel';
import { DilationComparison } from '../panels/DilationComparison';
import { ReceptiveFieldStrip } from '../panels/ReceptiveFieldStrip';
import { ChannelVolume } from '../panels/ChannelVolume';
import { CostPanel } from '../panels/CostPanel';
import { PipelinePanel } from '../panels/PipelinePanel';

export const ModeView = memo(function ModeView({ compact }: { compact: boolean }) {
  const mode = useStore((s) => s.config.mode);
  return (
    <div role="tabpanel" id="view-panel" aria-labelledby={`tab-${mode}`} className={`mode-view mode-view--${mode}`}>
      <OperationStage />
      <div className="explainers">
        <ArithmeticPanel />
        {!compact && <ShapePanel />}
        {!compact && mode === 'dilated' && <DilationComparison />}
        {!compact && mode === 'dilated' && <ReceptiveFieldStrip />}
        {!compact && mode === 'pointwise' && <ChannelVolume />}
        {!compact && mode === 'pointwise' && <CostPanel />}
        {!compact && mode === 'maxpool' && <PipelinePanel />}
        {!compact && <ExplainPanel mode={mode} />}
      </div>
    </div>
  );
});
