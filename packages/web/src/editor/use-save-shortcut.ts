import { useEffect } from 'react';

/** Ctrl+S / ⌘S saves, as in Excel and Word, instead of the browser's "save page"; only when there is something to save. */
export function useSaveShortcut(enabled: boolean, save: () => unknown): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (enabled) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, save]);
}
