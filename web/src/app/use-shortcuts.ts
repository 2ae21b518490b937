import { useEffect, useRef } from 'react';

/** One single-key shortcut: the key as `KeyboardEvent.key` gives it, what it does (for the help), the action. */
export interface Shortcut {
  key: string;
  description: string;
  run: () => void;
}

/** Single-key shortcuts for the main actions; ignored while typing in a field (Escape excepted). */
export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const current = useRef(shortcuts);
  current.current = shortcuts;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (typing && event.key !== 'Escape') return;
      const shortcut = current.current.find((candidate) => candidate.key === event.key);
      if (!shortcut) return;
      event.preventDefault();
      shortcut.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
