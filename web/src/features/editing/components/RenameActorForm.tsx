import { useState, type FormEvent } from 'react';
import { FieldRow } from '../../../components/form/FieldRow';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { useSubmit } from '../../../components/form/use-submit';
import type { MapActor } from '../../../lib/domain';
import { renameActor } from '../api/rename-actor';
import { FormActions } from './FormActions';

export interface RenameActorFormProps {
  actor: { id: string; name: string; version: number };
  onDone: (saved: boolean) => void;
  onReload: () => void;
  /** Told the renamed actor, so the map redraws it under its new name. */
  onSaved?: (actor: MapActor) => void;
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Renames an actor from a date: answers as of earlier dates keep the former name (renameActor). */
export function RenameActorForm({ actor, onDone, onReload, onSaved }: RenameActorFormProps) {
  const [name, setName] = useState(actor.name);
  const [on, setOn] = useState('');
  const { failure, saving, run, refuse, problems, formRef } = useSubmit('rename');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wrong: Record<string, string> = {};
    if (!name.trim()) wrong.name = 'Give the new name.';
    else if (name.trim() === actor.name) wrong.name = 'The new name is the current one.';
    if (!PARTIAL_DATE.test(on.trim())) wrong.on = 'Give the date it takes effect: YYYY, YYYY-MM or YYYY-MM-DD.';
    if (Object.keys(wrong).length) return refuse(wrong);
    await run(async () => {
      const result = await renameActor(actor.id, name.trim(), on.trim(), actor.version);
      const renamed = result.actors.find((candidate) => candidate.id === actor.id);
      if (renamed) onSaved?.(renamed);
      onDone(true);
    });
  };
  return (
    <form ref={formRef} className="edit-form" onSubmit={submit} noValidate data-testid="rename-actor-form">
      <FormFailureNotice failure={failure} onReload={onReload} />
      <p className="muted small">Answers as of a date before the rename keep the name “{actor.name}”.</p>
      <FieldRow label="New name" problem={problems.name}>
        <input value={name} onChange={(event) => setName(event.target.value)} data-testid="rename-name" />
      </FieldRow>
      <FieldRow label="From (YYYY, YYYY-MM or YYYY-MM-DD)" problem={problems.on}>
        <input
          value={on}
          onChange={(event) => setOn(event.target.value)}
          placeholder="2019-07"
          data-testid="rename-on"
        />
      </FieldRow>
      <FormActions saving={saving} label="Rename" testId="save-rename" onCancel={() => onDone(false)} />
    </form>
  );
}
