import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import { createWorkspace } from '../api/create-workspace';
import { WorkspaceVisibilityField } from './WorkspaceVisibilityField';
import type { Visibility } from '../../../lib/domain';
import { slugOf } from '../slug';

/** A new, empty workspace; its creator becomes its owner. The slug follows the title until edited. */
export function CreateWorkspaceForm({ onCreated }: { onCreated: (slug: string) => void }) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ title: '', slug: '', description: '' });
  const [slugEdited, setSlugEdited] = useState(false);
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('workspace');
  if (!open)
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)} data-testid="new-workspace">
        New workspace
      </button>
    );
  const slug = slugEdited ? draft.slug : slugOf(draft.title);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) return refuse({ title: 'Give the workspace a title.' });
    await run(async () => {
      const created = await createWorkspace({
        title: draft.title.trim(),
        slug,
        description: draft.description.trim() || null,
        visibility,
      });
      onCreated(created.slug);
    });
  };
  return (
    <form
      ref={formRef}
      className="edit-form workspace-create"
      onSubmit={submit}
      noValidate
      data-testid="create-workspace-form"
    >
      <h3>New workspace</h3>
      <FormFailureNotice failure={failure} />
      <FieldRow label="Title" problem={problems.title}>
        <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} autoFocus />
      </FieldRow>
      <FieldRow label="Short name (in links)" problem={problems.slug}>
        <input
          value={slug}
          onChange={(e) => {
            setSlugEdited(true);
            setDraft({ ...draft, slug: e.target.value });
          }}
          spellCheck={false}
        />
      </FieldRow>
      <FieldRow label="Description" problem={problems.description}>
        <textarea
          rows={2}
          value={draft.description}
          onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        />
      </FieldRow>
      <WorkspaceVisibilityField value={visibility} onChange={setVisibility} problem={problems.visibility} />
      <div className="edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="create-workspace-submit">
          {saving ? 'Creating…' : 'Create workspace'}
        </button>
        <button type="button" onClick={() => setOpen(false)} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
