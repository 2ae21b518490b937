import { useMemo } from 'react';
import type { MapActor, MapRelation } from '../../lib/domain';
import type { AsOfMonth } from '../../lib/as-of-month';
import type { LensDecoration } from '../../lib/lens-decoration';
import { withNameInMonth } from '../../lib/name-in-month';
import { hoverContent, type HoverSources } from '../../map/hover-content';
import type { MapTarget } from '../graph-canvas/map-pointer';
import './map-hover-card.css';

export interface MapHoverCardProps {
  target: MapTarget | null;
  actors: readonly MapActor[];
  relations: readonly MapRelation[];
  decoration: LensDecoration;
  /** The month the time bar shows: actors go by the name they carried then. */
  asOf: AsOfMonth | null;
  /** The map's size, so the card stays inside it. */
  bounds: { width: number; height: number };
}

const CARD_WIDTH = 280;
const GAP = 10;

/**
 * The card beside the actor, relation, suggested link or gap under the pointer (or the keyboard
 * focus): above it, or below when there is no room above; it never takes the pointer's events.
 */
export function MapHoverCard({ target, actors, relations, decoration, asOf, bounds }: MapHoverCardProps) {
  const records = useMemo(() => {
    const ties = new Map<string, number>();
    for (const relation of relations)
      for (const id of [relation.sourceId, relation.targetId]) ties.set(id, (ties.get(id) ?? 0) + 1);
    return {
      actors: new Map(actors.map((actor) => [actor.id, withNameInMonth(actor, asOf)])),
      relations: new Map(relations.map((relation) => [relation.id, relation])),
      ties,
    };
  }, [actors, relations, asOf]);
  const sources: HoverSources = { ...records, decoration };
  const content = target && hoverContent(target.kind, target.id, sources, target.label);
  if (!target || !content) return null;
  const left = Math.max(8, Math.min(target.x - CARD_WIDTH / 2, bounds.width - CARD_WIDTH - 8));
  const above = target.y - target.clearance > bounds.height / 2;
  const style = above
    ? { left, bottom: bounds.height - (target.y - target.clearance - GAP) }
    : { left, top: target.y + target.clearance + GAP };
  return (
    <div className="map-hover-card" role="tooltip" style={{ ...style, width: CARD_WIDTH }} data-testid="map-hover-card">
      <p className="map-hover-card__title" data-testid="hover-title">
        {content.title}
      </p>
      {content.subtitle && (
        <p className="map-hover-card__subtitle" data-testid="hover-subtitle">
          {content.subtitle}
        </p>
      )}
      {content.facts.length > 0 && (
        <dl className="map-hover-card__facts">
          {content.facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {content.reasons && content.reasons.length > 0 && (
        <ul className="map-hover-card__reasons" data-testid="hover-reasons">
          {content.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {content.hint && <p className="map-hover-card__hint">{content.hint}</p>}
    </div>
  );
}
