import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { humanize } from '../../../lib/domain';
import { useAsync } from '../../../lib/use-async';
import { getPartners, type ActorRef, type PartnerAnswer } from '../api/get-partners';
import { RetryNotice } from '../../../components/notice/RetryNotice';

export interface PartnerListProps {
  actorId: string;
  scope: AnalyticsScope;
  onFocusActor: (id: string) => void;
}

function ActorLinks({
  label,
  actors,
  onFocusActor,
}: { label: string; actors: readonly ActorRef[] } & Pick<PartnerListProps, 'onFocusActor'>) {
  if (actors.length === 0) return null;
  return (
    <p className="partner__via">
      <span className="muted">{label} </span>
      {actors.map((actor, index) => (
        <span key={actor.id}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => onFocusActor(actor.id)}>
            {actor.name}
          </button>
        </span>
      ))}
    </p>
  );
}

/** The diaspora actors behind the corridors of a suggestion, once each, leaving out the focused actor. */
function corridorActors(corridors: PartnerAnswer['link']['corridors'], actorId: string): ActorRef[] {
  const actors = new Map<string, ActorRef>();
  for (const { diasporaActor } of corridors)
    if (diasporaActor && diasporaActor.id !== actorId) actors.set(diasporaActor.id, diasporaActor);
  return [...actors.values()];
}

/** Suggested partners (partner finder, PRODUCT.md §4.9): reasons in words and the actors they rest on. */
export function PartnerList({ actorId, scope, onFocusActor }: PartnerListProps) {
  const [state, reload] = useAsync(`${actorId}:${JSON.stringify(scope)}`, (signal) =>
    getPartners(actorId, scope, 8, signal),
  );
  if (state.status === 'idle' || state.status === 'loading') return <p className="muted">Looking for partners…</p>;
  if (state.status === 'error')
    return <RetryNotice onRetry={reload}>Suggestions unavailable: {state.error.message} </RetryNotice>;
  if (state.data.length === 0)
    return <p className="muted">No partner to suggest: nobody unlinked shares enough with it.</p>;
  return (
    <ol className="partners" data-testid="partner-list">
      {state.data.map((candidate) => {
        const path = candidate.introductionActors.slice(1, -1);
        return (
          <li key={candidate.actorId} className="partner" data-testid="partner">
            <div className="partner__head">
              <button
                type="button"
                className="link-button partner__name"
                onClick={() => onFocusActor(candidate.actorId)}
              >
                {candidate.actor?.name ?? 'Hidden actor'}
              </button>
              <span className="muted small" title="Ranking score: 0.8 × link score + 0.2 × proximity (0–1)">
                score {candidate.score.toFixed(2)}
              </span>
            </div>
            {candidate.actor && (
              <p className="muted small">
                {humanize(candidate.actor.tier)} · {humanize(candidate.actor.kind)}
                {candidate.actor.country ? ` · ${candidate.actor.country}` : ''}
              </p>
            )}
            <ul className="partner__reasons" data-testid="partner-reasons">
              {candidate.reasons.map((reason) => (
                <li key={reason}>{reason.charAt(0).toUpperCase() + reason.slice(1)}.</li>
              ))}
            </ul>
            <ActorLinks label="Common partners:" actors={candidate.link.commonPartners} onFocusActor={onFocusActor} />
            <ActorLinks label="Introduction through:" actors={path} onFocusActor={onFocusActor} />
            <ActorLinks
              label="Corridor via:"
              actors={corridorActors(candidate.link.corridors, actorId)}
              onFocusActor={onFocusActor}
            />
          </li>
        );
      })}
    </ol>
  );
}
