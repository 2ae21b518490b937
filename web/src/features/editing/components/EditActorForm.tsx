import { useState, type FormEvent } from 'react';
import { humanize, KINDS, TIERS, type EditableActor, type Theme } from '../../../lib/domain';
import { ApiError } from '../../../lib/graphql-client';
import { updateActor, type ActorPatch } from '../api/update-actor';
import { FieldRow } from './FieldRow';

export interface EditActorFormProps {
  actor: EditableActor;
  themes: readonly Theme[];
  onDone: (saved: boolean) => void;
  onReload: () => void;
}

type Draft = Omit<EditableActor, 'id' | 'version'>;

const toDraft = (actor: EditableActor): Draft => ({
  name: actor.name,
  kind: actor.kind,
  tier: actor.tier,
  country: actor.country ?? '',
  themes: actor.themes,
  description: actor.description ?? '',
  website: actor.website ?? '',
});

/** The fields that differ from the actor; empty optional text becomes null (cleared). */
function changes(actor: EditableActor, draft: Draft): ActorPatch {
  const patch: Record<string, unknown> = {};
  const original = toDraft(actor);
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    if (JSON.stringify(draft[key]) === JSON.stringify(original[key])) continue;
    const value = draft[key];
    patch[key] = typeof value === 'string' && value.trim() === '' && key !== 'name' ? null : value;
  }
  return patch as ActorPatch;
}

/** Edits an actor with optimistic concurrency: problems show next to their field, conflicts offer a reload. */
export function EditActorForm({ actor, themes, onDone, onReload }: EditActorFormProps) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(actor));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ conflict: boolean; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = changes(actor, draft);
    if (Object.keys(patch).length === 0) return onDone(false);
    setSaving(true);
    setProblems({});
    setFailure(null);
    try {
      await updateActor(actor.id, patch, actor.version);
      onDone(true);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      if (apiError?.code === 'BAD_USER_INPUT') setProblems(apiError.fieldProblems());
      if (apiError?.code === 'CONFLICT')
        setFailure({
          conflict: true,
          message:
            'Someone else changed this actor while you were editing. Reload to see their version, then make your change again.',
        });
      else if (apiError?.code !== 'BAD_USER_INPUT') setFailure({ conflict: false, message: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate data-testid="edit-actor-form">
      {failure && (
        <div
          className={`notice ${failure.conflict ? 'notice--warn' : 'notice--error'}`}
          role="alert"
          data-testid="edit-failure"
        >
          <p>{failure.message}</p>
          {failure.conflict && (
            <button type="button" onClick={onReload} data-testid="conflict-reload">
              Reload
            </button>
          )}
        </div>
      )}
      <FieldRow label="Name" problem={problems.name}>
        <input value={draft.name} onChange={(e) => set('name', e.target.value)} name="name" required />
      </FieldRow>
      <FieldRow label="Kind" problem={problems.kind}>
        <select value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])} name="kind">
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {humanize(kind)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow label="Tier" problem={problems.tier}>
        <select value={draft.tier} onChange={(e) => set('tier', e.target.value as Draft['tier'])} name="tier">
          {TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {humanize(tier)}
            </option>
          ))}
        </select>
      </FieldRow>
      <FieldRow label="Country (ISO code)" problem={problems.country}>
        <input
          value={draft.country ?? ''}
          onChange={(e) => set('country', e.target.value)}
          name="country"
          maxLength={3}
        />
      </FieldRow>
      <FieldRow label="Website" problem={problems.website}>
        <input value={draft.website ?? ''} onChange={(e) => set('website', e.target.value)} name="website" type="url" />
      </FieldRow>
      <FieldRow label="Description" problem={problems.description}>
        <textarea
          value={draft.description ?? ''}
          onChange={(e) => set('description', e.target.value)}
          name="description"
          rows={4}
        />
      </FieldRow>
      <FieldRow label="Themes" problem={problems.themes}>
        <div className="theme-picker">
          {themes.map((theme) => (
            <label key={theme.id}>
              <input
                type="checkbox"
                checked={draft.themes.includes(theme.id)}
                onChange={() =>
                  set(
                    'themes',
                    draft.themes.includes(theme.id)
                      ? draft.themes.filter((t) => t !== theme.id)
                      : [...draft.themes, theme.id],
                  )
                }
              />
              {theme.label}
            </label>
          ))}
        </div>
      </FieldRow>
      <div className="edit-form__actions">
        <button type="submit" className="primary" disabled={saving} data-testid="save-actor">
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={() => onDone(false)} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
