/** Puts the chosen theme on <html>; "system" leaves it to prefers-color-scheme in the CSS. */
import { useEffect } from 'react';
import { useStore } from '../state/store';

const STORAGE_KEY = 'kernelwise-theme';

export function useThemeAttribute(): void {
  const theme = useStore((s) => s.theme);
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
    document.documentElement.dataset.theme = theme;
    try {
      if (theme === 'system') window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // see above
    }
  }, [theme]);
}
