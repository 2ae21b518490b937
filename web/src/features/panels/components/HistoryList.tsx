import { useState } from 'react';
import { useAsync } from '../../../lib/use-async';
import { getHistory, type ChangeAnswer } from '../api/get-history';
import { RetryNotice } from '../../../components/notice/RetryNotice';

/** Bookkeeping fields every change touches; listing them says nothing to a reader. */
const BOOKKEEPING = new Set(['id', 'workspaceId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version']);

/**
 * An actor's or relation's recorded changes, newest first: what an edit changed, field by field; a creation
 * or import only says how many fields it set. With `onRevert` (editors), the newest change can be undone:
 * the API refuses to revert an older one while later changes stand, so only the newest offers it.
 */
export function HistoryList({
  entityId,
  version,
  onRevert,
}: {
  entityId: string;
  version: number;
  /** Undoes a change; resolves once the record and the map have been told (and the list reloads). */
  onRevert?: (changeId: string) => Promise<void>;
}) {
  const [state, reload] = useAsync(`${entityId}:${version}`, (signal) => getHistory(entityId, signal));
  // Kept here, not in the button: the list reloads (and the button goes) when the revert lands.
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const said = outcome && (
    <p className={outcome.ok ? 'notice' : 'field__problem'} role="status" data-testid="revert-outcome">
      {outcome.text}
    </p>
  );
  if (state.status === 'loading' || state.status === 'idle')
    return (
      <>
        {said}
        <p className="muted">Loading history…</p>
      </>
    );
  if (state.status === 'error')
    return <RetryNotice onRetry={reload}>History unavailable: {state.error.message} </RetryNotice>;
  if (state.data.length === 0) return <p className="muted">No recorded changes.</p>;
  const [newest] = state.data;
  const revert = async (change: ChangeAnswer) => {
    setOutcome(null);
    try {
      await onRevert!(change.id);
      setOutcome({
        ok: true,
        text: `Reverted the ${describeAction(change)} of ${new Date(change.at).toLocaleString()}.`,
      });
      reload();
    } catch (error) {
      setOutcome({ ok: false, text: `Not reverted: ${(error as Error).message}` });
    }
  };
  return (
    <>
      {said}
      {onRevert && newest && !newest.causeId && <RevertButton change={newest} onRevert={() => revert(newest)} />}
      <ol className="history" data-testid="history-list">
        {state.data.map((change) => (
          <li key={change.id}>
            <strong>{describeAction(change)}</strong> by {change.byName}{' '}
            <time dateTime={change.at}>{new Date(change.at).toLocaleString()}</time>
            <ChangedFields change={change} />
          </li>
        ))}
      </ol>
    </>
  );
}

function describeAction(change: ChangeAnswer): string {
  return change.revertOf ? 'revert of an earlier change' : change.action.toLowerCase();
}

/** Undoes the newest change after a second, explicit click. */
function RevertButton({ change, onRevert }: { change: ChangeAnswer; onRevert: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const revert = async () => {
    setBusy(true);
    await onRevert();
    setBusy(false);
    setConfirming(false);
  };
  if (!confirming)
    return (
      <p className="history__revert">
        <button type="button" onClick={() => setConfirming(true)} data-testid="revert-latest">
          Revert the latest change
        </button>
      </p>
    );
  return (
    <p className="history__revert confirm" role="group" aria-label="Confirm revert">
      <button type="button" className="primary" onClick={revert} disabled={busy} data-testid="confirm-revert">
        {busy ? 'Reverting…' : `Yes, undo this ${describeAction(change)}`}
      </button>
      <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
        Keep it
      </button>
    </p>
  );
}

function ChangedFields({ change }: { change: ChangeAnswer }) {
  const fields = change.changedFields.filter((field) => !BOOKKEEPING.has(field));
  if (fields.length === 0) return null;
  if (!change.before) return <div className="muted">{fields.length} fields set</div>;
  return (
    <div className="muted">
      {fields
        .map((field) => `${field}: ${String(change.before?.[field] ?? '—')} → ${String(change.after?.[field] ?? '—')}`)
        .join('; ')}
    </div>
  );
}
