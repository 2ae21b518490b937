import { useState, type ReactNode } from 'react';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { humanize, type Theme } from '../../../lib/domain';
import { SECTOR_COLOURS } from '../../../lib/palette';
import { useAsync } from '../../../lib/use-async';
import { getActor, type ActorDetail } from '../api/get-actor';
import { ActorFacts } from './ActorFacts';
import { ActorMetrics } from './ActorMetrics';
import { EvidenceList } from './EvidenceList';
import { HistoryList } from './HistoryList';
import { PartnerList } from './PartnerList';
import { RelationList } from './RelationList';
import { RetryNotice } from '../../../components/notice/RetryNotice';

const TABS = ['facts', 'evidence', 'relations', 'metrics', 'partners', 'history'] as const;
type Tab = (typeof TABS)[number];

export interface ActorPanelProps {
  actorId: string;
  themes: readonly Theme[];
  onClose: () => void;
  onFocusActor: (id: string) => void;
  /** Opens a relation of the list in the relation panel. */
  onOpenRelation: (id: string) => void;
  /** The workspace, date and filters the metrics and partner suggestions are computed on. */
  scope: AnalyticsScope;
  /**
   * The edit form, supplied by the editing feature: `done(true)` closes it and reloads the actor after a
   * save; `reload()` fetches the actor afresh and keeps the form open (after a conflict).
   */
  renderEditor?: (actor: ActorDetail, done: (saved: boolean) => void, reload: () => void) => ReactNode;
}

/** The side panel of the focused actor: facts, evidence, relations, metrics, partners, history, edit form. */
export function ActorPanel({
  actorId,
  themes,
  onClose,
  onFocusActor,
  onOpenRelation,
  scope,
  renderEditor,
}: ActorPanelProps) {
  const [tab, setTab] = useState<Tab>('facts');
  const [editing, setEditing] = useState(false);
  const [state, reload] = useAsync(actorId, (signal) => getActor(actorId, signal));
  const actor = state.status === 'ready' ? state.data : null;
  return (
    <aside className="actor-panel" aria-label="Actor" data-testid="actor-panel">
      <header className="actor-panel__header">
        {actor && <span className="dot" style={{ background: SECTOR_COLOURS[actor.sector] }} aria-hidden="true" />}
        <h2 data-testid="actor-name">{actor?.name ?? (state.status === 'error' ? 'Actor unavailable' : 'Loading…')}</h2>
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
          <p className="actor-panel__subtitle">
            {humanize(actor.tier)} · {humanize(actor.kind)}
            {actor.country ? ` · ${actor.country}` : ''}
          </p>
          {editing && renderEditor ? (
            renderEditor(
              actor,
              (saved) => {
                setEditing(false);
                if (saved) reload();
              },
              reload,
            )
          ) : (
            <>
              <div className="tabs" role="tablist">
                {TABS.map((name) => (
                  <button
                    key={name}
                    type="button"
                    role="tab"
                    aria-selected={tab === name}
                    className={tab === name ? 'tab tab--active' : 'tab'}
                    onClick={() => setTab(name)}
                    data-testid={`actor-tab-${name}`}
                  >
                    {humanize(name)}
                    {name === 'evidence' && ` (${actor.sources.length})`}
                    {name === 'relations' && ` (${actor.relations.length})`}
                  </button>
                ))}
              </div>
              <div className="actor-panel__body">
                {tab === 'facts' && <ActorFacts actor={actor} themes={themes} />}
                {tab === 'evidence' && <EvidenceList sources={actor.sources} />}
                {tab === 'relations' && (
                  <RelationList
                    actorId={actor.id}
                    relations={actor.relations}
                    onFocusActor={onFocusActor}
                    onOpenRelation={onOpenRelation}
                  />
                )}
                {tab === 'metrics' && <ActorMetrics actorId={actor.id} scope={scope} />}
                {tab === 'partners' && <PartnerList actorId={actor.id} scope={scope} onFocusActor={onFocusActor} />}
                {tab === 'history' && <HistoryList entityId={actor.id} version={actor.version} />}
              </div>
              {renderEditor && (
                <footer className="actor-panel__footer">
                  <button type="button" className="primary" onClick={() => setEditing(true)} data-testid="edit-actor">
                    Edit actor
                  </button>
                </footer>
              )}
            </>
          )}
        </>
      )}
    </aside>
  );
}
