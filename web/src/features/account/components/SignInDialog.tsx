import { useState } from 'react';
import { Dialog } from '../../../components/dialog/Dialog';
import { SignInForm, type AccountFormMode } from './SignInForm';
import '../account.css';

export interface SignInDialogProps {
  initialMode: AccountFormMode;
  onClose: () => void;
}

/** The sign-in / sign-up form in a modal dialog: focus stays in it; Escape or a click outside closes it. */
export function SignInDialog({ initialMode, onClose }: SignInDialogProps) {
  const [mode, setMode] = useState(initialMode);
  return (
    <Dialog labelledBy="account-form-title" onClose={onClose} testId="sign-in-dialog">
      <SignInForm mode={mode} onMode={setMode} />
    </Dialog>
  );
}
