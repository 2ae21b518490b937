import type { ReactNode } from 'react';
import type { AnalyticsScope } from '../../../lib/analytics-variables';
import { humanize } from '../../../lib/domain';
import { useAsync } from '../../../lib/use-async';
import { getActorMetrics, type BrokerageRolesAnswer } from '../api/get-actor-metrics';
import { RetryNotice } from '../../../components/notice/RetryNotice';

const ROLES: { key: keyof Omit<BrokerageRolesAnswer, 'total'>; help: string }[] = [
  { key: 'coordinator', help: 'A → it → C, all three in its own tier' },
  { key: 'itinerant', help: 'A and C share a tier, it sits in another: it links them from outside' },
  { key: 'gatekeeper', help: 'A in another tier → it → C in its tier: it lets outsiders in' },
  { key: 'representative', help: 'A in its tier → it → C in another: it speaks for its tier' },
  { key: 'liaison', help: 'A, it and C in three different tiers' },
];

const fixed = (value: number | null, digits = 3) => (value === null ? '—' : value.toFixed(digits));

/** The focused actor's network measures (brokers and silos analytics), each explained in its tooltip. */
export function ActorMetrics({ actorId, scope }: { actorId: string; scope: AnalyticsScope }) {
  const [state, reload] = useAsync(`${actorId}:${JSON.stringify(scope)}`, (signal) =>
    getActorMetrics(actorId, scope, signal),
  );
  if (state.status === 'idle' || state.status === 'loading') return <p className="muted">Computing the metrics…</p>;
  if (state.status === 'error')
    return <RetryNotice onRetry={reload}>Metrics unavailable: {state.error.message} </RetryNotice>;
  const { broker, rank, rankedOf, sampled, community, communityCount } = state.data;
  if (!broker)
    return (
      <p className="muted" data-testid="no-metrics">
        No metrics: this actor is outside the analysed graph (filters, date), or it is an event or a policy instrument,
        which organisations take part in rather than pass things on through.
      </p>
    );
  const rows: [string, ReactNode, string][] = [
    [
      'Partners (degree)',
      broker.degree,
      'Number of distinct cooperative partners (all types but Challenges, no confrontation).',
    ],
    [
      'Betweenness',
      `${fixed(broker.betweenness)}${broker.betweennessStandardError !== null ? ` ± ${fixed(broker.betweennessStandardError)}` : ''} (rank ${rank} of ${rankedOf})`,
      `Share of shortest paths between other actors that pass through this one (Brandes 2001, normalised 0–1)${sampled ? '; estimated from a sample' : ''}. High = a bridge.`,
    ],
    [
      'Constraint',
      fixed(broker.constraint),
      "Burt's constraint (1992): high when its partners are tied to each other, i.e. it sits inside one closed group; low = it spans holes.",
    ],
    [
      'Effective size',
      fixed(broker.effectiveSize, 2),
      "Burt's effective size: partners that are not redundant with one another (not tied among themselves).",
    ],
    [
      'Community',
      community
        ? `#${community.index + 1} of ${communityCount} · ${community.size} actors · mostly ${humanize(community.dominantTier.value)}`
        : '—',
      'Louvain community of the cooperative graph (Blondel et al. 2008): the group it works most closely with.',
    ],
  ];
  if (community)
    rows.push([
      'Community E–I',
      fixed(community.eiIndex, 2),
      'E–I index of its community (Krackhardt & Stern 1988): −1 only ties inside (a silo), +1 only ties outside.',
    ]);
  return (
    <div className="metrics" data-testid="actor-metrics">
      <dl className="facts">
        {rows.map(([term, value, help]) => (
          <div key={term} className="facts__row" title={help}>
            <dt>
              <abbr title={help}>{term}</abbr>
            </dt>
            <dd
              data-testid={`metric-${term
                .toLowerCase()
                .replace(/[^a-z]+/g, '-')
                .replace(/-$/, '')}`}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <h3
        className="panel-subhead"
        title="Gould & Fernandez (1989) brokerage roles with tier as the group: two-paths A → it → C with no tie A → C"
      >
        Brokerage roles (tier as group) · {broker.roles.total}
      </h3>
      <ul className="roles" data-testid="brokerage-roles">
        {ROLES.map(({ key, help }) => (
          <li key={key} title={help}>
            <span>{humanize(key)}</span> <strong>{broker.roles[key]}</strong>
            <small className="muted"> {help}</small>
          </li>
        ))}
      </ul>
    </div>
  );
}
