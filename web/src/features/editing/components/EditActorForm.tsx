import { useState, type FormEvent } from 'react';
import type { EditableActor, MapActor, Theme } from '../../../lib/domain';
import { updateActor, type ActorPatch } from '../api/update-actor';
import { useSubmit } from '../../../components/form/use-submit';
import { ActorFields, type ActorDraft } from './ActorFields';
import { FormActions } from './FormActions';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';

export interface EditActorFormProps {
  actor: EditableActor;
  themes: readonly Theme[];
  onDone: (saved: boolean) => void;
  onReload: () => void;
  /** Told the saved actor, so the map redraws it. */
  onSaved?: (actor: MapActor) => void;
}

const toDraft = (actor: EditableActor): ActorDraft => ({
  name: actor.name,
  kind: actor.kind,
  tier: actor.tier,
  country: actor.country ?? '',
  themes: actor.themes,
  description: actor.description ?? '',
  website: actor.website ?? '',
  visibility: actor.visibility,
});

/** The fields that differ from the actor; empty optional text becomes null (cleared). */
function changes(actor: EditableActor, draft: ActorDraft): ActorPatch {
  const patch: Record<string, unknown> = {};
  const original = toDraft(actor);
  for (const key of Object.keys(draft) as (keyof ActorDraft)[]) {
    if (JSON.stringify(draft[key]) === JSON.stringify(original[key])) continue;
    const value = draft[key];
    patch[key] = typeof value === 'string' && value.trim() === '' && key !== 'name' ? null : value;
  }
  return patch as ActorPatch;
}

/** Edits an actor with optimistic concurrency: problems show next to their field, conflicts offer a reload. */
export function EditActorForm({ actor, themes, onDone, onReload, onSaved }: EditActorFormProps) {
  const [draft, setDraft] = useState<ActorDraft>(() => toDraft(actor));
  const { failure, saving, run, problems } = useSubmit('actor');
  const set = <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = changes(actor, draft);
    if (Object.keys(patch).length === 0) return onDone(false);
    await run(async () => {
      onSaved?.(await updateActor(actor.id, patch, actor.version));
      onDone(true);
    });
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate data-testid="edit-actor-form">
      <FormFailureNotice failure={failure} onReload={onReload} />
      <ActorFields draft={draft} set={set} problems={problems} themes={themes} />
      <FormActions saving={saving} label="Save" testId="save-actor" onCancel={() => onDone(false)} />
    </form>
  );
}
