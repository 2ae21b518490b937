import { EditActorForm } from '../features/editing/components/EditActorForm';
import { EvidenceForm } from '../features/editing/components/EvidenceForm';
import { RelationEditForm } from '../features/editing/components/RelationEditForm';
import { RenameActorForm } from '../features/editing/components/RenameActorForm';
import { SearchBox } from '../features/explore/components/SearchBox';
import type { ActorDetail } from '../features/panels/api/get-actor';
import type { PanelEditor } from '../features/panels/components/ActorPanel';
import type { Theme } from '../lib/domain';
import type { GraphChange } from '../lib/graph-changes';
import type { PickedActor } from '../features/editing/components/OtherActorField';

/** The search box a relation form picks its other actor with. */
export const relationActorPicker = (workspace: string) =>
  function RelationActorPicker(onPick: (actor: PickedActor) => void) {
    return (
      <SearchBox
        workspace={workspace}
        onPick={onPick}
        inputId="relation-other-actor"
        label="Search the other actor"
        testId="relation-search"
      />
    );
  };

export interface PanelEditorSlotProps {
  workspace: string;
  editor: PanelEditor;
  actor: ActorDetail;
  themes: readonly Theme[];
  done: (saved: boolean) => void;
  reload: () => void;
  onChange: (change: GraphChange) => void;
}

/** Mounts the editing feature's form that the actor panel asked for, wired to the map's local changes. */
export function PanelEditorSlot({ workspace, editor, actor, themes, done, reload, onChange }: PanelEditorSlotProps) {
  if (editor.kind === 'actor')
    return (
      <EditActorForm
        key={actor.version}
        actor={actor}
        themes={themes}
        onDone={done}
        onReload={reload}
        onSaved={(saved) => onChange({ kind: 'actor-saved', actor: saved })}
      />
    );
  if (editor.kind === 'rename')
    return (
      <RenameActorForm
        actor={actor}
        onDone={done}
        onReload={reload}
        onSaved={(saved) => onChange({ kind: 'actor-saved', actor: saved })}
      />
    );
  if (editor.kind === 'evidence')
    return <EvidenceForm subjectId={editor.subjectId} subjectLabel={editor.subjectLabel} onDone={done} />;
  return (
    <RelationEditForm
      workspace={workspace}
      {...(editor.relationId ? { relationId: editor.relationId } : {})}
      actor={actor}
      themes={themes}
      renderActorPicker={relationActorPicker(workspace)}
      onDone={(change) => {
        if (change) onChange(change);
        done(change !== null);
      }}
    />
  );
}
