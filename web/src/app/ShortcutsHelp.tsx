import { Dialog } from '../components/dialog/Dialog';
import type { Shortcut } from './use-shortcuts';

/** How a key is written in the help. */
const KEY_NAMES: Record<string, string> = { Escape: 'Esc', '-': '−' };

/** The keyboard shortcuts, listed from the same list the app binds, so the help cannot drift from them. */
export function ShortcutsHelp({ shortcuts, onClose }: { shortcuts: readonly Shortcut[]; onClose: () => void }) {
  return (
    <Dialog labelledBy="shortcuts-title" onClose={onClose} className="shortcuts-help" testId="shortcuts-help">
      <h2 id="shortcuts-title" className="dialog__title">
        Keyboard shortcuts
      </h2>
      <p className="muted small">Single keys, on the map page, while you are not typing in a field.</p>
      <dl className="shortcuts-help__list">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.key} className="shortcuts-help__row" data-testid="shortcut">
            <dt>
              <kbd>{KEY_NAMES[shortcut.key] ?? shortcut.key}</kbd>
            </dt>
            <dd>{shortcut.description}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        In a tab bar (lenses, the actor panel), ← and → move between tabs, Home and End go to the first and last.
      </p>
    </Dialog>
  );
}
