import { UndirectedGraph } from 'graphology';
import type {
  ActorKind,
  EngagementLevel,
  FundingForm,
  FundingSource,
  FundingTerm,
  Mode,
  ParticipationRole,
  RelationType,
  Sector,
  Tier,
} from '../domain/vocabulary';
import { isCooperative } from '../domain/vocabulary';
import type { Population, Service } from '../domain/capacity';
import { derived } from './derived';

/** An actor as the analytics see it: plain data, already converted from whatever store it came from. */
export interface GraphActor {
  id: string;
  name: string;
  kind: ActorKind;
  tier: Tier;
  sector: Sector;
  country: string | null;
  originCountries: readonly string[];
  themes: readonly string[];
  /** Lifespan (partial dates, as a relation's): the actor is in no answer as of a date outside it. */
  since?: string | null;
  until?: string | null;
  /** Names it carried before, each with the date it was replaced (see `nameOn`). */
  formerNames?: readonly FormerName[];
  /** Whom it serves, what it offers, the languages it works in; absent when all three are empty. */
  capacity?: CapacityProfile;
}

/** An actor's capacity profile (issue 20): the partner finder compares two (`capacity-match.ts`). */
export interface CapacityProfile {
  populations: readonly Population[];
  services: readonly Service[];
  /** ISO 639-1 codes. */
  languages: readonly string[];
}

/** A name an actor carried until `replacedOn` (the first day of the next name). */
export interface FormerName {
  name: string;
  replacedOn: string;
}

/** A dated change of a tie's state: the fields given hold from `on` (see `relationOn`). */
export interface RelationState {
  on: string;
  mode?: Mode | null;
  engagement?: EngagementLevel | null;
  strength?: number | null;
  confidence?: number;
}

/** The kinds of institutional succession between actors (kept out of the tie graph). */
export type SuccessionKind = 'SUCCEEDS' | 'MERGED_INTO' | 'SPLIT_FROM';

/**
 * One dated succession, read the same way whatever its direction as a relation: `predecessor` is
 * the earlier institution, `successor` the later one (for MERGED_INTO, the one it merged into).
 */
export interface GraphSuccession {
  id: string;
  kind: SuccessionKind;
  predecessor: string;
  successor: string;
  on: string;
}

/** A typed relation between two actors; `directed: false` relations read the same both ways. */
export interface GraphRelation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  directed: boolean;
  mode: Mode | null;
  engagement: EngagementLevel | null;
  formal: boolean | null;
  themes: readonly string[];
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  confidence: number;
  strength: number | null;
  /** The part the source plays in the target on a PARTICIPATES_IN relation; null on other types. */
  role: ParticipationRole | null;
  /** FUNDS: where the money comes from as recorded; absent or null reads as the funder's sector's. */
  fundingSource?: FundingSource | null;
  /** FUNDS: multi-year or short-term, where recorded. */
  fundingTerm?: FundingTerm | null;
  /** FUNDS: GRANT, REGRANT or IN_KIND; absent or null reads as money (a grant). */
  fundingForm?: FundingForm | null;
  /**
   * Tie weight of a projected co-participation tie (`event-layer.ts`, Newman's 1/(n−1)); absent on
   * stored relations, which weigh 1.
   */
  weight?: number;
  /** Later states of the tie, in date order; the fields above are its state before the first. */
  states?: readonly RelationState[];
}

