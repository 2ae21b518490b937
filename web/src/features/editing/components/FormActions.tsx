import type { ReactNode } from 'react';

export interface FormActionsProps {
  saving: boolean;
  label: string;
  busyLabel?: string;
  testId: string;
  onCancel: () => void;
  children?: ReactNode;
}

/** The submit and cancel buttons of an editing form (and any extra action, such as delete). */
export function FormActions({ saving, label, busyLabel = 'Saving…', testId, onCancel, children }: FormActionsProps) {
  return (
    <div className="edit-form__actions">
      <button type="submit" className="primary" disabled={saving} data-testid={testId}>
        {saving ? busyLabel : label}
      </button>
      <button type="button" onClick={onCancel} disabled={saving}>
        Cancel
      </button>
      {children}
    </div>
  );
}
