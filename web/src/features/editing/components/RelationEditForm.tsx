import { useState, type FormEvent, type ReactNode } from 'react';
import type { Theme } from '../../../lib/domain';
import type { GraphChange } from '../../../lib/graph-changes';
import { useAsync } from '../../../lib/use-async';
import { createRelation } from '../api/create-relation';
import { getRelation } from '../api/get-relation';
import { updateRelation } from '../api/update-relation';
import { useSubmit } from '../../../components/form/use-submit';
import {
  draftValues,
  EMPTY_RELATION_DRAFT,
  relationPatch,
  relationToDraft,
  type RelationDraft,
} from '../relation-draft';
import { DeleteRelationButton } from './DeleteRelationButton';
import { EvidenceFieldset, useEvidenceDraft } from './EvidenceFieldset';
import { FormActions } from './FormActions';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';
import { OtherActorField, type PickedActor } from './OtherActorField';
import { RelationFields } from './RelationFields';

export interface RelationEditFormProps {
  workspace: string;
  /** The relation to edit; absent to create one from `actor`. */
  relationId?: string;
  /** The actor whose panel the form is in (the relation's source by default when creating). */
  actor: PickedActor | null;
  themes: readonly Theme[];
  /** The search component, to pick the other actor of a new relation. */
  renderActorPicker: (onPick: (actor: PickedActor) => void) => ReactNode;
  /** Called after a save or delete with the change for the map, or with null on cancel. */
  onDone: (change: GraphChange | null) => void;
}

/** Creates or edits a relation; API messages show beside their fields, a conflict offers to reload. */
export function RelationEditForm({ relationId, ...props }: RelationEditFormProps) {
  const [state, reload] = useAsync(relationId ?? null, (signal) => getRelation(relationId!, signal));
  if (!relationId) return <RelationForm {...props} />;
  if (state.status === 'error')
    return (
      <div className="notice notice--error" role="alert">
        The relation could not be loaded: {state.error.message}{' '}
        <button type="button" onClick={reload}>
          Retry
        </button>
      </div>
    );
  if (state.status !== 'ready') return <p className="muted">Loading the relation…</p>;
  if (!state.data) return <p className="muted">This relation no longer exists.</p>;
  return <RelationForm key={state.data.version} {...props} relation={state.data} onReload={reload} />;
}

type FormProps = Omit<RelationEditFormProps, 'relationId'> & {
  relation?: NonNullable<Awaited<ReturnType<typeof getRelation>>>;
  onReload?: () => void;
};

function RelationForm({ workspace, actor, relation, themes, renderActorPicker, onDone, onReload }: FormProps) {
  const original = relation ? relationToDraft(relation, actor?.id ?? null) : EMPTY_RELATION_DRAFT;
  const [draft, setDraft] = useState<RelationDraft>(original);
  const [other, setOther] = useState<PickedActor | null>(null);
  const { failure, saving, run, refuse, fail, problems, formRef } = useSubmit('relation');
  const evidence = useEvidenceDraft();
  const set = <K extends keyof RelationDraft>(key: K, value: RelationDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { values, problems: found } = draftValues(draft);
    if (!relation && !other) found.otherActor = 'Pick the other actor.';
    if (!relation && evidence.problems) Object.assign(found, evidence.problems);
    if (Object.keys(found).length) return refuse(found);
    await run(async () => {
      if (relation) {
        const patch = relationPatch(original, draft);
        if (Object.keys(patch).length === 0) return onDone(null);
        onDone({ kind: 'relation-saved', relation: await updateRelation(relation.id, patch, relation.version) });
      } else {
        const [sourceId, targetId] = draft.outgoing ? [actor!.id, other!.id] : [other!.id, actor!.id];
        onDone({
          kind: 'relation-saved',
          relation: await createRelation(
            workspace,
            { ...values, sourceId, targetId },
            evidence.input(draft.visibility),
          ),
        });
      }
    });
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      onSubmit={submit}
      noValidate
      data-testid="relation-form"
      aria-label="Relation"
    >
      <h3>{relation ? `Edit relation: ${relation.source.name} – ${relation.target.name}` : 'New relation'}</h3>
      <FormFailureNotice failure={failure} {...(onReload ? { onReload } : {})} />
      {!relation && actor && (
        <OtherActorField
          actor={actor}
          other={other}
          outgoing={draft.outgoing}
          onOutgoing={(outgoing) => set('outgoing', outgoing)}
          onPick={setOther}
          problem={problems.otherActor ?? problems.sourceId ?? problems.targetId}
          renderActorPicker={renderActorPicker}
        />
      )}
      <RelationFields draft={draft} update={setDraft} problems={problems} themes={themes} />
      {!relation && <EvidenceFieldset evidence={evidence} problems={problems} what="relation" />}
      <FormActions
        saving={saving}
        label={relation ? 'Save' : 'Create relation'}
        testId="save-relation"
        onCancel={() => onDone(null)}
      >
        {relation && <DeleteRelationButton relation={relation} onDeleted={onDone} onFailure={fail} />}
      </FormActions>
    </form>
  );
}
