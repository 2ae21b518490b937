import { RestoreNotice } from '../../../components/notice/RestoreNotice';
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
  return (
    <RestoreNotice
      className="notice undo-notice"
      testId="deleted-notice"
      restoreTestId="restore-actor"
      restoreLabel="Undo: restore it"
      onDismiss={onDismiss}
      onRestore={async () => {
        const { relations, ...restored } = await restoreActor(actor.id);
        onRestored({ kind: 'actor-saved', actor: restored, relations });
      }}
    >
      {actor.name} was deleted with its relations.
    </RestoreNotice>
  );
}
