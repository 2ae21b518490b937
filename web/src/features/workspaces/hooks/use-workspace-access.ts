import { useAsync, type AsyncState } from '../../../lib/use-async';
import { getWorkspaceAccess, type WorkspaceAccess } from '../api/get-workspace-access';

/**
 * The viewer's role and edit right in a workspace (null: absent or hidden), reloaded when `version`
 * changes. The app mounts afresh when the session changes, so the session needs no part in the key.
 */
export function useWorkspaceAccess(slug: string, version = 0): [AsyncState<WorkspaceAccess | null>, () => void] {
  return useAsync(`${slug}#${version}`, (signal) => getWorkspaceAccess(slug, signal));
}
