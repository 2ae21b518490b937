/** What a read workload of `npm run bench:api` is, and helpers the workload files share. */
import { postGraphQL, type GraphQLRequest } from './graphql-post';
import type { WorkloadPicks } from './api-workload-picks';

export interface WorkloadContext {
  /** The workspace's id. */
  ws: string;
  picks: WorkloadPicks;
  /** Tiermap ids of the picked actors. */
  hubId: string;
  centreId: string;
  tiermapUrl: string;
  peerUrl: string;
}

export interface CheckOutcome {
  /** What was compared, for the report. */
  compared: string;
  /** One line per difference; empty when the answers agree. */
  differences: string[];
}

export interface ReadWorkload {
  key: string;
  title: string;
  tiermap: GraphQLRequest;
  peer: GraphQLRequest;
  /** Why the peer's request is not an exact equivalent, when it is not. */
  approximation?: string;
  /** Compares the answers of the two requests above (may send further, untimed requests). */
  check(tiermap: unknown, peer: unknown): Promise<CheckOutcome>;
}

/** Only live relations whose other end is live (Tiermap's rule for every read). */
export const LIVE_RELATION = { edge: { deletedAt: { eq: null } }, node: { deletedAt: { eq: null } } };

/** Posts to both servers; used by checks that need more than the timed answers. */
export const askBoth = (context: WorkloadContext) => ({
  tiermap: <T>(request: GraphQLRequest) => postGraphQL<T>(context.tiermapUrl, request),
  peer: <T>(request: GraphQLRequest) => postGraphQL<T>(context.peerUrl, request),
});

export interface ActorRow {
  id: string;
  name: string;
  tier?: string;
  themes?: string[] | null;
  updatedAt?: string;
}

export interface Page<T> {
  totalCount?: number;
  edges: Array<{ node: T }>;
  pageInfo?: { hasNextPage: boolean };
}

export type EndRelation = { properties: { id: string; type: string }; node: { id: string; name?: string } };

/** An actor as the peer returns it with its relations both ways. */
export interface ActorRelations {
  id: string;
  name: string;
  relatesConnection: { edges: EndRelation[] };
  relatedByConnection: { edges: EndRelation[] };
}

/** One actor's relations in both directions as `id|type|sourceId|sourceName|targetId|targetName` (names when read). */
export function peerRelationKeys(actor: ActorRelations): string[] {
  const me = `${actor.id}|${actor.name ?? ''}`;
  return [
    ...actor.relatesConnection.edges.map(
      (e) => `${e.properties.id}|${e.properties.type}|${me}|${e.node.id}|${e.node.name ?? ''}`,
    ),
    ...actor.relatedByConnection.edges.map(
      (e) => `${e.properties.id}|${e.properties.type}|${e.node.id}|${e.node.name ?? ''}|${me}`,
    ),
  ];
}
