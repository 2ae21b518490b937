import { useState } from 'react';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { humanize } from '../../../lib/domain';
import { useAsync } from '../../../lib/use-async';
import { getAuditLog } from '../api/get-audit-log';
import { when } from '../role-label';

const PAGE_SIZE = 25;

/** An event's details (JSON text) as "key: value" pairs; other text as it is. */
function details(detail: string | null): string {
  if (!detail) return '';
  try {
    const parsed: unknown = JSON.parse(detail);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      return Object.entries(parsed)
        .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(' · ');
  } catch {
    // Not JSON: shown as written.
  }
  return detail;
}

/** Who did what, newest first, a page at a time (owners): data writes, membership and token changes, token uses. */
export function AuditLogSection({ workspace }: { workspace: string }) {
  // The cursors of the pages opened so far: the last one is shown; going back drops it.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const [state, reload] = useAsync(`${workspace}|${after ?? ''}`, (signal) =>
    getAuditLog(workspace, PAGE_SIZE, after, signal),
  );
  if (state.status === 'error') return <RetryNotice onRetry={reload}>{state.error.message}</RetryNotice>;
  const page = state.status === 'ready' ? state.data : null;
  return (
    <div className="audit-section" data-testid="audit-section">
      {!page ? (
        <p className="muted">Loading the audit log…</p>
      ) : page.events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <table className="data-table audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
              <th>Record</th>
              <th>Details</th>
            </tr>
          </thead>
          <tbody>
            {page.events.map((event) => (
              <tr key={event.id} data-testid="audit-row">
                <td className="small nowrap">{when(event.at)}</td>
                <td className="nowrap">{event.actorEmail ?? event.actorId}</td>
                <td className="nowrap">{humanize(event.action)}</td>
                <td>
                  {event.subjectId ? (
                    <code className="small" title={event.subjectId}>
                      {event.subjectId.slice(0, 8)}…
                    </code>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="small audit-detail">{details(event.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="pager">
        <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
          ← Newer
        </button>
        <span className="muted small">Page {cursors.length}</span>
        <button
          type="button"
          disabled={!page?.hasNextPage}
          onClick={() => page?.endCursor && setCursors([...cursors, page.endCursor])}
          data-testid="audit-older"
        >
          Older →
        </button>
      </div>
    </div>
  );
}
