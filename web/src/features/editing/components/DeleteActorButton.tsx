import { useState } from 'react';
import { deleteActor } from '../api/delete-actor';
import { describeFailure, type FormFailure } from '../../../components/form/form-failure';
import { FormFailureNotice } from '../../../components/form/FormFailureNotice';

export interface DeleteActorButtonProps {
  actor: { id: string; name: string; version: number };
  relationCount: number;
  onDeleted: () => void;
  /** Loads the actor afresh after a conflict. */
  onReload: () => void;
}

/** Deletes an actor after a confirmation that says its relations go with it. */
export function DeleteActorButton({ actor, relationCount, onDeleted, onReload }: DeleteActorButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const remove = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteActor(actor.id, actor.version);
      onDeleted();
    } catch (error) {
      setFailure(describeFailure(error, 'actor'));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <FormFailureNotice failure={failure} onReload={onReload} />
      {confirming ? (
        <div className="notice notice--warn confirm" role="alertdialog" aria-label="Confirm deletion">
          <p>
            Delete {actor.name}?{' '}
            {relationCount === 0
              ? 'It has no relations.'
              : `Its ${relationCount} relation${relationCount === 1 ? '' : 's'} will be deleted too.`}{' '}
            You can restore it afterwards.
          </p>
          <button type="button" className="danger" onClick={remove} disabled={busy} data-testid="confirm-delete-actor">
            {busy ? 'Deleting…' : 'Delete'}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)} disabled={busy}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)} data-testid="delete-actor">
          Delete
        </button>
      )}
    </>
  );
}
