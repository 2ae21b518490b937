import { FieldRow } from '../../../components/form/FieldRow';
import type { Visibility } from '../../../lib/domain';

export interface WorkspaceVisibilityFieldProps {
  value: Visibility;
  onChange: (value: Visibility) => void;
  problem?: string | undefined;
}

/** Who may open a workspace: anyone (its public records), or its members only. */
export function WorkspaceVisibilityField({ value, onChange, problem }: WorkspaceVisibilityFieldProps) {
  return (
    <FieldRow label="Who may open it" problem={problem}>
      <select name="visibility" value={value} onChange={(e) => onChange(e.target.value as Visibility)}>
        <option value="PUBLIC">Anyone: its public records can be browsed without an account</option>
        <option value="WORKSPACE">Members only</option>
      </select>
    </FieldRow>
  );
}
