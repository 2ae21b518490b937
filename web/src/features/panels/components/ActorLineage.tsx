import type { ActorDetail } from '../api/get-actor';
import { lineageOf, type LineageLink } from '../lineage';
import { FactRows } from './FactRows';

export interface ActorLineageProps {
  actor: ActorDetail;
  onFocusActor: (id: string) => void;
  /** Opens the rename form (editors only). */
  onRename?: (() => void) | undefined;
}

function LinkList({
  title,
  links,
  onFocusActor,
}: {
  title: string;
  links: LineageLink[];
  onFocusActor: (id: string) => void;
}) {
  return (
    <section className="lineage__links" data-testid={`lineage-${title.toLowerCase()}`}>
      <h3>{title}</h3>
      {links.length === 0 ? (
        <p className="muted small">None recorded.</p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={link.relationId}>
              {link.words}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onFocusActor(link.actorId)}
                data-testid="lineage-actor"
              >
                {link.actorName}
              </button>
              {link.on && <span className="muted"> from {link.on}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An institution in time: its lifespan, the names it carried with their dates, predecessors and successors. */
export function ActorLineage({ actor, onFocusActor, onRename }: ActorLineageProps) {
  const lineage = lineageOf(actor.id, actor.relations);
  const lifespan = `${actor.since ?? 'as long as known'} – ${actor.until ?? 'now'}`;
  return (
    <div className="lineage" data-testid="actor-lineage">
      <FactRows rows={[['Lifespan', <span data-testid="lineage-lifespan">{lifespan}</span>]]} />
      <section data-testid="lineage-names">
        <h3>Names</h3>
        <ol className="lineage__names">
          {actor.names.map((name, index) => (
            <li key={`${index}-${name.name}`}>
              <strong>{name.name}</strong>{' '}
              <span className="muted">
                {name.since ?? 'from the start of the record'} – {name.replacedOn ? `until ${name.replacedOn}` : 'now'}
              </span>
            </li>
          ))}
        </ol>
        {onRename && (
          <button type="button" onClick={onRename} data-testid="rename-actor">
            Rename from a date…
          </button>
        )}
      </section>
      <LinkList title="Predecessors" links={lineage.predecessors} onFocusActor={onFocusActor} />
      <LinkList title="Successors" links={lineage.successors} onFocusActor={onFocusActor} />
    </div>
  );
}
