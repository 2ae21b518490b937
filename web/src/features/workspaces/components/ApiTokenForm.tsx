import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import { ROLES, type Role } from '../../../lib/domain';
import { createApiToken, type CreatedApiToken } from '../api/create-api-token';
import { roleName } from '../role-label';

export interface ApiTokenFormProps {
  workspace: string;
  myRole: Role;
  onCreated: (token: CreatedApiToken) => void;
}

const EXPIRIES = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: 'a year' },
  { days: null, label: 'never expires' },
] as const;

/** A new API token: a name to recognise it by, a role up to the user's own, and a lifetime. */
export function ApiTokenForm({ workspace, myRole, onCreated }: ApiTokenFormProps) {
  const roles = ROLES.slice(ROLES.indexOf(myRole));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(roles.at(-1) ?? 'VIEWER');
  const [expiry, setExpiry] = useState('90');
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('token');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return refuse({ name: 'Name the token after the script that will use it.' });
    await run(async () => {
      onCreated(await createApiToken(workspace, name.trim(), role, expiry === 'never' ? null : Number(expiry)));
      setName('');
    });
  };
  return (
    <form ref={formRef} className="edit-form token-form" onSubmit={submit} noValidate data-testid="token-form">
      <FormFailureNotice failure={failure} />
      <div className="edit-form__pair edit-form__pair--three">
        <FieldRow label="Token name" problem={problems.name}>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. nightly import" />
        </FieldRow>
        <FieldRow label="Role" problem={problems.role}>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((value) => (
              <option key={value} value={value}>
                {roleName(value)}
              </option>
            ))}
          </select>
        </FieldRow>
        <FieldRow label="Expires" problem={problems.expiresInDays}>
          <select value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {EXPIRIES.map(({ days, label }) => (
              <option key={label} value={days ?? 'never'}>
                {label === 'never expires' ? label : `after ${label}`}
              </option>
            ))}
          </select>
        </FieldRow>
      </div>
      <div className="edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="create-token">
          {saving ? 'Creating…' : 'Create token'}
        </button>
      </div>
    </form>
  );
}
