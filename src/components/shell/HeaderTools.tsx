/** Page-level actions: copy a link to this exact view, embed code, figures for slides, presentation mode, theme, shortcuts. */
import { memo, type RefObject } from 'react';
import { useStore, type Theme } from '../../state/store';
import { shareLink } from '../../state/urlSync';
import { CopyButton } from './CopyButton';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

interface HeaderToolsProps {
  onHelp: () => void;
  onPresent: () => void;
  onEmbed: () => void;
  onExport: () => void;
  /** The Embed and shortcuts buttons, where their dialogs return focus when nothing else can take it. */
  embedButtonRef?: RefObject<HTMLButtonElement | null>;
  exportButtonRef?: RefObject<HTMLButtonElement | null>;
  helpButtonRef?: RefObject<HTMLButtonElement | null>;
  /** The presenting drawer's button, where focus returns when the drawer closes. */
  drawerButtonRef?: RefObject<HTMLButtonElement | null>;
}

export const HeaderTools = memo(function HeaderTools({
  onHelp,
  onPresent,
  onEmbed,
  onExport,
  embedButtonRef,
  exportButtonRef,
  helpButtonRef,
  drawerButtonRef,
}: HeaderToolsProps) {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  const presenting = useStore((s) => s.presenting);
  const controls = useStore((s) => s.controls);
  const drawer = useStore((s) => s.drawer);
  return (
    <div className="header-tools">
      {presenting && controls && (
        <button
          type="button"
          ref={drawerButtonRef}
          aria-expanded={drawer}
          aria-controls="settings-drawer"
          onClick={() => useStore.getState().togglePresenterTool('drawer')}
          title="Settings (S)"
        >
          Settings
        </button>
      )}
      <CopyButton text={() => shareLink(useStore.getState())} label="Copy link" />
      <button type="button" ref={embedButtonRef} onClick={onEmbed}>
        Embed
      </button>
      <button type="button" ref={exportButtonRef} onClick={onExport}>
        Export
      </button>
      <button type="button" aria-pressed={presenting} onClick={onPresent} title="Presentation mode (F)">
        Present
      </button>
      <label className="theme-picker">
        <span className="visually-hidden">Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        ref={helpButtonRef}
        className="shortcuts-button"
        onClick={onHelp}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </div>
  );
});
