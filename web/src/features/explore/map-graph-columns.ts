import type { MapGraphQuery } from '../../gql/graphql';
import type { MapActor, MapRelation } from '../../lib/domain';

export interface MapGraphData {
  revision: string;
  /** Into how many parts the map was split for this answer: 1 when it is the whole map. */
  parts: number;
  actors: MapActor[];
  relations: MapRelation[];
}

/** The `mapGraph` answer: parallel lists, entry i of each belonging to actor (or relation) i. */
export type MapGraphColumns = MapGraphQuery['mapGraph'];

/** The API's parallel lists → one record per actor and per relation. */
export function fromColumns({ revision, parts, actors: a, relations: r }: MapGraphColumns): MapGraphData {
  const actors: MapActor[] = new Array<MapActor>(a.count);
  for (let i = 0; i < a.count; i += 1)
    actors[i] = {
      id: a.ids[i]!,
      name: a.names[i]!,
      kind: a.kinds[i]!,
      tier: a.tiers[i]!,
      sector: a.sectors[i]!,
      country: a.countries[i] ?? null,
      themes: a.themes[i]!,
      since: a.since[i] ?? null,
      until: a.until[i] ?? null,
      formerNames: a.formerNames[i]!,
      renamedOn: a.renamedOn[i]!,
      shortName: a.shortNames[i] ?? null,
    };
  const relations: MapRelation[] = new Array<MapRelation>(r.count);
  for (let i = 0; i < r.count; i += 1)
    relations[i] = {
      id: r.ids[i]!,
      type: r.types[i]!,
      sourceId: r.sourceIds[i]!,
      targetId: r.targetIds[i]!,
      directed: r.directed[i]!,
      mode: r.modes[i] ?? null,
      engagement: r.engagements[i] ?? null,
      themes: r.themes[i]!,
      since: r.since[i] ?? null,
      until: r.until[i] ?? null,
      amount: r.amounts[i] ?? null,
      currency: r.currencies[i] ?? null,
      confidence: r.confidences[i]!,
    };
  return { revision, parts, actors, relations };
}
