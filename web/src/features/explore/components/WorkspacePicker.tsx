import { useMapSettled } from '../../../lib/map-settled';
import { useAsync } from '../../../lib/use-async';
import { getWorkspaces } from '../api/get-workspaces';

export interface WorkspacePickerProps {
  value: string;
  onChange: (slug: string) => void;
}

/** Chooses the map (workspace) to show. The list (with counts over every workspace) loads once the map is drawn. */
export function WorkspacePicker({ value, onChange }: WorkspacePickerProps) {
  const [state] = useAsync(useMapSettled() ? 'workspaces' : null, getWorkspaces);
  const workspaces = state.status === 'ready' ? state.data : [];
  return (
    <label className="field field--inline">
      <span className="visually-hidden">Workspace</span>
      <select
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="workspace-picker"
        disabled={state.status !== 'ready'}
        title={state.status === 'error' ? state.error.message : 'Workspace'}
      >
        {workspaces.length === 0 && (
          <option value={value}>{state.status === 'error' ? 'Workspaces unavailable' : value}</option>
        )}
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.slug}>
            {workspace.title} ({workspace.actorCount} actors)
          </option>
        ))}
      </select>
    </label>
  );
}
