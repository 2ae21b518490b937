import { useMemo, useState } from 'react';
import type { AnalyticsScope } from '../lib/analytics-variables';
import { countryName, useCountryNames } from '../lib/country-names';
import type { Theme } from '../lib/domain';
import type { GraphChange } from '../lib/graph-changes';
import type { PathHighlight } from '../lib/map-elements';
import type { UpdateView, ViewState } from '../lib/view-state';
import { CreateActorForm } from '../features/editing/components/CreateActorForm';
import { DeleteActorButton } from '../features/editing/components/DeleteActorButton';
import { RelationEditForm } from '../features/editing/components/RelationEditForm';
import { restoreRelation } from '../features/editing/api/restore-relation';
import { revertChange } from '../features/editing/api/revert-change';
import { SearchBox } from '../features/explore/components/SearchBox';
import { ActorPanel } from '../features/panels/components/ActorPanel';
import { RelationPanel } from '../features/panels/components/RelationPanel';
import { PathFinder } from '../features/paths/components/PathFinder';
import type { PeriodAnswer } from '../features/time/api/get-periods';
import { ChangesPanel } from '../features/time/components/ChangesPanel';
import type { TimeChangeMarks } from '../lib/map-elements';
import { PanelEditorSlot, relationActorPicker } from './PanelEditorSlot';

export interface SideColumnProps {
  view: ViewState;
  update: UpdateView;
  scope: AnalyticsScope;
  themes: readonly Theme[];
  /** The name a map actor carries in the time bar's month; undefined for an actor not on the map. */
  nameOnMap: (id: string) => string | undefined;
  /** Whether the viewer may edit this workspace: without it no form or delete control is offered. */
  canEdit: boolean;
  creating: boolean;
  onCreating: (creating: boolean) => void;
  onChange: (change: GraphChange) => void;
  onDeleted: (actor: { id: string; name: string }) => void;
  onHighlight: (highlight: PathHighlight | null) => void;
  /** The workspace's named periods, which the changes view compares. */
  periods: readonly PeriodAnswer[];
  /** The changes view's diff, for the map to colour. */
  onTimeMarks: (marks: TimeChangeMarks | null) => void;
  relationLabel: (id: string) => string;
}

/**
 * The column right of the map: the changes view, the path finder, the new-actor form, and the relation
 * or actor panel.
 */
export function SideColumn(props: SideColumnProps) {
  const { view, update, scope, themes, canEdit, creating, onChange } = props;
  /** The actor just created here, whose panel says so (until another is opened). */
  const [created, setCreated] = useState<string | null>(null);
  const select = (actor: string | null) => {
    if (actor !== created) setCreated(null);
    update({ actor, relation: null, tab: null });
  };
  const openRelation = (relation: string) => update({ relation });
  // Editors may undo the newest change of a record, and restore a deleted relation; the map redraws.
  const revert = async (changeId: string) => {
    const change = await revertChange(changeId);
    if (change) onChange(change);
  };
  const restore = async (relationId: string) =>
    onChange({ kind: 'relation-saved', relation: await restoreRelation(relationId) });
  const countryNames = useCountryNames();
  const diffContext = useMemo(
    () => ({
      relationLabel: props.relationLabel,
      themeLabel: (id: string) => themes.find((theme) => theme.id === id)?.label ?? id,
      countryName: (code: string) => countryName(countryNames, code),
    }),
    [props.relationLabel, themes, countryNames],
  );
  if (!(view.changes || view.paths || view.relation || view.actor || (creating && canEdit))) return null;
  return (
    <div className="side-column">
      {view.changes && (
        <ChangesPanel
          key={view.workspace}
          scope={scope}
          periods={props.periods}
          from={view.changesFrom}
          to={view.changesTo}
          onEnds={(changesFrom, changesTo) => update({ changesFrom, changesTo })}
          colour={view.changesColour}
          onColour={(changesColour) => update({ changesColour })}
          context={diffContext}
          onPick={({ target }) => target && (target.kind === 'actor' ? select(target.id) : openRelation(target.id))}
          onMarks={props.onTimeMarks}
          onClose={() => update({ changes: false })}
        />
      )}
      {view.paths && (
        <PathFinder
          key={view.workspace}
          scope={scope}
          from={view.pathFrom}
          to={view.pathTo}
          actorName={(id) => props.nameOnMap(id) ?? 'Unknown actor'}
          onEnds={(pathFrom, pathTo) => update({ pathFrom, pathTo })}
          renderActorPicker={(label, onPick) => (
            <SearchBox
              workspace={view.workspace}
              inputId={label === 'Path from' ? 'path-from' : 'path-to'}
              label={label}
              testId={label === 'Path from' ? 'path-from' : 'path-to'}
              onPick={(actor) => onPick(actor.id)}
            />
          )}
          onFocusActor={select}
          onHighlight={props.onHighlight}
          onClose={() => update({ paths: false })}
        />
      )}
      {creating && canEdit && !view.actor && !view.relation && (
        <aside className="actor-panel" aria-label="New actor" data-testid="create-panel">
          <CreateActorForm
            workspace={view.workspace}
            themes={themes}
            onCancel={() => props.onCreating(false)}
            onCreated={(actor) => {
              onChange({ kind: 'actor-saved', actor });
              props.onCreating(false);
              setCreated(actor.id);
              update({ actor: actor.id, relation: null });
            }}
          />
        </aside>
      )}
      {view.relation && (
        <RelationPanel
          key={view.relation}
          relationId={view.relation}
          themes={themes}
          onClose={() => update({ relation: null })}
          onFocusActor={select}
          {...(canEdit && {
            renderEditor: (relation, done) => (
              <RelationEditForm
                workspace={view.workspace}
                relationId={relation.id}
                actor={null}
                themes={themes}
                renderActorPicker={relationActorPicker(view.workspace)}
                onDone={(change) => {
                  if (change) onChange(change);
                  // A deleted relation stays open, saying so, with its restore button.
                  done(change !== null);
                }}
              />
            ),
            onRevert: revert,
            onRestore: restore,
          })}
        />
      )}
      {view.actor && !view.relation && (
        <ActorPanel
          key={view.actor}
          actorId={view.actor}
          notice={created === view.actor ? 'The actor was created.' : undefined}
          tab={view.tab ?? 'facts'}
          onTab={(tab) => update({ tab }, { replace: true })}
          themes={themes}
          onClose={() => select(null)}
          onFocusActor={select}
          onOpenRelation={openRelation}
          scope={scope}
          nameOnMap={props.nameOnMap}
          {...(canEdit && {
            renderEditor: (editor, actor, done, reloadActor) => (
              <PanelEditorSlot
                workspace={view.workspace}
                editor={editor}
                actor={actor}
                themes={themes}
                done={done}
                reload={reloadActor}
                onChange={onChange}
              />
            ),
            onRevert: revert,
            renderDelete: (actor, reloadActor) => (
              <DeleteActorButton
                actor={actor}
                relationCount={actor.relations.length}
                onReload={reloadActor}
                onDeleted={() => {
                  onChange({ kind: 'actor-deleted', actorId: actor.id });
                  props.onDeleted({ id: actor.id, name: actor.name });
                  select(null);
                }}
              />
            ),
          })}
        />
      )}
    </div>
  );
}
