/** Page-level actions: copy a link to this exact view, presentation mode, theme, shortcuts. */
import { memo, useState } from 'react';
import { useStore, type Theme } from '../../state/store';
import { shareLink } from '../../state/urlSync';

const THEMES: { value: Theme; label: string }[] = [
  { value: 'system', label: 'System theme' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'contrast', label: 'High contrast' },
];

export const HeaderTools = memo(function HeaderTools({ onHelp, onPresent }: { onHelp: () => void; onPresent: () => void }) {
  const theme = useStore((s) => s.theme);
  const setTheme = useStore((s) => s.setTheme);
  const presenting = useStore((s) => s.presenting);
  const [copied, setCopied] = useState<string | null>(null);

  const copyLink = async () => {
    const link = shareLink(useStore.getState());
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied');
    } catch {
      // Clipboard can be refused (permissions, insecure origin): show the link to copy by hand.
      window.prompt('Copy this link', link);
      setCopied(null);
    }
    window.setTimeout(() => setCopied(null), 2000);
  };

  return (
    <div className="header-tools">
      <button type="button" onClick={copyLink}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {copied}
      </span>
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
      <button type="button" onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  );
});
