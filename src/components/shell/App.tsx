/** The page: header with the view tabs, notices, the selected view, and the controls. */
import { useCallback, useEffect, useState } from 'react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useStore } from '../../state/store';
import { usePlaybackClock } from '../../hooks/usePlaybackClock';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { usePresentation } from '../../hooks/usePresentation';
import { useThemeAttribute } from '../../hooks/useThemeAttribute';
import { ModeTabs } from '../controls/ModeTabs';
import { PlaybackBar } from '../controls/PlaybackBar';
import { ParameterPanel } from '../controls/ParameterPanel';
import { KernelTools } from '../controls/KernelTools';
import { ModeView } from '../views/ModeView';
import { NoticeBar } from './NoticeBar';
import { ShortcutsDialog } from './ShortcutsDialog';
import { HeaderTools } from './HeaderTools';
import { EmbedFooter } from './EmbedFooter';

export function App() {
  const embed = useStore((s) => s.embed);
  const controls = useStore((s) => s.controls);
  const presenting = useStore((s) => s.presenting);
  const [help, setHelp] = useState(false);
  const { toggle: togglePresentation } = usePresentation();
  const showHelp = useCallback(() => setHelp(true), []);
  usePlaybackClock();
  useKeyboardShortcuts({ togglePresentation, showHelp });
  useThemeAttribute();
  useEffect(() => {
    document.documentElement.dataset.embed = embed ? 'true' : 'false';
  }, [embed]);

  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig reducedMotion="user">
        <div className={`app${embed ? ' app--embed' : ''}${presenting ? ' app--presenting' : ''}`}>
          {!embed && (
            <header className="app-header">
              <h1 className="app-title">
                Kernel<span>wise</span>
              </h1>
              <ModeTabs />
              <HeaderTools onHelp={showHelp} onPresent={togglePresentation} />
            </header>
          )}
          {embed && (
            <div className="embed-tabs">
              <ModeTabs />
            </div>
          )}
          <NoticeBar />
          <main className="app-main">
            <ModeView compact={embed} />
            {controls && (
              <aside className="app-side" aria-label="Settings">
                <ParameterPanel />
                <KernelTools />
              </aside>
            )}
          </main>
          <footer className="app-controls">
            <PlaybackBar />
          </footer>
          {embed && <EmbedFooter />}
          <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
        </div>
      </MotionConfig>
    </LazyMotion>
  );
}