export interface GraphData {
  actors: readonly GraphActor[];
  relations: readonly GraphRelation[];
  /** Successions between the actors (SUCCEEDS, MERGED_INTO, SPLIT_FROM), which analyses over time follow. */
  successions?: readonly GraphSuccession[];
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Actors keyed by id, for the lookups every analysis makes (computed once per data object). */
export function indexActors(data: Readonly<GraphData>): ReadonlyMap<string, GraphActor> {
  return derived(data, 'indexActors', () => new Map(data.actors.map((actor) => [actor.id, actor])));
}

/** Actors in id order (computed once per data object). */
export function actorsInIdOrder(data: Readonly<GraphData>): readonly GraphActor[] {
  return derived(data, 'actorsInIdOrder', () => [...data.actors].sort(byId));
}

/** Actor ids in id order: the integer index space of the CSR forms (computed once per data object). */
export function actorIdsInOrder(data: Readonly<GraphData>): readonly string[] {
  return derived(data, 'actorIdsInOrder', () => actorsInIdOrder(data).map((actor) => actor.id));
}

/** Each actor's index in `actorIdsInOrder` (computed once per data object). */
export function actorIndexById(data: Readonly<GraphData>): ReadonlyMap<string, number> {
  return derived(data, 'actorIndexById', () => new Map(actorIdsInOrder(data).map((id, i) => [id, i])));
}

/**
 * Relations whose two ends are known actors and distinct. Relations can dangle after a visibility or
 * country filter removed one end, and self-ties carry no structural information for any measure here.
 */
export function usableRelations(data: Readonly<GraphData>): readonly GraphRelation[] {
  return derived(data, 'usableRelations', () => {
    const known = indexActors(data);
    return data.relations.filter((r) => r.source !== r.target && known.has(r.source) && known.has(r.target));
  });
}

/** Usable relations that are cooperative ties (every type but CHALLENGES, every mode but CONFRONTATION). */
export function cooperativeRelations(data: Readonly<GraphData>): readonly GraphRelation[] {
  return derived(data, 'cooperativeRelations', () =>
    usableRelations(data).filter((r) => isCooperative(r.type, r.mode)),
  );
}

/** Cooperative relations in id order, the order in which the graphs below add their edges. */
function cooperativeRelationsInIdOrder(data: Readonly<GraphData>): readonly GraphRelation[] {
  return derived(data, 'cooperativeRelationsInIdOrder', () => [...cooperativeRelations(data)].sort(byId));
}

/** Whether some relation carries a weight (a projected co-participation tie): betweenness then weighs. */
export function hasWeightedTies(data: Readonly<GraphData>): boolean {
  return derived(data, 'hasWeightedTies', () => data.relations.some((r) => r.weight !== undefined));
}

/**
 * The undirected simple graph of cooperative ties (graphology) that exact betweenness and Louvain run
 * on. Several relations between one pair collapse into a single edge because those measures are
 * defined on simple graphs. When ties are weighted (`hasWeightedTies`), each edge carries `distance`,
 * 1 over the summed weight of the pair's relations (a stored relation weighs 1), so that shortest
 * paths prefer strong ties (Newman 2001). Nodes and edges are added in id order so that order-sensitive algorithms
 * (Louvain) give the same answer whatever order the store returned the data in. Built once per data
 * object and shared: callers must not change it.
 */
export function buildCooperativeGraph(data: Readonly<GraphData>): UndirectedGraph {
  return derived(data, 'cooperativeGraph', () => {
    const graph = new UndirectedGraph();
    const ids = actorIdsInOrder(data);
    const indexOf = actorIndexById(data);
    for (const id of ids) graph.addNode(id);
    // A pair's first relation in id order adds its edge; later ones between the same pair add nothing.
    // Edges are keyed by their rank: nothing reads the keys, and graphology's generated keys cost about
    // a sixth of the build at 40,000 relations.
    const seen = new Map<number, string>();
    const weighted = hasWeightedTies(data);
    for (const relation of cooperativeRelationsInIdOrder(data)) {
      const i = indexOf.get(relation.source) as number;
      const j = indexOf.get(relation.target) as number;
      const pair = i < j ? i * ids.length + j : j * ids.length + i;
      const key = seen.get(pair);
      const weight = relation.weight ?? 1;
      if (key === undefined) {
        seen.set(pair, String(seen.size + 1));
        if (weighted) graph.addUndirectedEdgeWithKey(String(seen.size), relation.source, relation.target, { weight });
        else graph.addUndirectedEdgeWithKey(String(seen.size), relation.source, relation.target);
      } else if (weighted) {
        graph.updateEdgeAttribute(key, 'weight', (sum: number | undefined) => (sum ?? 0) + weight);
      }
    }
    if (weighted)
      graph.forEachEdge((edge, attributes) =>
        graph.setEdgeAttribute(edge, 'distance', 1 / (attributes.weight as number)),
      );
    return graph;
  });
}

/**
 * Cooperative neighbours of every actor as plain sets (every actor present, isolates with an empty set).
 * Hand-written loops over these are several times faster than graphology iterators in the hot paths of
 * link suggestion and Yen's algorithm.
 */
export function cooperativeNeighbours(data: Readonly<GraphData>): ReadonlyMap<string, ReadonlySet<string>> {
  return derived(data, 'cooperativeNeighbours', () => {
    const neighbours = new Map<string, Set<string>>(data.actors.map((actor) => [actor.id, new Set<string>()]));
    for (const relation of cooperativeRelations(data)) {
      neighbours.get(relation.source)?.add(relation.target);
      neighbours.get(relation.target)?.add(relation.source);
    }
    return neighbours;
  });
}

/** A capacity profile from stored lists, or undefined when all three are empty (most actors). */
export function capacityProfile(
  populations: readonly string[] | null | undefined,
  services: readonly string[] | null | undefined,
  languages: readonly string[] | null | undefined,
): CapacityProfile | undefined {
  if (!populations?.length && !services?.length && !languages?.length) return undefined;
  return {
    populations: (populations ?? []) as Population[],
    services: (services ?? []) as Service[],
    languages: languages ?? [],
  };
}
