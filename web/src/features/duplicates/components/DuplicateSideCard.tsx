import { humanize } from '../../../lib/domain';
import type { DuplicateSide } from '../api/get-duplicates';

/** One side of a candidate pair: what tells the two apart at a glance. */
export function DuplicateSideCard({ actor, onOpen }: { actor: DuplicateSide; onOpen: (id: string) => void }) {
  return (
    <div className="duplicate-side" data-testid="duplicate-side">
      <button type="button" className="link-button" onClick={() => onOpen(actor.id)}>
        <strong>{actor.name}</strong>
      </button>
      <p>
        {humanize(actor.kind)} · {humanize(actor.tier)} ·{' '}
        {[actor.city, actor.country].filter(Boolean).join(', ') || '—'}
      </p>
      {actor.aliases.length > 0 && <p>Also: {actor.aliases.join(', ')}</p>}
      {actor.identifiers.length > 0 && (
        <p>{actor.identifiers.map((identifier) => `${identifier.scheme}: ${identifier.value}`).join(' · ')}</p>
      )}
      <p>{actor.relations.length === 1 ? '1 tie' : `${actor.relations.length} ties`}</p>
    </div>
  );
}
