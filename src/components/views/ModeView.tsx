/**
 * The panel of the selected tab: the mode's stage and arithmetic, then its explainers. Each mode's React side is its own chunk (src/modes/viewCache.ts); the first
 * one is loaded before the first render, tabs load theirs before switching, and once the page is
 * up the rest are fetched too, so switching tabs works on a flaky network.
 */
import { memo, Suspense, use, useEffect } from 'react';
import { useStore } from '../../state/store';
import { MODES, type Mode } from '../../modes/registry';
import { loadedModeView, loadModeView } from '../../modes/viewCache';
import { PanelBoundary } from '../shell/PanelBoundary';
import { FitToFrame } from './FitToFrame';

function usePrefetchViews(): void {
  useEffect(() => {
    const prefetch = () => MODES.forEach((m) => void loadModeView(m).catch(() => undefined));
    const id = window.setTimeout(prefetch, 1500);
    return () => window.clearTimeout(id);
  }, []);
}

/** `compact`: no explainers (embed, presenting); `scaleToFrame`: the embed's scale-to-fit. */
function ModeParts({ mode, compact, scaleToFrame }: { mode: Mode; compact: boolean; scaleToFrame: boolean }) {
  const { Stage, Arithmetic, Explainers } = loadedModeView(mode) ?? use(loadModeView(mode));
  return (
    <>
      {/* While presenting, the stage's size container: the screen less the chrome and the arithmetic. */}
      <div className="stage-frame">
        {scaleToFrame ? (
          <FitToFrame>
            <Stage />
          </FitToFrame>
        ) : (
          <Stage />
        )}
      </div>
      <div className="explainers">
        <Arithmetic />
        {!compact && (
          <PanelBoundary what="explanations">
            <Explainers />
          </PanelBoundary>
        )}
      </div>
    </>
  );
}

export const ModeView = memo(function ModeView({ compact }: { compact: boolean }) {
  const mode = useStore((s) => s.config.mode);
  // Presenting shows the stage and its arithmetic only; the explainers wait for the page layout.
  const presenting = useStore((s) => s.presenting);
  usePrefetchViews();
  return (
    <div
      role="tabpanel"
      id="view-panel"
      aria-labelledby={`tab-${mode}`}
      className={`mode-view mode-view--${mode}`}
    >
      <PanelBoundary key={mode} what="view">
        <Suspense fallback={<p className="hint stage-loading">Loading the view…</p>}>
          <ModeParts mode={mode} compact={compact || presenting} scaleToFrame={compact} />
        </Suspense>
      </PanelBoundary>
    </div>
  );
});
