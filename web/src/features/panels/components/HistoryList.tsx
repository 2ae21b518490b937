import { useAsync } from '../../../lib/use-async';
import { getHistory, type ChangeAnswer } from '../api/get-history';
import { RetryNotice } from '../../../components/notice/RetryNotice';

/** Bookkeeping fields every change touches; listing them says nothing to a reader. */
const BOOKKEEPING = new Set(['id', 'workspaceId', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version']);

/**
 * An actor's or relation's recorded changes, newest first: what an edit changed, field by field; a creation
 * or import only says how many fields it set.
 */
export function HistoryList({ entityId, version }: { entityId: string; version: number }) {
  const [state, reload] = useAsync(`${entityId}:${version}`, (signal) => getHistory(entityId, signal));
  if (state.status === 'loading' || state.status === 'idle') return <p className="muted">Loading history…</p>;
  if (state.status === 'error')
    return <RetryNotice onRetry={reload}>History unavailable: {state.error.message} </RetryNotice>;
  if (state.data.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history" data-testid="history-list">
      {state.data.map((change) => (
        <li key={change.id}>
          <strong>{change.action.toLowerCase()}</strong> by {change.by}{' '}
          <time dateTime={change.at}>{new Date(change.at).toLocaleString()}</time>
          <ChangedFields change={change} />
        </li>
      ))}
    </ol>
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
