import { useState } from 'react';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { countryName as nameOf, useCountryNames } from '../../../lib/country-names';
import { humanize, type Theme } from '../../../lib/domain';
import { useAsync } from '../../../lib/use-async';
import { getPartners, type ActorRef, type PartnerAnswer } from '../api/get-partners';
import { RetryNotice } from '../../../components/notice/RetryNotice';
import { describePartnerCriteria, NO_CHOICE, partnerCriteria, type PartnerChoice } from '../partner-criteria';
import { PartnerFilters } from './PartnerFilters';

export interface PartnerListProps {
  /** The actor looking for partners: its country and origin countries make its own corridors. */
  actor: { id: string; country: string | null; originCountries: readonly string[] };
  scope: AnalyticsScope;
  themes: readonly Theme[];
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

/**
 * Suggested partners (partner finder, PRODUCT.md §4.9) by theme, country and corridor: reasons in
 * words and the actors they rest on.
 */
export function PartnerList({ actor, scope, themes, onFocusActor }: PartnerListProps) {
  const actorId = actor.id;
  const [choice, setChoice] = useState<PartnerChoice>(NO_CHOICE);
  const criteria = partnerCriteria(choice, scope.filters);
  const names = useCountryNames();
  const countryName = (code: string) => nameOf(names, code);
  const themeLabel = (id: string) => themes.find((theme) => theme.id === id)?.label ?? id;
  const [state, reload] = useAsync(`${actorId}:${JSON.stringify([scope, criteria])}`, (signal) =>
    getPartners(actorId, scope, criteria, 8, signal),
  );
  const described = describePartnerCriteria(criteria, themeLabel, countryName);
  return (
    <>
      <PartnerFilters
        choice={choice}
        criteria={criteria}
        onChange={setChoice}
        themes={themes}
        ownCorridors={
          actor.country ? actor.originCountries.map((origin) => ({ origin, destination: actor.country! })) : []
        }
      />
      {state.status === 'idle' || state.status === 'loading' ? (
        <p className="muted">Looking for partners…</p>
      ) : state.status === 'error' ? (
        <RetryNotice onRetry={reload}>Suggestions unavailable: {state.error.message} </RetryNotice>
      ) : state.data.length === 0 ? (
        <p className="muted" data-testid="partner-none">
          No partner to suggest{described ? ` ${described}` : ''}: nobody unlinked fits.
        </p>
      ) : (
        <Candidates
          candidates={state.data}
          actorId={actorId}
          caption={described}
          countryName={countryName}
          onFocusActor={onFocusActor}
        />
      )}
    </>
  );
}

/** The ranked candidates. */
function Candidates({
  candidates,
  actorId,
  caption,
  countryName,
  onFocusActor,
}: {
  candidates: readonly PartnerAnswer[];
  actorId: string;
  caption: string;
  countryName: (code: string) => string;
} & Pick<PartnerListProps, 'onFocusActor'>) {
  return (
    <ol className="partners" data-testid="partner-list" aria-label={caption ? `Partners ${caption}` : 'Partners'}>
      {candidates.map((candidate) => {
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
                {candidate.actor.country ? ` · ${countryName(candidate.actor.country)}` : ''}
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
