import { useState, type FormEvent } from 'react';
import type { EditableActor, MapActor, Theme } from '../../../lib/domain';
import { updateActor } from '../api/update-actor';
import { useSubmit } from '../../../components/form/use-submit';
import { ActorFields } from './ActorFields';
import { actorChanges, actorToDraft, type ActorDraft } from '../actor-draft';
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

/** Edits an actor with optimistic concurrency: problems show next to their field, conflicts offer a reload. */
export function EditActorForm({ actor, themes, onDone, onReload, onSaved }: EditActorFormProps) {
  const [draft, setDraft] = useState<ActorDraft>(() => actorToDraft(actor));
  const { failure, saving, run, problems, formRef } = useSubmit('actor');
  const set = <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = actorChanges(actor, draft);
    if (Object.keys(patch).length === 0) return onDone(false);
    await run(async () => {
      onSaved?.(await updateActor(actor.id, patch, actor.version));
      onDone(true);
    });
  };

  return (
    <form ref={formRef} className="edit-form" onSubmit={submit} noValidate data-testid="edit-actor-form">
      <FormFailureNotice failure={failure} onReload={onReload} />
      <ActorFields draft={draft} set={set} problems={problems} themes={themes} />
      <FormActions saving={saving} label="Save" testId="save-actor" onCancel={() => onDone(false)} />
    </form>
  );
}
