import type { GraphActor, GraphData, GraphRelation, GraphSuccession } from '../graph/analytics-graph';

/** An actor on the wire: its fields in a fixed order, so that no key is repeated 10,000 times. */
type ActorTuple = [
  GraphActor['id'],
  GraphActor['name'],
  GraphActor['kind'],
  GraphActor['tier'],
  GraphActor['sector'],
  GraphActor['country'],
  GraphActor['originCountries'],
  GraphActor['themes'],
  string | null,
  string | null,
  GraphActor['formerNames'] | null,
  GraphActor['capacity'] | null,
];

type RelationTuple = [
  GraphRelation['id'],
  GraphRelation['type'],
  GraphRelation['source'],
  GraphRelation['target'],
  GraphRelation['directed'],
  GraphRelation['mode'],
  GraphRelation['engagement'],
  GraphRelation['formal'],
  GraphRelation['themes'],
  GraphRelation['since'],
  GraphRelation['until'],
  GraphRelation['amount'],
  GraphRelation['currency'],
  GraphRelation['confidence'],
  GraphRelation['strength'],
  GraphRelation['role'],
  GraphRelation['states'] | null,
  GraphRelation['fundingSource'] | null,
  GraphRelation['fundingTerm'] | null,
  GraphRelation['fundingForm'] | null,
];

type SuccessionTuple = [
  GraphSuccession['id'],
  GraphSuccession['kind'],
  GraphSuccession['predecessor'],
  GraphSuccession['successor'],
  GraphSuccession['on'],
];

/**
 * A graph as the JSON text a worker thread receives: actors and relations as tuples. Half the size of
 * the objects' JSON at 10,000 actors and 40,000 relations (6 MB instead of 12), a quarter faster to
 * write, and faster to read back into objects in each thread than parsing the objects themselves.
 */
export function encodeGraph(data: Readonly<GraphData>): string {
  const actors = data.actors.map((a): ActorTuple => [
    a.id,
    a.name,
    a.kind,
    a.tier,
    a.sector,
    a.country,
    a.originCountries,
    a.themes,
    a.since ?? null,
    a.until ?? null,
    a.formerNames ?? null,
    a.capacity ?? null,
  ]);
  const relations = data.relations.map((r): RelationTuple => [
    r.id,
    r.type,
    r.source,
    r.target,
    r.directed,
    r.mode,
    r.engagement,
    r.formal,
    r.themes,
    r.since,
    r.until,
    r.amount,
    r.currency,
    r.confidence,
    r.strength,
    r.role,
    r.states ?? null,
    r.fundingSource ?? null,
    r.fundingTerm ?? null,
    r.fundingForm ?? null,
  ]);
  const successions = (data.successions ?? []).map((x): SuccessionTuple => [
    x.id,
    x.kind,
    x.predecessor,
    x.successor,
    x.on,
  ]);
  return JSON.stringify([actors, relations, successions]);
}

/** The graph `encodeGraph` wrote. */
export function decodeGraph(json: string): GraphData {
  const [actors, relations, successions] = JSON.parse(json) as [ActorTuple[], RelationTuple[], SuccessionTuple[]];
  return {
    actors: actors.map(
      ([id, name, kind, tier, sector, country, originCountries, themes, since, until, former, capacity]) => ({
        id,
        name,
        kind,
        tier,
        sector,
        country,
        originCountries,
        themes,
        ...(since !== null ? { since } : {}),
        ...(until !== null ? { until } : {}),
        ...(former !== null ? { formerNames: former } : {}),
        ...(capacity ? { capacity } : {}),
      }),
    ),
    relations: relations.map((t) => ({
      id: t[0],
      type: t[1],
      source: t[2],
      target: t[3],
      directed: t[4],
      mode: t[5],
      engagement: t[6],
      formal: t[7],
      themes: t[8],
      since: t[9],
      until: t[10],
      amount: t[11],
      currency: t[12],
      confidence: t[13],
      strength: t[14],
      role: t[15],
      ...(t[16] !== null ? { states: t[16] } : {}),
      ...(t[17] != null ? { fundingSource: t[17] } : {}),
      ...(t[18] != null ? { fundingTerm: t[18] } : {}),
      ...(t[19] != null ? { fundingForm: t[19] } : {}),
    })),
    ...(successions.length > 0
      ? {
          successions: successions.map(([id, kind, predecessor, successor, on]) => ({
            id,
            kind,
            predecessor,
            successor,
            on,
          })),
        }
      : {}),
  };
}
