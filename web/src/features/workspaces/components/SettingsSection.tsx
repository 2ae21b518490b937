import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import type { WorkspaceAccess } from '../api/get-workspace-access';
import { updateWorkspace } from '../api/update-workspace';
import { WorkspaceVisibilityField } from './WorkspaceVisibilityField';

export interface SettingsSectionProps {
  workspace: WorkspaceAccess;
  onSaved: () => void;
}

/** Title, description and who may open the workspace (owners). */
export function SettingsSection({ workspace, onSaved }: SettingsSectionProps) {
  const [draft, setDraft] = useState({
    title: workspace.title,
    description: workspace.description ?? '',
    visibility: workspace.visibility,
  });
  const [saved, setSaved] = useState(false);
  const { failure, saving, run, problems, formRef } = useSubmit('workspace');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await run(async () => {
      await updateWorkspace(workspace.id, {
        title: draft.title.trim(),
        description: draft.description.trim() || null,
        visibility: draft.visibility,
      });
      setSaved(true);
      onSaved();
    });
  };
  return (
    <form ref={formRef} className="edit-form workspace-form" onSubmit={submit} noValidate data-testid="settings-form">
      <FormFailureNotice failure={failure} />
      <FieldRow label="Title" problem={problems.title}>
        <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </FieldRow>
      <FieldRow label="Description" problem={problems.description}>
        <textarea
          rows={3}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </FieldRow>
      <WorkspaceVisibilityField
        value={draft.visibility}
        onChange={(visibility) => setDraft({ ...draft, visibility })}
        problem={problems.visibility}
      />
      <p className="muted small">
        Each actor, relation and source also has its own visibility: members-only and restricted records stay hidden
        from visitors whatever is chosen here.
      </p>
      <div className="edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="save-settings">
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {saved && (
          <span className="muted" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
