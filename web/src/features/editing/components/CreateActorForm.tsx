import { useState, type FormEvent } from 'react';
import type { MapActor, Theme } from '../../../lib/domain';
import { createActor } from '../api/create-actor';
import { useSubmit } from '../../../components/form/use-submit';
import { ActorFields, type ActorDraft } from './ActorFields';
import { FormActions } from './FormActions';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';

export interface CreateActorFormProps {
  workspace: string;
  themes: readonly Theme[];
  onCreated: (actor: MapActor) => void;
  onCancel: () => void;
}

const EMPTY: ActorDraft = {
  name: '',
  kind: 'NGO',
  tier: 'LOCAL',
  country: '',
  themes: [],
  description: '',
  website: '',
  visibility: 'PUBLIC',
};

/** A new actor: the API validates every field and its messages show beside them; nothing is created on error. */
export function CreateActorForm({ workspace, themes, onCreated, onCancel }: CreateActorFormProps) {
  const [draft, setDraft] = useState<ActorDraft>(EMPTY);
  const { failure, saving, run, problems } = useSubmit('actor');
  const set = <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const text = (value: string | null) => (value?.trim() ? value.trim() : null);
    await run(async () => {
      const actor = await createActor(workspace, {
        name: draft.name.trim(),
        kind: draft.kind,
        tier: draft.tier,
        country: text(draft.country)?.toUpperCase() ?? null,
        website: text(draft.website),
        description: text(draft.description),
        themes: draft.themes,
        visibility: draft.visibility,
      });
      onCreated(actor);
    });
  };

  return (
    <form className="edit-form" onSubmit={submit} noValidate data-testid="create-actor-form" aria-label="New actor">
      <h3>New actor</h3>
      <FormFailureNotice failure={failure} />
      <ActorFields draft={draft} set={set} problems={problems} themes={themes} />
      <FormActions
        saving={saving}
        label="Create actor"
        busyLabel="Creating…"
        testId="create-actor-submit"
        onCancel={onCancel}
      />
    </form>
  );
}
