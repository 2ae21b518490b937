import { useState, type ReactNode } from 'react';

export interface RestoreNoticeProps {
  /** What was deleted, in words. */
  children: ReactNode;
  /** The button's label, e.g. "Undo: restore it"; none without `onRestore` (readers see only the message). */
  restoreLabel: string;
  /** Restores the record; a failure is shown beside the message. */
  onRestore?: () => Promise<void>;
  onDismiss?: () => void;
  className?: string;
  testId: string;
  restoreTestId: string;
}

/** Says that a record was deleted and offers to restore it, showing the restore's progress and failure. */
export function RestoreNotice(props: RestoreNoticeProps) {
  const { children, restoreLabel, onRestore, onDismiss, className = 'notice', testId, restoreTestId } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await onRestore!();
    } catch (failure) {
      setError(`Not restored: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={className} role="status" data-testid={testId}>
      <p>
        {children}
        {error && <span className="field__problem"> {error}</span>}
      </p>
      {onRestore && (
        <button type="button" className="primary" onClick={restore} disabled={busy} data-testid={restoreTestId}>
          {busy ? 'Restoring…' : restoreLabel}
        </button>
      )}
      {onDismiss && (
        <>
          {' '}
          <button type="button" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </>
      )}
    </div>
  );
}
