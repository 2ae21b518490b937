import { useState } from 'react';
import type { GraphChange } from '../../../lib/graph-changes';
import { deleteRelation } from '../api/delete-relation';
import { describeFailure, type FormFailure } from '../../../components/form/form-failure';

export interface DeleteRelationButtonProps {
  relation: { id: string; version: number };
  onDeleted: (change: GraphChange) => void;
  onFailure: (failure: FormFailure) => void;
}

/** Deletes a relation after a second, explicit click. */
export function DeleteRelationButton({ relation, onDeleted, onFailure }: DeleteRelationButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      await deleteRelation(relation.id, relation.version);
      onDeleted({ kind: 'relation-deleted', relationId: relation.id });
    } catch (error) {
      onFailure(describeFailure(error, 'relation'));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  if (!confirming)
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="delete-relation">
        Delete relation
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label="Confirm deletion">
      <button type="button" className="danger" onClick={remove} disabled={busy} data-testid="confirm-delete-relation">
        {busy ? 'Deleting…' : 'Yes, delete it'}
      </button>
      <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
        Keep it
      </button>
    </span>
  );
}
