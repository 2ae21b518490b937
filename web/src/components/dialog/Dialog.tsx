import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface DialogProps {
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  onClose: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea, [tabindex="0"]';

/**
 * A modal dialog over a dimmed page: focus moves into it when it opens, stays in it (Tab and Shift+Tab
 * cycle), and goes back where it was when it closes; Escape or a click outside closes it. Keys typed in it
 * do not reach the app's single-key shortcuts.
 */
export function Dialog({ labelledBy, onClose, className, testId, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  // Where focus was when the dialog opened, read while it first renders: a field's autoFocus moves it
  // before any effect runs.
  const [before] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    // A field of the content may have taken focus already (autoFocus): it keeps it.
    if (!box.current?.contains(document.activeElement))
      (box.current?.querySelector<HTMLElement>(FOCUSABLE) ?? box.current)?.focus();
    return () => before?.focus();
  }, [before]);
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') onClose();
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return event.preventDefault();
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={box}
        className={className ? `dialog ${className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <button type="button" className="icon-button dialog__close" onClick={onClose} aria-label="Close">
          ×
        </button>
        {children}
      </div>
    </div>
  );
}
