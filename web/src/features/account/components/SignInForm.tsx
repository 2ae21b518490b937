import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { applySignIn } from '../../../lib/session/session';
import { signIn } from '../api/sign-in';
import { signUp } from '../api/sign-up';
import { describeAuthFailure, type AuthFailure } from '../auth-failure';
import { useCountdown } from '../use-countdown';

export type AccountFormMode = 'sign-in' | 'sign-up';

export interface SignInFormProps {
  mode: AccountFormMode;
  onMode: (mode: AccountFormMode) => void;
}

const TITLES: Record<AccountFormMode, string> = { 'sign-in': 'Sign in to Tiermap', 'sign-up': 'Create an account' };

/**
 * Signs in or creates an account. Refusals read as words beside the field or above the form; after
 * repeated wrong passwords the API locks the address for a while, and the form counts that down.
 * On success the session changes and the app reloads its data as the user (lib/session).
 */
export function SignInForm({ mode, onMode }: SignInFormProps) {
  const [fields, setFields] = useState({ name: '', email: '', password: '' });
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const wait = useCountdown(failure?.retryAt ?? null);
  const set = (key: keyof typeof fields) => (value: string) => {
    setFields((previous) => ({ ...previous, [key]: value }));
    // The lock after repeated failures is the address's: another address may be tried at once.
    if (key === 'email' && failure?.retryAt) setFailure(null);
  };
  const problems = failure?.problems ?? {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (mode === 'sign-up' && !fields.name.trim()) missing.name = 'Give your name as colleagues know it.';
    if (!fields.email.trim()) missing.email = 'Give your e-mail address.';
    if (!fields.password) missing.password = 'Give your password.';
    if (Object.keys(missing).length) return setFailure({ problems: missing, message: null, retryAt: null });
    setBusy(true);
    setFailure(null);
    try {
      const email = fields.email.trim();
      applySignIn(
        mode === 'sign-in'
          ? await signIn(email, fields.password)
          : await signUp(email, fields.password, fields.name.trim()),
      );
    } catch (error) {
      setFailure(describeAuthFailure(error));
      setBusy(false);
    }
  };

  const message = failure?.message
    ? `${failure.message}${failure.retryAt !== null ? (wait > 0 ? ` Try again in ${wait} s.` : ' You may try again now.') : ''}`
    : null;
  return (
    <form className="account-form" onSubmit={submit} noValidate data-testid="sign-in-form" data-mode={mode}>
      <h2 id="account-form-title">{TITLES[mode]}</h2>
      <p className="muted">
        {mode === 'sign-in'
          ? 'Public maps need no account. Sign in to edit, and to see the workspaces you belong to.'
          : 'With an account you can create workspaces and join the ones you are invited to.'}
      </p>
      {message && (
        <div className="notice notice--error" role="alert" data-testid="sign-in-error">
          <p>{message}</p>
        </div>
      )}
      {mode === 'sign-up' && (
        <FieldRow label="Name" problem={problems.name}>
          <input value={fields.name} onChange={(e) => set('name')(e.target.value)} autoComplete="name" />
        </FieldRow>
      )}
      <FieldRow label="E-mail address" problem={problems.email}>
        <input
          type="email"
          value={fields.email}
          onChange={(e) => set('email')(e.target.value)}
          autoComplete="email"
          autoFocus
        />
      </FieldRow>
      <FieldRow label="Password" problem={problems.password}>
        <input
          type="password"
          value={fields.password}
          onChange={(e) => set('password')(e.target.value)}
          autoComplete={mode === 'sign-in' ? 'current-password' : 'new-password'}
        />
      </FieldRow>
      {mode === 'sign-up' && <p className="muted small account-form__hint">At least 10 characters.</p>}
      <button
        type="submit"
        className="primary account-form__submit"
        disabled={busy || wait > 0}
        data-testid="sign-in-submit"
      >
        {busy ? 'One moment…' : mode === 'sign-in' ? 'Sign in' : 'Create account'}
      </button>
      <p className="account-form__switch">
        {mode === 'sign-in' ? 'No account yet? ' : 'Have an account? '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setFailure(null);
            onMode(mode === 'sign-in' ? 'sign-up' : 'sign-in');
          }}
          data-testid="switch-account-mode"
        >
          {mode === 'sign-in' ? 'Create one' : 'Sign in instead'}
        </button>
      </p>
    </form>
  );
}
