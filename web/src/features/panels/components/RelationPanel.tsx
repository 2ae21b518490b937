import { useState, type ReactNode } from 'react';
import { humanize, type Theme } from '../../../lib/domain';
import { useAsync, useLastData } from '../../../lib/use-async';
import { getRelation, type RelationDetail } from '../api/get-relation';
import { FactRows } from './FactRows';
import { EvidenceList } from './EvidenceList';
import { HistoryList } from './HistoryList';
import { RestoreNotice } from '../../../components/notice/RestoreNotice';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { countryName, useCountryNames } from '../../../lib/country-names';
import { VisibilityBadge } from '../../../components/visibility-badge/VisibilityBadge';

export interface RelationPanelProps {
  relationId: string;
  themes: readonly Theme[];
  onClose: () => void;
  onFocusActor: (id: string) => void;
  /**
   * The edit form, supplied by the editing feature: `done(true)` closes it and reloads the relation after a
   * save; `reload()` fetches the relation afresh and keeps the form open (after a conflict).
   */
  renderEditor?: (relation: RelationDetail, done: (saved: boolean) => void, reload: () => void) => ReactNode;
  /** Undoes a change of the relation's history (editors); the panel reloads once it is done. */
  onRevert?: (changeId: string) => Promise<void>;
  /** Restores the relation when it is deleted (editors); the panel reloads once it is done. */
  onRestore?: (relationId: string) => Promise<void>;
}

const orDash = (value: string | null | undefined) => value || '—';

function EndButton({ end, onFocusActor }: { end: RelationDetail['source']; onFocusActor: (id: string) => void }) {
  const names = useCountryNames();
  return (
    <button type="button" className="relation-end" onClick={() => onFocusActor(end.id)} data-testid="relation-end">
      <strong>{end.name}</strong>
      <small className="muted">
        {humanize(end.tier)} · {humanize(end.kind)}
        {end.country ? ` · ${countryName(names, end.country)}` : ''}
      </small>
    </button>
  );
}

function RelationFacts({ relation, themes }: { relation: RelationDetail; themes: readonly Theme[] }) {
  const label = (id: string) => themes.find((theme) => theme.id === id)?.label ?? id;
  const rows: [string, ReactNode][] = [
    ['Visible to', <VisibilityBadge visibility={relation.visibility} />],
    ['Mode', relation.mode ? humanize(relation.mode) : '—'],
    ['Engagement', relation.engagement ? humanize(relation.engagement) : '—'],
    ['Formal', relation.formal === null ? 'unknown' : relation.formal ? 'yes' : 'no'],
    ['Since', orDash(relation.since)],
    ['Until', relation.until ?? (relation.since ? 'ongoing' : '—')],
    ['Confidence', <span title="1 = stated explicitly by the source">{Math.round(relation.confidence * 100)}%</span>],
    ['Amount', relation.amount === null ? '—' : `${relation.amount.toLocaleString()} ${relation.currency ?? ''}`],
    ['Themes', relation.themes.length ? relation.themes.map(label).join(', ') : '—'],
  ];
  if (relation.role) rows.splice(1, 0, ['Role', humanize(relation.role)]);
  if (relation.strength !== null) rows.push(['Strength', relation.strength]);
  return (
    <div className="facts" data-testid="relation-facts">
      <FactRows rows={rows} />
      {relation.notes && <p className="facts__description">{relation.notes}</p>}
      <p className="muted small">
        Version {relation.version}, last changed by {relation.updatedBy} on{' '}
        {new Date(relation.updatedAt).toLocaleDateString()}
      </p>
    </div>
  );
}

/** The side panel of one relation: type, both ends (click to focus), facts, evidence, history, edit form. */
export function RelationPanel(props: RelationPanelProps) {
  const { relationId, themes, onClose, onFocusActor, renderEditor, onRevert, onRestore } = props;
  const [editing, setEditing] = useState(false);
  const [state, reload] = useAsync(relationId, (signal) => getRelation(relationId, signal));
  // Kept while it reloads after a revert or a restore; after a save or a delete the panel shows it
  // loading instead, never the values from before.
  const [keepWhileLoading, setKeepWhileLoading] = useState(false);
  const last = useLastData(state);
  const relation = state.status === 'ready' ? state.data : keepWhileLoading ? last : null;
  const title = relation ? humanize(relation.type) : state.status === 'error' ? 'Relation unavailable' : 'Loading…';
  return (
    <aside className="actor-panel relation-panel" aria-label="Relation" data-testid="relation-panel">
      <header className="actor-panel__header">
        <h2 data-testid="relation-type">{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the relation panel">
          ×
        </button>
      </header>
      {state.status === 'error' && <RetryNotice onRetry={reload}>{state.error.message} </RetryNotice>}
      {state.status === 'ready' && !relation && (
        <p className="muted">This relation no longer exists or is hidden from you.</p>
      )}
      {relation &&
        (editing && renderEditor ? (
          renderEditor(
            relation,
            (saved) => {
              setEditing(false);
              setKeepWhileLoading(false);
              if (saved) reload();
            },
            reload,
          )
        ) : (
          <>
            <div className="actor-panel__body">
              <div className="relation-ends">
                <EndButton end={relation.source} onFocusActor={onFocusActor} />
                <span className="relation-ends__arrow" aria-label={relation.directed ? 'to' : 'with'}>
                  {relation.directed ? '→' : '↔'}
                </span>
                <EndButton end={relation.target} onFocusActor={onFocusActor} />
              </div>
              {relation.deletedAt && (
                <RestoreNotice
                  className="notice notice--warn"
                  testId="relation-deleted"
                  restoreTestId="restore-relation"
                  restoreLabel="Restore the relation"
                  {...(onRestore && {
                    onRestore: async () => {
                      await onRestore(relation.id);
                      setKeepWhileLoading(true);
                      reload();
                    },
                  })}
                >
                  Deleted on {new Date(relation.deletedAt).toLocaleDateString()}.
                </RestoreNotice>
              )}
              <RelationFacts relation={relation} themes={themes} />
              <h3 className="panel-subhead">
                Evidence {relation.unsourced && <span className="tag tag--warn">unsourced</span>}
              </h3>
              <EvidenceList sources={relation.sources} subject="relation" />
              <h3 className="panel-subhead">History</h3>
              <HistoryList
                entityId={relation.id}
                version={relation.version}
                {...(onRevert && {
                  onRevert: async (changeId: string) => {
                    await onRevert(changeId);
                    setKeepWhileLoading(true);
                    reload();
                  },
                })}
              />
            </div>
            {renderEditor && !relation.deletedAt && (
              <footer className="actor-panel__footer">
                <button type="button" className="primary" onClick={() => setEditing(true)} data-testid="edit-relation">
                  Edit relation
                </button>
              </footer>
            )}
          </>
        ))}
    </aside>
  );
}
