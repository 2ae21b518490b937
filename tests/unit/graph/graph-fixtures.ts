import type { GraphActor, GraphData, GraphRelation } from '../../../api/src/graph/analytics-graph';
import type { ActorKind, RelationType } from '../../../api/src/domain/vocabulary';
import { KIND_SECTOR } from '../../../api/src/domain/vocabulary';

/** An actor with neutral defaults: a local NGO in GR on no theme. */
export function actor(id: string, overrides: Partial<GraphActor> = {}): GraphActor {
  const kind: ActorKind = overrides.kind ?? 'NGO';
  return {
    id,
    name: id.toUpperCase(),
    kind,
    tier: 'LOCAL',
    sector: KIND_SECTOR[kind],
    country: 'GR',
    originCountries: [],
    themes: [],
    ...overrides,
  };
}

/** A cooperative, undirected-unless-told relation with neutral defaults. */
export function relation(
  id: string,
  type: RelationType,
  source: string,
  target: string,
  overrides: Partial<GraphRelation> = {},
): GraphRelation {
  return {
    id,
    type,
    source,
    target,
    directed: false,
    mode: null,
    engagement: null,
    formal: null,
    themes: [],
    since: null,
    until: null,
    amount: null,
    currency: null,
    confidence: 1,
    strength: null,
    role: null,
    ...overrides,
  };
}

/** Undirected PARTNERS_WITH ties from "a-b" strings, ids r1, r2, … in order. */
export function partnerships(...pairs: string[]): GraphRelation[] {
  return pairs.map((pair, i) => {
    const [source, target] = pair.split('-') as [string, string];
    return relation(`r${i + 1}`, 'PARTNERS_WITH', source, target);
  });
}

/** Local NGOs in GR named after the ids, joined by the given partnerships. */
export function simpleGraph(ids: readonly string[], ...pairs: string[]): GraphData {
  return { actors: ids.map((id) => actor(id)), relations: partnerships(...pairs) };
}

/** Deep-freezes fixtures so a test fails if an analysis mutates its input. */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}
