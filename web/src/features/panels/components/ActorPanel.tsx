import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTabList } from '../../../components/tabs/use-tab-list';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { humanize, type Theme } from '../../../lib/domain';
import { fromDatedNames, nameInMonth } from '../../../lib/name-in-month';
import { SECTOR_COLOURS } from '../../../lib/palette';
import { useAsync, useLastData } from '../../../lib/use-async';
import { ACTOR_TABS as TABS, type ActorTab as Tab } from '../../../lib/view-state';
import { getActor, type ActorDetail } from '../api/get-actor';
import { ActorFacts } from './ActorFacts';
import { ActorLineage } from './ActorLineage';
import { ActorMetrics } from './ActorMetrics';
import { EvidenceList } from './EvidenceList';
import { HistoryList } from './HistoryList';
import { PartnerList } from './PartnerList';
import { RelationList } from './RelationList';
import { countryName, useCountryNames } from '../../../lib/country-names';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { VisibilityBadge } from '../../../components/visibility-badge/VisibilityBadge';

/** Which form the panel shows instead of its tabs. */
export type PanelEditor =
  | { kind: 'actor' }
  | { kind: 'rename' }
  | { kind: 'relation'; relationId: string | null }
  | { kind: 'evidence'; subjectId: string; subjectLabel: string };

export interface ActorPanelProps {
  actorId: string;
  /** The open tab (held in the URL, so a shared link opens it). */
  tab: Tab;
  onTab: (tab: Tab) => void;
  themes: readonly Theme[];
  onClose: () => void;
  onFocusActor: (id: string) => void;
  /** Opens a relation of the list in the relation panel. */
  onOpenRelation: (id: string) => void;
  /** The workspace, date and filters the metrics and partner suggestions are computed on. */
  scope: AnalyticsScope;
  /** The name an actor of the map carries in the time bar's month (the relation list names the other ends so). */
  nameOnMap?: (id: string) => string | undefined;
  /**
   * The forms, supplied by the editing feature: `done(true)` closes the form and reloads the actor after a
   * save; `reload()` fetches the actor afresh and keeps the form open (after a conflict).
   */
  renderEditor?: (
    editor: PanelEditor,
    actor: ActorDetail,
    done: (saved: boolean) => void,
    reload: () => void,
  ) => ReactNode;
  /** The delete control, supplied by the editing feature. */
  renderDelete?: (actor: ActorDetail, reload: () => void) => ReactNode;
  /** Undoes a change of the actor's history (editors); the panel reloads once it is done. */
  onRevert?: (changeId: string) => Promise<void>;
  /** A message to show when the panel opens, e.g. that the actor was just created. */
  notice?: string | undefined;
}

/** What the panel says after a form of each kind saved. */
const SAVED: Record<PanelEditor['kind'], string> = {
  actor: 'Your changes to the actor were saved.',
  rename: 'The actor was renamed.',
  relation: 'The relation was saved.',
  evidence: 'The evidence was added.',
};

