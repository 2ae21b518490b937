import { useState, type KeyboardEvent } from 'react';
import { SignInForm, type AccountFormMode } from './SignInForm';
import '../account.css';

export interface SignInDialogProps {
  initialMode: AccountFormMode;
  onClose: () => void;
}

/** The sign-in / sign-up form in a modal dialog; Escape or a click outside closes it. */
export function SignInDialog({ initialMode, onClose }: SignInDialogProps) {
  const [mode, setMode] = useState(initialMode);
  const onKeyDown = (event: KeyboardEvent) => {
    // The map's own shortcuts (Escape closes the panels) must not see keys typed here.
    event.stopPropagation();
    if (event.key === 'Escape') onClose();
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="account-form-title"
        onKeyDown={onKeyDown}
        data-testid="sign-in-dialog"
      >
        <button type="button" className="icon-button dialog__close" onClick={onClose} aria-label="Close">
          ×
        </button>
        <SignInForm mode={mode} onMode={setMode} />
      </div>
    </div>
  );
}
