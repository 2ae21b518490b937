import { FieldRow } from '../../../components/form/FieldRow';
import { VISIBILITIES, VISIBILITY_LABELS, type Visibility } from '../../../lib/domain';

export interface VisibilityFieldProps {
  value: Visibility;
  onChange: (value: Visibility) => void;
  problem?: string | undefined;
}

/** Who may see the record: anyone, the workspace's members, or its owners and editors. */
export function VisibilityField({ value, onChange, problem }: VisibilityFieldProps) {
  return (
    <FieldRow label="Visibility" problem={problem}>
      <select name="visibility" value={value} onChange={(e) => onChange(e.target.value as Visibility)}>
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {VISIBILITY_LABELS[visibility].long}
          </option>
        ))}
      </select>
    </FieldRow>
  );
}
