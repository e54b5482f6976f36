/** The panel of the selected tab: the shared stage and arithmetic, then the view's own explainers. */
import { lazy, memo, Suspense } from 'react';
import { useStore } from '../../state/store';
import { OperationStage } from './OperationStage';
import { ArithmeticPanel } from '../panels/ArithmeticPanel';
import { ShapePanel } from '../panels/ShapePanel';
import { PanelBoundary } from '../shell/PanelBoundary';

const ExplainerPanels = lazy(() => import('./ExplainerPanels'));

export const ModeView = memo(function ModeView({ compact }: { compact: boolean }) {
  const mode = useStore((s) => s.config.mode);
  return (
    <div
      role="tabpanel"
      id="view-panel"
      aria-labelledby={`tab-${mode}`}
      className={`mode-view mode-view--${mode}`}
    >
      <OperationStage />
      <div className="explainers">
        <ArithmeticPanel />
        {!compact && <ShapePanel />}
        {!compact && (
          <PanelBoundary what="explanations">
            <Suspense fallback={null}>
              <ExplainerPanels mode={mode} />
            </Suspense>
          </PanelBoundary>
        )}
      </div>
    </div>
  );
});
