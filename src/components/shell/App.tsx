/** The page: header with the view tabs, notices, the selected view, and the controls. */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from '../../state/store';
import { usePlaybackClock } from '../../hooks/usePlaybackClock';
import { useKeyboardShortcuts } from '../../hooks/useKeyboardShortcuts';
import { usePresentation } from '../../hooks/usePresentation';
import { useThemeAttribute } from '../../hooks/useThemeAttribute';
import { useEmbedBridge } from '../../hooks/useEmbedBridge';
import { ModeTabs } from '../controls/ModeTabs';
import { PlaybackBar } from '../controls/PlaybackBar';
import { ModeView } from '../views/ModeView';
import { NoticeBar } from './NoticeBar';
import { HeaderTools } from './HeaderTools';
import { EmbedFooter } from './EmbedFooter';
import { useIdle } from '../../hooks/useIdle';
import { useStickyBarClearance } from '../../hooks/useStickyBarClearance';
import { PanelBoundary } from './PanelBoundary';
import { useSettingsDrawer } from '../../hooks/useSettingsDrawer';

// Dialogs load on first use: most visits never open them.
const ShortcutsDialog = lazy(() => import('./ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })));
// The settings sidebar follows the first paint: the grids and playback come first.
const SettingsPanels = lazy(() => import('../controls/SettingsPanels'));
// The blank screen, laser pointer and their announcements: only ever needed while presenting.
const PresenterLayer = lazy(() =>
  import('../../presentation/PresenterLayer').then((m) => ({ default: m.PresenterLayer })),
);
const EmbedDialog = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/** The first of these that can take focus: a dialog's own button, else the selected view tab. */
function focusable(...candidates: (HTMLElement | null | undefined)[]): HTMLElement | null {
  const shown = (el: HTMLElement | null | undefined): el is HTMLElement =>
    !!el && el.getClientRects().length > 0;
  return candidates.find(shown) ?? document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
}

export function App() {
  const embed = useStore((s) => s.embed);
  const controls = useStore((s) => s.controls);
  const presenting = useStore((s) => s.presenting);
  // Cell cross-fades last at most a third of a step at the chosen speed. Not tied to playing: a
  // custom property set on .app restyles every cell, a long task on 32×32 grids at each play/pause.
  // A fade shorter than two frames is not seen, yet each one restyles and repaints its cells every
  // frame and fires transition events through React's root listener: none at all then.
  const fade = useStore((s) => {
    const ms = Math.min(150, Math.round(330 / s.speed));
    return ms < 34 ? '0s' : `${ms}ms`;
  });
  const [help, setHelp] = useState(false);
  const [embedding, setEmbedding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const helpReturn = useCallback(() => focusable(helpButton.current), []);
  const embedReturn = useCallback(() => focusable(embedButton.current), []);
  const exportReturn = useCallback(() => focusable(exportButton.current), []);
  const drawerButton = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLElement>(null);
  const drawerOpen = useStore((s) => s.drawer);
  useSettingsDrawer(
    drawer,
    useCallback(() => focusable(drawerButton.current), []),
  );
  const idle = useIdle(presenting, 2500);
  const { toggle: togglePresentation } = usePresentation();
  const showHelp = useCallback(() => setHelp(true), []);
  const controlsBar = useRef<HTMLElement>(null);
  useStickyBarClearance(controlsBar);
  usePlaybackClock();
  useKeyboardShortcuts({ togglePresentation, showHelp });
  useThemeAttribute();
  useEmbedBridge();
  useEffect(() => {
    document.documentElement.dataset.embed = embed ? 'true' : 'false';
  }, [embed]);

  return (
    <div
      className={`app${embed ? ' app--embed' : ''}${presenting ? ' app--presenting' : ''}${idle ? ' app--idle' : ''}${presenting && drawerOpen ? ' app--drawer' : ''}`}
      style={{ '--fade': fade } as React.CSSProperties}
    >
      {!embed && (
        <header className="app-header">
          <h1 className="app-title">
            Kernel<span>wise</span>
          </h1>
          <ModeTabs />
          <HeaderTools
            onHelp={showHelp}
            onPresent={togglePresentation}
            onEmbed={() => setEmbedding(true)}
            onExport={() => setExporting(true)}
            helpButtonRef={helpButton}
            embedButtonRef={embedButton}
            exportButtonRef={exportButton}
            drawerButtonRef={drawerButton}
          />
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
          <aside
            className="app-side"
            id="settings-drawer"
            aria-label="Settings"
            ref={drawer}
            inert={presenting && !drawerOpen}
          >
            {presenting && (
              <button
                type="button"
                className="drawer-close"
                onClick={() => useStore.getState().togglePresenterTool('drawer', false)}
              >
                Close settings
              </button>
            )}
            <PanelBoundary what="settings">
              <Suspense fallback={<p className="hint">Loading settings…</p>}>
                <SettingsPanels />
              </Suspense>
            </PanelBoundary>
          </aside>
        )}
      </main>
      <footer className="app-controls" ref={controlsBar}>
        <PlaybackBar />
      </footer>
      {embed && <EmbedFooter />}
      <PanelBoundary what="dialog">
        <Suspense fallback={null}>
          {help && <ShortcutsDialog open={help} onClose={() => setHelp(false)} returnFocus={helpReturn} />}
          {presenting && <PresenterLayer />}
          {embedding && !embed && (
            <EmbedDialog open={embedding} onClose={() => setEmbedding(false)} returnFocus={embedReturn} />
          )}
          {exporting && !embed && (
            <ExportDialog open={exporting} onClose={() => setExporting(false)} returnFocus={exportReturn} />
          )}
        </Suspense>
      </PanelBoundary>
    </div>
  );
}
