import { QuoteText } from '../../../components/quote/QuoteText';
import { VisibilityBadge } from '../../../components/visibility-badge/VisibilityBadge';
import { humanize } from '../../../lib/domain';
import type { ActorRelationAnswer } from '../api/get-actor';

export interface RelationListProps {
  actorId: string;
  relations: readonly ActorRelationAnswer[];
  /** The name of the time bar's month for an actor of the map; today's name otherwise. */
  nameOnMap?: (id: string) => string | undefined;
  onFocusActor: (id: string) => void;
  onOpenRelation: (id: string) => void;
  /** Editing hooks: without them the list is read-only. */
  onEdit?: (relationId: string) => void;
  onAddEvidence?: (relationId: string, label: string) => void;
}

const period = (since: string | null, until: string | null) =>
  since || until ? `${since ?? '?'}–${until ?? 'now'}` : 'dates unknown';

/** The actor's ties: type (click to open the relation), the other actor (click to focus it), mode, dates, confidence. */
export function RelationList({
  actorId,
  relations,
  nameOnMap,
  onFocusActor,
  onOpenRelation,
  onEdit,
  onAddEvidence,
}: RelationListProps) {
  if (relations.length === 0) return <p className="muted">No relations recorded.</p>;
  return (
    <ul className="relations" data-testid="relation-list">
      {relations.map((relation) => {
        const outgoing = relation.source.id === actorId;
        const other = outgoing ? relation.target : relation.source;
        return (
          <li key={relation.id} className="relations__item" data-testid="relation-item" data-relation-id={relation.id}>
            <div>
              <button
                type="button"
                className="link-button relations__type"
                onClick={() => onOpenRelation(relation.id)}
                title="Open the relation"
                data-testid="open-relation"
              >
                {relation.directed ? (outgoing ? '→ ' : '← ') : '↔ '}
                {humanize(relation.type)}
              </button>{' '}
              <button type="button" className="link-button" onClick={() => onFocusActor(other.id)}>
                {nameOnMap?.(other.id) ?? other.name}
              </button>
            </div>
            <div className="relations__meta">
              <VisibilityBadge visibility={relation.visibility} />
              {relation.mode && <span className="tag">{humanize(relation.mode)}</span>}
              {relation.engagement && <span className="tag">{humanize(relation.engagement)}</span>}
              <span>{period(relation.since, relation.until)}</span>
              {relation.amount !== null && (
                <span>
                  {relation.amount.toLocaleString()} {relation.currency}
                </span>
              )}
              <span title="Confidence">conf. {Math.round(relation.confidence * 100)}%</span>
              {relation.unsourced ? (
                <span className="tag tag--warn">unsourced</span>
              ) : (
                <span className="muted">
                  {relation.sources.length} source{relation.sources.length === 1 ? '' : 's'}
                </span>
              )}
            </div>
            {relation.sources[0]?.quote && (
              <blockquote className="relations__quote">
                “<QuoteText text={relation.sources[0].quote} />”
              </blockquote>
            )}
            {(onEdit || onAddEvidence) && (
              <div className="relations__actions">
                {onEdit && (
                  <button type="button" onClick={() => onEdit(relation.id)} data-testid="edit-relation">
                    Edit
                  </button>
                )}
                {onAddEvidence && (
                  <button
                    type="button"
                    onClick={() =>
                      onAddEvidence(
                        relation.id,
                        `${humanize(relation.type)}: ${relation.source.name} → ${relation.target.name}`,
                      )
                    }
                    data-testid="add-relation-evidence"
                  >
                    Add evidence
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
