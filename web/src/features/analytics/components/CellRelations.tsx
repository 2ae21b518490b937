import { humanize, type MapActor, type MapRelation } from '../../../lib/domain';

export interface CellRelationsProps {
  title: string;
  relations: readonly MapRelation[];
  actors: ReadonlyMap<string, MapActor>;
  onOpenRelation: (id: string) => void;
  onClose: () => void;
}

/** The relations of one heatmap cell, each opening the relation panel. */
export function CellRelations({ title, relations, actors, onOpenRelation, onClose }: CellRelationsProps) {
  const name = (id: string) => actors.get(id)?.name ?? 'Hidden actor';
  return (
    <section className="cell-relations" aria-label={title} data-testid="cell-relations">
      <header className="cell-relations__head">
        <h3>
          {title}: {relations.length} relation{relations.length === 1 ? '' : 's'}
        </h3>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close the list">
          ×
        </button>
      </header>
      {relations.length === 0 ? (
        <p className="muted">No relation in this cell under the current filters.</p>
      ) : (
        <ul className="relations">
          {relations.map((relation) => (
            <li key={relation.id} className="relations__item" data-testid="cell-relation">
              <button type="button" className="link-button" onClick={() => onOpenRelation(relation.id)}>
                {name(relation.sourceId)} {relation.directed ? '→' : '↔'} {name(relation.targetId)}
              </button>
              <span className="relations__meta">
                <span className="tag">{humanize(relation.type)}</span>
                {relation.mode && <span>{humanize(relation.mode)}</span>}
                {relation.since && <span>since {relation.since}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
