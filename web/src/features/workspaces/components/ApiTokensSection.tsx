import { useState } from 'react';
import { CopyField } from '../../../components/copy-field/CopyField';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import type { Role } from '../../../lib/domain';
import { useAsync } from '../../../lib/use-async';
import type { CreatedApiToken } from '../api/create-api-token';
import { getApiTokens, type ApiTokenRow } from '../api/get-api-tokens';
import { revokeApiToken } from '../api/revoke-api-token';
import { roleName, when } from '../role-label';
import { ApiTokenForm } from './ApiTokenForm';

export interface ApiTokensSectionProps {
  workspaceId: string;
  workspaceSlug: string;
  myRole: Role;
}

function status(token: ApiTokenRow): string {
  if (token.revokedAt) return `revoked ${when(token.revokedAt)}`;
  if (token.expiresAt && token.expiresAt < new Date().toISOString()) return `expired ${when(token.expiresAt)}`;
  return token.expiresAt ? `until ${when(token.expiresAt)}` : 'no expiry';
}

/** Personal API tokens for scripts in this workspace: create one (its secret is shown once), list, revoke. */
export function ApiTokensSection({ workspaceId, workspaceSlug, myRole }: ApiTokensSectionProps) {
  const [state, reload] = useAsync('tokens', getApiTokens);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (state.status === 'error') return <RetryNotice onRetry={reload}>{state.error.message}</RetryNotice>;
  const tokens = state.status === 'ready' ? state.data.filter((token) => token.workspaceId === workspaceId) : [];
  const revoke = async (id: string) => {
    setProblem(null);
    await revokeApiToken(id).then(reload, (error: Error) => setProblem(error.message));
  };
  return (
    <div className="tokens-section" data-testid="tokens-section">
      <p className="muted small">
        A script sends a token as <code>Authorization: Bearer …</code>. It acts as you, in this workspace only, with the
        role you give it (never more than yours).
      </p>
      {created ? (
        <div className="notice notice--ok created-secret" role="status" data-testid="token-created">
          <p>
            The secret of <strong>{created.token.name}</strong>. Copy it now: it is not stored, and will not be shown
            again.
          </p>
          <CopyField value={created.secret} label="API token secret" testId="token-secret" />
          <button type="button" onClick={() => setCreated(null)} data-testid="token-secret-done">
            I have copied it
          </button>
        </div>
      ) : (
        <ApiTokenForm
          workspace={workspaceSlug}
          myRole={myRole}
          onCreated={(token) => {
            setCreated(token);
            reload();
          }}
        />
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      <h3>Your tokens for this workspace</h3>
      {state.status !== 'ready' ? (
        <p className="muted">Loading the tokens…</p>
      ) : tokens.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <table className="data-table" data-testid="tokens-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Role</th>
              <th>Starts with</th>
              <th>Created</th>
              <th>Last used</th>
              <th>Valid</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-testid="token-row" className={token.revokedAt ? 'muted' : undefined}>
                <td>{token.name}</td>
                <td>{roleName(token.role)}</td>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td className="small">{when(token.createdAt)}</td>
                <td className="small">{token.lastUsedAt ? when(token.lastUsedAt) : 'never'}</td>
                <td className="small">{status(token)}</td>
                <td className="numeric">
                  {!token.revokedAt && (
                    <button type="button" onClick={() => void revoke(token.id)} data-testid="revoke-token">
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
