import { useEffect, useRef, useState } from 'react';
import { endSession } from '../../../lib/session/session';
import { useSession } from '../../../lib/session/use-session';
import { signOut } from '../api/sign-out';
import type { AccountFormMode } from './SignInForm';
import '../account.css';

export interface AccountMenuProps {
  onSignIn: (mode: AccountFormMode) => void;
  onOpenWorkspaces: () => void;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('') || '?';

/**
 * The header's account corner: "Sign in" for visitors; once signed in, the user's initials, opening a
 * menu with the user, the workspace page and sign-out.
 */
export function AccountMenu({ onSignIn, onOpenWorkspaces }: AccountMenuProps) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (event: MouseEvent) => box.current?.contains(event.target as Node) || setOpen(false);
    const escape = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  if (session.status !== 'signed-in')
    return (
      <div className="account" data-testid="account-menu" data-state="signed-out">
        <button type="button" className="primary" onClick={() => onSignIn('sign-in')} data-testid="sign-in">
          Sign in
        </button>
      </div>
    );
  const { user } = session;
  const leave = async () => {
    setLeaving(true);
    // Whatever the API answers, this browser forgets the session and what it saw.
    await signOut().catch(() => undefined);
    await endSession();
  };
  return (
    <div className="account" ref={box} data-testid="account-menu" data-state="signed-in">
      <button
        type="button"
        className="account__button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={`${user.name} (${user.email})`}
        onClick={() => setOpen(!open)}
        data-testid="account-button"
      >
        <span className="account__avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="visually-hidden">Account: {user.name}</span>
      </button>
      {open && (
        <div className="account__menu" role="menu">
          <p className="account__who">
            <strong>{user.name}</strong>
            <span className="muted small">{user.email}</span>
            {user.admin && <span className="tag">Administrator</span>}
          </p>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              onOpenWorkspaces();
            }}
            data-testid="menu-workspaces"
          >
            Your workspaces
          </button>
          <button type="button" role="menuitem" onClick={leave} disabled={leaving} data-testid="sign-out">
            {leaving ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      )}
    </div>
  );
}
