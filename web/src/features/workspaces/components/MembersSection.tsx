import { useState } from 'react';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { ROLES, type Role } from '../../../lib/domain';
import { useAsync, useLastData } from '../../../lib/use-async';
import { getMembers, type MemberRow } from '../api/get-members';
import { removeMember } from '../api/remove-member';
import { setMemberRole } from '../api/set-member-role';
import { roleName, when } from '../role-label';
import { InvitationsPanel } from './InvitationsPanel';

export interface MembersSectionProps {
  workspace: string;
  /** The signed-in user, whose own row says so. */
  myId: string;
  /** Told when the user changed their own role or left: what they may see has changed. */
  onOwnRightsChanged: () => void;
}

/** Members with their roles (change, remove) and the invitations not yet accepted (owners). */
export function MembersSection({ workspace, myId, onOwnRightsChanged }: MembersSectionProps) {
  const [state, reload] = useAsync(workspace, (signal) => getMembers(workspace, signal));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const data = useLastData(state);
  if (state.status === 'error') return <RetryNotice onRetry={reload}>{state.error.message}</RetryNotice>;
  if (!data) return <p className="muted">Loading the members…</p>;
  const change = async (member: MemberRow, action: () => Promise<void>) => {
    setBusy(member.userId);
    setProblem(null);
    try {
      await action();
      if (member.userId === myId) onOwnRightsChanged();
      else reload();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(null);
      setRemoving(null);
    }
  };
  return (
    <div className="members-section">
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <h3 className="section-first">Members</h3>
      <table className="data-table" data-testid="members-table">
        <thead>
          <tr>
            <th>Member</th>
            <th>Role</th>
            <th>Since</th>
            <th>
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.members.map((member) => (
            <tr key={member.userId} data-testid="member-row" data-email={member.email}>
              <td>
                <strong>{member.name}</strong>
                {member.userId === myId && <span className="muted"> (you)</span>}
                <br />
                <span className="muted small">{member.email}</span>
              </td>
              <td>
                <select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  disabled={busy === member.userId}
                  onChange={(e) =>
                    void change(member, () => setMemberRole(workspace, member.userId, e.target.value as Role))
                  }
                  data-testid="member-role"
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleName(role)}
                    </option>
                  ))}
                </select>
              </td>
              <td className="small">{when(member.since)}</td>
              <td className="numeric">
                {removing === member.userId ? (
                  <span className="confirm">
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void change(member, () => removeMember(workspace, member.userId))}
                      data-testid="confirm-remove-member"
                    >
                      {member.userId === myId ? 'Leave' : 'Remove'}
                    </button>
                    <button type="button" onClick={() => setRemoving(null)}>
                      Keep
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setRemoving(member.userId)} disabled={busy !== null}>
                    {member.userId === myId ? 'Leave…' : 'Remove…'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <InvitationsPanel workspace={workspace} invitations={data.invitations} onChange={reload} />
    </div>
  );
}
