import { useAsync } from '../../../lib/use-async';
import { getHistory } from '../api/get-history';

/** An actor's recorded changes, newest first, with the fields each one changed. */
export function HistoryList({ entityId, version }: { entityId: string; version: number }) {
  const [state, reload] = useAsync(`${entityId}:${version}`, (signal) => getHistory(entityId, signal));
  if (state.status === 'loading' || state.status === 'idle') return <p className="muted">Loading history…</p>;
  if (state.status === 'error')
    return (
      <div className="notice notice--error" role="alert">
        History unavailable: {state.error.message}{' '}
        <button type="button" onClick={reload}>
          Retry
        </button>
      </div>
    );
  if (state.data.length === 0) return <p className="muted">No recorded changes.</p>;
  return (
    <ol className="history" data-testid="history-list">
      {state.data.map((change) => (
        <li key={change.id}>
          <strong>{change.action.toLowerCase()}</strong> by {change.by}{' '}
          <time dateTime={change.at}>{new Date(change.at).toLocaleString()}</time>
          {change.changedFields.length > 0 && (
            <div className="muted">
              {change.changedFields
                .map(
                  (field) =>
                    `${field}: ${String(change.before?.[field] ?? '—')} → ${String(change.after?.[field] ?? '—')}`,
                )
                .join('; ')}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
