import { useState, type FormEvent } from 'react';
import type { MapActor, Theme } from '../../../lib/domain';
import { createActor } from '../api/create-actor';
import { useSubmit } from '../../../components/form/use-submit';
import { ActorFields } from './ActorFields';
import { actorInput, EMPTY_ACTOR_DRAFT, type ActorDraft } from '../actor-draft';
import { EvidenceFieldset, useEvidenceDraft } from './EvidenceFieldset';
import { FormActions } from './FormActions';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';

export interface CreateActorFormProps {
  workspace: string;
  themes: readonly Theme[];
  onCreated: (actor: MapActor) => void;
  onCancel: () => void;
}

/**
 * A new actor, with the source it rests on if one is given (written together: if either is refused,
 * neither is). The API validates every field and its messages show beside them.
 */
export function CreateActorForm({ workspace, themes, onCreated, onCancel }: CreateActorFormProps) {
  const [draft, setDraft] = useState<ActorDraft>(EMPTY_ACTOR_DRAFT);
  const evidence = useEvidenceDraft();
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('actor');
  const set = <K extends keyof ActorDraft>(key: K, value: ActorDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const source = evidence.input(draft.visibility);
    if (evidence.problems) return refuse(evidence.problems);
    await run(async () => {
      const actor = await createActor(workspace, actorInput(draft), source);
      onCreated(actor);
    });
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      onSubmit={submit}
      noValidate
      data-testid="create-actor-form"
      aria-label="New actor"
    >
      <h3>New actor</h3>
      <FormFailureNotice failure={failure} />
      <ActorFields draft={draft} set={set} problems={problems} themes={themes} />
      <EvidenceFieldset evidence={evidence} problems={problems} what="actor" />
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
