import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import type { WorkspaceAccess } from '../api/get-workspace-access';
import { deleteWorkspace } from '../api/delete-workspace';

export interface DeleteWorkspaceSectionProps {
  workspace: WorkspaceAccess;
  onDeleted: () => void;
}

/** Deletes the workspace once its slug is typed: hidden from everyone at once, restorable until it is purged. */
export function DeleteWorkspaceSection({ workspace, onDeleted }: DeleteWorkspaceSectionProps) {
  const [typed, setTyped] = useState('');
  const { failure, saving, run, formRef } = useSubmit('workspace');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed !== workspace.slug) return;
    await run(async () => {
      await deleteWorkspace(workspace.id);
      onDeleted();
    });
  };
  return (
    <form
      ref={formRef}
      className="edit-form danger-zone"
      onSubmit={submit}
      noValidate
      data-testid="delete-workspace-form"
    >
      <FormFailureNotice failure={failure} />
      <p>
        Deleting <strong>{workspace.title}</strong> hides its map, members and tokens from everyone at once. You can
        restore it from “Deleted workspaces” until it is purged for good.
      </p>
      <FieldRow label={`Type ${workspace.slug} to confirm`}>
        <input value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} autoComplete="off" />
      </FieldRow>
      <div className="edit-form__actions">
        <button
          type="submit"
          className="danger"
          disabled={saving || typed !== workspace.slug}
          data-testid="confirm-delete-workspace"
        >
          {saving ? 'Deleting…' : 'Delete this workspace'}
        </button>
      </div>
    </form>
  );
}
