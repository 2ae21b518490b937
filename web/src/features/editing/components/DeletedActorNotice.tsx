import { useState } from 'react';
import type { GraphChange } from '../../../lib/graph-changes';
import { restoreActor } from '../api/restore-actor';

export interface DeletedActorNoticeProps {
  actor: { id: string; name: string };
  /** Told the restored actor and its relations; `onDismiss` hides the notice. */
  onRestored: (change: GraphChange) => void;
  onDismiss: () => void;
}

/** The undo notice after a deletion: restores the actor and the relations deleted with it. */
export function DeletedActorNotice({ actor, onRestored, onDismiss }: DeletedActorNoticeProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const { relations, ...restored } = await restoreActor(actor.id);
      onRestored({ kind: 'actor-saved', actor: restored, relations });
    } catch (failure) {
      setError(`Not restored: ${(failure as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="notice undo-notice" role="status" data-testid="deleted-notice">
      <p>
        {actor.name} was deleted with its relations.{error && <span className="field__problem"> {error}</span>}
      </p>
      <button type="button" className="primary" onClick={restore} disabled={busy} data-testid="restore-actor">
        {busy ? 'Restoring…' : 'Undo: restore it'}
      </button>{' '}
      <button type="button" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
