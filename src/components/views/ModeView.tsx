/**
 * The panel of the selected tab: the mode's stage and arithmetic, then its explainers. Each mode's React side is its own chunk (src/modes/viewCache.ts); the first
 * one is loaded before the first render, tabs load theirs before switching, and at the first pause
 * the rest are fetched too, so switching tabs works on a flaky network.
 */
import { lazy, memo, Suspense, use, useEffect } from 'react';
import { useStore } from '../../state/store';
import { MODES, type Mode } from '../../modes/registry';
import { loadedModeView, loadModeView } from '../../modes/viewCache';
import { PanelBoundary } from '../shell/PanelBoundary';
import { FitToFrame } from './FitToFrame';

// Predict, then reveal: its panel loads when the quiz is first turned on.
const QuizPanel = lazy(() => import('../../quiz/QuizPanel'));

/**
 * Fetches the other views 1.5 s into a pause. Never while playing: each view brings its stylesheet,
 * and a new stylesheet restyles every cell at once, a long task that drops frames of the animation.
 */
function usePrefetchViews(): void {
  useEffect(() => {
    let timer: number | undefined;
    const prefetch = () => MODES.forEach((m) => void loadModeView(m).catch(() => undefined));
    const schedule = (playing: boolean) => {
      window.clearTimeout(timer);
      if (!playing) timer = window.setTimeout(prefetch, 1500);
    };
    schedule(useStore.getState().playing);
    const stop = useStore.subscribe((s, before) => {
      if (s.playing !== before.playing) schedule(s.playing);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
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
  const quiz = useStore((s) => s.quiz);
  // The output-size question keeps the grids (and their size) off the page until it is answered.
  const sizeAsked = useStore((s) => s.quiz && s.sizeAsked);
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
          {quiz && (
            <Suspense fallback={null}>
              <QuizPanel />
            </Suspense>
          )}
          {sizeAsked ? (
            <p className="hint">The grids come back once you have predicted the output size.</p>
          ) : (
            <ModeParts mode={mode} compact={compact || presenting} scaleToFrame={compact} />
          )}
        </Suspense>
      </PanelBoundary>
    </div>
  );
});
