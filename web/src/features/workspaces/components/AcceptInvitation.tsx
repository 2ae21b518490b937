import { useState } from 'react';
import type { SessionState } from '../../../lib/session/session';
import { acceptInvitation } from '../api/accept-invitation';

export interface AcceptInvitationProps {
  token: string;
  session: SessionState;
  onSignIn: (mode: 'sign-in' | 'sign-up') => void;
  /** Told the workspace joined. */
  onJoined: (slug: string) => void;
  onDismiss: () => void;
}

const REFUSALS: Record<string, string> = {
  NOT_FOUND: 'This invitation link is no longer valid: it was used, withdrawn or has expired. Ask for a new one.',
  FORBIDDEN:
    'This invitation was made for another e-mail address. Sign out, then sign in (or create an account) with that one.',
};

/** An invitation link opened: sign in or create an account first, then accept it and join the workspace. */
export function AcceptInvitation({ token, session, onSignIn, onJoined, onDismiss }: AcceptInvitationProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const accept = async () => {
    setBusy(true);
    setProblem(null);
    try {
      onJoined((await acceptInvitation(token)).slug);
    } catch (error) {
      setProblem(REFUSALS[(error as { code?: string }).code ?? ''] ?? (error as Error).message);
      setBusy(false);
    }
  };
  return (
    <section className="invitation-card" aria-labelledby="invitation-title" data-testid="accept-invitation">
      <h2 id="invitation-title">You are invited to a workspace</h2>
      {session.status !== 'signed-in' ? (
        <>
          <p>Sign in, or create an account with the e-mail address the invitation was made for; then accept it here.</p>
          <div className="edit-form__actions">
            <button
              type="button"
              className="primary"
              onClick={() => onSignIn('sign-in')}
              data-testid="invitation-sign-in"
            >
              Sign in
            </button>
            <button type="button" onClick={() => onSignIn('sign-up')} data-testid="invitation-sign-up">
              Create an account
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Join as <strong>{session.user.email}</strong>? You will see the workspace's members-only records, and edit
            them if the invitation makes you an editor.
          </p>
          {problem && (
            <p className="notice notice--error" role="alert" data-testid="invitation-problem">
              {problem}
            </p>
          )}
          <div className="edit-form__actions">
            <button
              type="button"
              className="primary"
              onClick={() => void accept()}
              disabled={busy}
              data-testid="accept-invitation-button"
            >
              {busy ? 'Joining…' : 'Accept the invitation'}
            </button>
            <button type="button" onClick={onDismiss} disabled={busy}>
              Not now
            </button>
          </div>
        </>
      )}
    </section>
  );
}
