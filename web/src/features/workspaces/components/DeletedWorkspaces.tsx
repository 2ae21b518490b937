import { useState } from 'react';
import { useAsync } from '../../../lib/use-async';
import { getDeletedWorkspaces } from '../api/get-deleted-workspaces';
import { restoreWorkspace } from '../api/restore-workspace';
import { when } from '../role-label';

export interface DeletedWorkspacesProps {
  version: number;
  onRestored: (slug: string) => void;
}

/** The user's deleted workspaces still in their grace period, each with a Restore button; nothing when none. */
export function DeletedWorkspaces({ version, onRestored }: DeletedWorkspacesProps) {
  const [state] = useAsync(`deleted#${version}`, getDeletedWorkspaces);
  const [problem, setProblem] = useState<string | null>(null);
  if (state.status !== 'ready' || state.data.length === 0) return null;
  const restore = async (id: string) => {
    setProblem(null);
    await restoreWorkspace(id).then(
      (restored) => onRestored(restored.slug),
      (error: Error) => setProblem(error.message),
    );
  };
  return (
    <section className="deleted-workspaces" aria-labelledby="deleted-title" data-testid="deleted-workspaces">
      <h2 id="deleted-title">Deleted workspaces</h2>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <ul>
        {state.data.map((workspace) => (
          <li key={workspace.id} data-testid="deleted-workspace">
            <span>
              <strong>{workspace.title}</strong>
              <br />
              <span className="muted small">purged {when(workspace.purgeAt)}</span>
            </span>
            <button type="button" onClick={() => void restore(workspace.id)} data-testid="restore-workspace">
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
