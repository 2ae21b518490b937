import { RetryNotice } from '../../../components/notice/RetryNotice';
import { VisibilityBadge } from '../../../components/visibility-badge/VisibilityBadge';
import { useAsync, useLastData } from '../../../lib/use-async';
import { getMyWorkspaces, type WorkspaceRow } from '../api/get-my-workspaces';
import { roleName } from '../role-label';

export interface WorkspaceListProps {
  current: string;
  /** Bumped after a change that the list shows (a title, a new workspace). */
  version: number;
  signedIn: boolean;
  onManage: (slug: string) => void;
}

/** The workspaces the viewer belongs to, with its role in each, and the public ones it may browse. */
export function WorkspaceList({ current, version, signedIn, onManage }: WorkspaceListProps) {
  const [state, reload] = useAsync(`workspaces#${version}`, getMyWorkspaces);
  const workspaces = useLastData(state);
  if (state.status === 'error') return <RetryNotice onRetry={reload}>{state.error.message}</RetryNotice>;
  if (!workspaces) return <p className="muted">Loading the workspaces…</p>;
  const mine = workspaces.filter((workspace) => workspace.myRole !== null);
  const others = workspaces.filter((workspace) => workspace.myRole === null);
  const row = (workspace: WorkspaceRow) => (
    <li key={workspace.id}>
      <button
        type="button"
        className={`workspace-row${workspace.slug === current ? ' workspace-row--current' : ''}`}
        aria-current={workspace.slug === current ? 'true' : undefined}
        onClick={() => onManage(workspace.slug)}
        data-testid="workspace-row"
        data-slug={workspace.slug}
      >
        <span className="workspace-row__title">{workspace.title}</span>
        <span className="workspace-row__meta">
          {workspace.myRole && (
            <span className="role" data-testid="workspace-role">
              {roleName(workspace.myRole)}
            </span>
          )}
          <VisibilityBadge visibility={workspace.visibility} />
          <span className="muted small">{workspace.actorCount} actors</span>
        </span>
      </button>
    </li>
  );
  return (
    <section className="workspace-list" aria-label="Workspaces" data-testid="workspace-list">
      <h2>Your workspaces</h2>
      {!signedIn ? (
        <p className="muted small">Sign in to see the workspaces you belong to.</p>
      ) : mine.length === 0 ? (
        <p className="muted small">You belong to no workspace yet: create one, or ask an owner to invite you.</p>
      ) : (
        <ul>{mine.map(row)}</ul>
      )}
      {others.length > 0 && (
        <>
          <h3>Public workspaces</h3>
          <ul>{others.map(row)}</ul>
        </>
      )}
    </section>
  );
}
