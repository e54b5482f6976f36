/**
 * Puts the chosen theme on <html>; "system" leaves it to prefers-color-scheme in the CSS. Presenting
 * with the system theme switches to high contrast, which survives a washed-out projector.
 */
import { useEffect } from 'react';
import { useStore } from '../state/store';

const STORAGE_KEY = 'kernelwise-theme';

export function useThemeAttribute(): void {
  const theme = useStore((s) => s.theme);
  const presenting = useStore((s) => s.presenting);
  const setTheme = useStore((s) => s.setTheme);
  useEffect(() => {
    try {
      const saved = window.localStorage.getItem(STORAGE_KEY);
      if (saved === 'light' || saved === 'dark' || saved === 'contrast') setTheme(saved);
    } catch {
      // Storage can be blocked (sandboxed iframes, private modes): the system theme is fine.
    }
  }, [setTheme]);
  useEffect(() => {
    document.documentElement.dataset.theme = presenting && theme === 'system' ? 'contrast' : theme;
  }, [theme, presenting]);
  useEffect(() => {
    try {
      if (theme === 'system') window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // see above
    }
  }, [theme]);
}
