import type { FormFailure } from './form-failure';

export interface FormFailureNoticeProps {
  failure: FormFailure | null;
  onReload?: () => void;
}

/** The form-level message of a refused change; on a conflict, a button to load the other person's version. */
export function FormFailureNotice({ failure, onReload }: FormFailureNoticeProps) {
  if (!failure?.message) return null;
  return (
    <div
      className={`notice ${failure.conflict ? 'notice--warn' : 'notice--error'}`}
      role="alert"
      data-testid="edit-failure"
    >
      <p>{failure.message}</p>
      {failure.conflict && onReload && (
        <button type="button" onClick={onReload} data-testid="conflict-reload">
          Reload their version
        </button>
      )}
    </div>
  );
}
