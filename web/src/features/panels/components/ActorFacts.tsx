import type { ReactNode } from 'react';
import { humanize, type Theme } from '../../../lib/domain';
import type { ActorDetail } from '../api/get-actor';
import { countryName, useCountryNames } from '../../../lib/country-names';
import { FactRows } from './FactRows';
import { labelOf, useCapacityVocabulary } from '../../../lib/capacity-vocabulary';

/** Kind, tier, sector, place, themes, website and description of an actor. */
export function ActorFacts({ actor, themes }: { actor: ActorDetail; themes: readonly Theme[] }) {
  const label = (id: string) => themes.find((theme) => theme.id === id)?.label ?? id;
  const names = useCountryNames();
  const capacity = useCapacityVocabulary();
  const place = [actor.city, actor.country && countryName(names, actor.country)].filter(Boolean).join(', ');
  const rows: [string, ReactNode][] = [
    ['Kind', humanize(actor.kind)],
    ['Tier', humanize(actor.tier)],
    ['Sector', humanize(actor.sector)],
    ['Country', place || 'None (international)'],
    ['Founded', actor.founded ?? '—'],
    [
      'Website',
      actor.website ? (
        <a href={actor.website} target="_blank" rel="noreferrer">
          {actor.website.replace(/^https?:\/\//, '')}
        </a>
      ) : (
        '—'
      ),
    ],
  ];
  if (actor.aliases.length) {
    const localized = actor.localizedAliases ?? actor.aliases.map((name) => ({ name, language: null }));
    rows.push(['Also', localized.map((a) => (a.language ? `${a.name} (${a.language})` : a.name)).join(', ')]);
  }
  if (actor.identifiers?.length) {
    rows.push([
      'Identifiers',
      <span data-testid="actor-identifiers">
        {actor.identifiers.map((id) => `${id.scheme.replace('_', ' ')}: ${id.value}`).join(' · ')}
      </span>,
    ]);
  }
  if (actor.originCountries.length)
    rows.push(['Countries of origin', actor.originCountries.map((code) => countryName(names, code)).join(', ')]);
  const listed = (labels: ReadonlyMap<string, string> | undefined, values: readonly string[]) =>
    values.map((value) => labelOf(labels, value)).join(', ');
  if (actor.populationsServed.length) rows.push(['Serves', listed(capacity?.populations, actor.populationsServed)]);
  if (actor.services.length) rows.push(['Services', listed(capacity?.services, actor.services)]);
  if (actor.languages.length) rows.push(['Languages', listed(capacity?.languages, actor.languages)]);
  return (
    <div className="facts" data-testid="actor-facts">
      <FactRows rows={rows} />
      {actor.themes.length > 0 && (
        <p className="tags">
          {actor.themes.map((theme) => (
            <span key={theme} className="tag">
              {label(theme)}
            </span>
          ))}
        </p>
      )}
      {actor.description && <p className="facts__description">{actor.description}</p>}
      <p className="muted small">
        Version {actor.version}, last changed by {actor.updatedBy} on {new Date(actor.updatedAt).toLocaleDateString()}
      </p>
    </div>
  );
}