/** The side panel of the focused actor: facts, evidence, relations, metrics, partners, history, edit form. */
export function ActorPanel({
  actorId,
  tab,
  onTab,
  themes,
  onClose,
  onFocusActor,
  onOpenRelation,
  scope,
  nameOnMap,
  renderEditor,
  renderDelete,
  onRevert,
  notice,
}: ActorPanelProps) {
  const [editor, setEditorState] = useState<PanelEditor | null>(null);
  const [saved, setSaved] = useState<string | null>(notice ?? null);
  const setEditor = (next: PanelEditor | null) => {
    setSaved(null);
    setEditorState(next);
  };
  const [state, reload] = useAsync(actorId, (signal) => getActor(actorId, signal));
  // Kept while it reloads after a revert, so the History tab keeps its message; after a save the
  // panel shows it loading instead, never the values from before the save.
  const [keepWhileLoading, setKeepWhileLoading] = useState(false);
  const last = useLastData(state);
  const actor = state.status === 'ready' ? state.data : keepWhileLoading ? last : null;
  const countryNames = useCountryNames();
  const tabs = useTabList({ tabs: TABS, selected: tab, onSelect: onTab, label: 'Actor details' });
  // The name of the month the time bar shows, today's beside it when they differ.
  const shownName = actor && nameInMonth({ name: actor.name, ...fromDatedNames(actor.names) }, scope.asOf);
  const heading = useRef<HTMLHeadingElement>(null);
  // Where the focus was when this actor was asked for (the map, a list's row), read while it first renders.
  const [focusedBefore] = useState(() => document.activeElement);
  // Focus stays where the user was; when it was lost meanwhile (what held it was redrawn), it goes to
  // the panel's heading rather than to the page's body. A panel opened with the page takes none.
  useEffect(() => {
    if (state.status !== 'ready' || !focusedBefore || focusedBefore === document.body) return;
    const held = document.activeElement;
    if (!held || held === document.body || !held.isConnected) heading.current?.focus({ preventScroll: true });
  }, [state.status, focusedBefore]);
  return (
    <aside className="actor-panel" aria-label="Actor" data-testid="actor-panel">
      <header className="actor-panel__header">
        {actor && <span className="dot" style={{ background: SECTOR_COLOURS[actor.sector] }} aria-hidden="true" />}
        <h2 data-testid="actor-name" ref={heading} tabIndex={-1}>
          {shownName ?? (state.status === 'error' ? 'Actor unavailable' : 'Loading…')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the actor panel (Esc)">
          ×
        </button>
      </header>
      {state.status === 'error' && <RetryNotice onRetry={reload}>{state.error.message} </RetryNotice>}
      {state.status === 'ready' && !actor && (
        <p className="muted">This actor no longer exists or is hidden from you.</p>
      )}
      {actor && (
        <>
          {shownName !== actor.name && (
            <p className="actor-panel__subtitle" data-testid="actor-name-now">
              now: {actor.name}
            </p>
          )}
          <p className="actor-panel__subtitle">
            {humanize(actor.tier)} · {humanize(actor.kind)}
            {actor.country ? ` · ${countryName(countryNames, actor.country)}` : ''}{' '}
            <VisibilityBadge visibility={actor.visibility} />
          </p>
          {saved && !editor && (
            <p className="notice notice--ok" role="status" data-testid="saved-notice">
              {saved}
            </p>
          )}
          {editor && renderEditor ? (
            renderEditor(
              editor,
              actor,
              (done) => {
                setEditor(null);
                setKeepWhileLoading(false);
                if (!done) return;
                setSaved(SAVED[editor.kind]);
                reload();
              },
              reload,
            )
          ) : (
            <>
              <div className="tabs" {...tabs.listProps}>
                {TABS.map((name) => (
                  <button
                    key={name}
                    type="button"
                    {...tabs.tabProps(name)}
                    className={tab === name ? 'tab tab--active' : 'tab'}
                    data-testid={`actor-tab-${name}`}
                  >
                    {humanize(name)}
                    {name === 'evidence' && ` (${actor.sources.length})`}
                    {name === 'relations' && ` (${actor.relations.length})`}
                  </button>
                ))}
              </div>
              <div className="actor-panel__body" {...tabs.panelProps}>
                {tab === 'facts' && <ActorFacts actor={actor} themes={themes} />}
                {tab === 'evidence' && <EvidenceList sources={actor.sources} />}
                {tab === 'relations' && (
                  <RelationList
                    actorId={actor.id}
                    relations={actor.relations}
                    nameOnMap={nameOnMap}
                    onFocusActor={onFocusActor}
                    onOpenRelation={onOpenRelation}
                    {...(renderEditor
                      ? {
                          onEdit: (relationId: string) => setEditor({ kind: 'relation', relationId }),
                          onAddEvidence: (subjectId: string, subjectLabel: string) =>
                            setEditor({ kind: 'evidence', subjectId, subjectLabel }),
                        }
                      : {})}
                  />
                )}
                {tab === 'metrics' && <ActorMetrics actorId={actor.id} scope={scope} />}
                {tab === 'partners' && (
                  <PartnerList key={actor.id} actor={actor} scope={scope} themes={themes} onFocusActor={onFocusActor} />
                )}
                {tab === 'lineage' && (
                  <ActorLineage
                    actor={actor}
                    onFocusActor={onFocusActor}
                    onRename={renderEditor && (() => setEditor({ kind: 'rename' }))}
                  />
                )}
                {tab === 'history' && (
                  <HistoryList
                    entityId={actor.id}
                    version={actor.version}
                    {...(onRevert && {
                      onRevert: async (changeId: string) => {
                        await onRevert(changeId);
                        setKeepWhileLoading(true);
                        reload();
                      },
                    })}
                  />
                )}
              </div>
              {renderEditor && (
                <footer className="actor-panel__footer">
                  <button
                    type="button"
                    className="primary"
                    onClick={() => setEditor({ kind: 'actor' })}
                    data-testid="edit-actor"
                  >
                    Edit actor
                  </button>
                  <button
                    type="button"
                    onClick={() => setEditor({ kind: 'relation', relationId: null })}
                    data-testid="add-relation"
                  >
                    Add relation
                  </button>
                  <button
                    type="button"
                    onClick={() => setEditor({ kind: 'evidence', subjectId: actor.id, subjectLabel: actor.name })}
                    data-testid="add-actor-evidence"
                  >
                    Add evidence
                  </button>
                  {renderDelete?.(actor, reload)}
                </footer>
              )}
            </>
          )}
        </>
      )}
    </aside>
  );
}
