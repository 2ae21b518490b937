import { useState, type FormEvent } from 'react';
import { CopyField } from '../../../components/copy-field/CopyField';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import { ROLE_LABELS, ROLES, type Role } from '../../../lib/domain';
import type { InvitationRow } from '../api/get-members';
import { inviteMember, type CreatedInvitation } from '../api/invite-member';
import { revokeInvitation } from '../api/revoke-invitation';
import { roleName, when } from '../role-label';

export interface InvitationsPanelProps {
  workspace: string;
  invitations: readonly InvitationRow[];
  /** Reloads the members and invitations after a change. */
  onChange: () => void;
}

/**
 * Invites an address with a role. No mail is sent: the page shows the invitation link for the owner to
 * pass on, once (only a digest of its secret is kept). Open invitations can be withdrawn.
 */
export function InvitationsPanel({ workspace, invitations, onChange }: InvitationsPanelProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('invitation');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return refuse({ email: 'Give the e-mail address to invite.' });
    await run(async () => {
      setCreated(await inviteMember(workspace, email.trim(), role));
      setEmail('');
      onChange();
    });
  };
  const revoke = (id: string) =>
    run(async () => {
      await revokeInvitation(workspace, id);
      onChange();
    });
  return (
    <section className="invitations" aria-labelledby="invitations-title">
      <h3 id="invitations-title">Invite someone</h3>
      <form ref={formRef} className="edit-form invite-form" onSubmit={submit} noValidate data-testid="invite-form">
        <FormFailureNotice failure={failure} />
        <div className="edit-form__pair">
          <FieldRow label="E-mail address" problem={problems.email}>
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          </FieldRow>
          <FieldRow label="Role" problem={problems.role}>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="invite-role">
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {ROLE_LABELS[value]}
                </option>
              ))}
            </select>
          </FieldRow>
        </div>
        <div className="edit-form__actions">
          <button type="submit" className="primary" disabled={saving} data-testid="send-invitation">
            {saving ? 'Inviting…' : 'Create invitation link'}
          </button>
        </div>
      </form>
      {created && (
        <div className="notice notice--ok created-secret" role="status" data-testid="invitation-created">
          <p>
            Send this link to <strong>{created.invitation.email}</strong> ({roleName(created.invitation.role)}). It is
            shown only now, and works until {when(created.invitation.expiresAt)} for that address.
          </p>
          <CopyField
            value={`${window.location.origin}${created.acceptPath}`}
            label="Invitation link"
            testId="invitation-link"
          />
        </div>
      )}
      <h3>Open invitations</h3>
      {invitations.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <table className="data-table" data-testid="invitations-table">
          <thead>
            <tr>
              <th>E-mail address</th>
              <th>Role</th>
              <th>Expires</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="invitation-row">
                <td>{invitation.email}</td>
                <td>{roleName(invitation.role)}</td>
                <td className="small">{when(invitation.expiresAt)}</td>
                <td className="numeric">
                  <button type="button" onClick={() => void revoke(invitation.id)} disabled={saving}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
