import { seesEverything, type Viewer } from '../auth/viewer';
import { neighbourhoodQuery } from '../db/queries/neighbourhood.queries';
import type { Fields } from '../db/queries/projection';
import type { ActorRecord } from '../domain/actor';
import { toActorRecord } from './actor.repository';
import type { Database } from '../db/run-query';
import type { RelationRecord } from '../domain/relation';
import { InputChecker } from '../domain/validation';
import { NotFoundError } from '../errors';
import { checkRelationFilter, relationFilterParams, type RelationFilter } from './relation.repository';
import { givenRelationFilters } from '../db/queries/relation.queries';
import { toRelationRecord } from './relation-record';

export interface NeighbourhoodNode {
  actorId: string;
  /** The actor itself, read with the neighbourhood (so `actor` needs no second statement). */
  actor: ActorRecord;
  /** Steps from the centre (0 for the centre itself). */
  distance: number;
  /** Visible relations of this actor that match the filter. */
  degree: number;
  /** Of those, how many lead to actors not in this answer ("+N more"). */
  hiddenNeighbours: number;
}

export interface Neighbourhood {
  centerId: string;
  nodes: NeighbourhoodNode[];
  edges: RelationRecord[];
  /** Actors reachable within the depth that were left out because of the limit. */
  truncated: number;
}

/**
 * The actors around a centre, breadth first up to `depth` steps, at most `limit` actors. When a
 * level does not fit, its best-connected actors are kept; the rest are counted in `truncated`
 * and in each kept actor's `hiddenNeighbours`, so a client can expand step by step.
 * One statement (see NEIGHBOURHOOD).
 */
export async function neighbourhood(
  db: Database,
  viewer: Viewer,
  args: {
    actorId: string;
    depth?: number | null;
    limit?: number | null;
    filter?: RelationFilter | null;
    /** Count degrees (for `degree` and `hiddenNeighbours`); default true. */
    withDegrees?: boolean;
    /** The properties to read for each actor and each relation (default all). */
    actorFields?: Fields;
    relationFields?: Fields;
  },
): Promise<Neighbourhood> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 100;
  const check = new InputChecker();
  check.range(['depth'], depth, 1, 3, { integer: true });
  check.range(['limit'], limit, 1, 2000, { integer: true });
  check.throwIfAny();
  checkRelationFilter(args.filter, ['filter']);
  const params = relationFilterParams(viewer, args.filter);

  const query = neighbourhoodQuery({
    depth: depth as 1 | 2 | 3,
    filters: givenRelationFilters(params),
    allVisible: seesEverything(viewer),
    named: viewer.readerId !== null,
    publicWorkspace: viewer.kind === 'anonymous',
    actorFields: args.actorFields ?? null,
    relationFields: args.relationFields ?? null,
  });
  const [row] = await db.read(query, {
    ...params,
    id: args.actorId,
    limit,
    withDegrees: args.withDegrees ?? true,
  });
  if (!row) throw new NotFoundError('Actor', args.actorId, 'actorId');
  const kept = new Set(row.nodes.map(({ actor }) => actor.id));
  const edges = row.edges.filter((edge) => kept.has(edge.sourceId) && kept.has(edge.targetId)).map(toRelationRecord);
  const shown = new Map<string, number>();
  for (const edge of edges) {
    shown.set(edge.sourceId, (shown.get(edge.sourceId) ?? 0) + 1);
    shown.set(edge.targetId, (shown.get(edge.targetId) ?? 0) + 1);
  }
  const nodes = row.nodes.map(({ actor, distance, degree }) => ({
    actorId: actor.id,
    actor: toActorRecord(actor),
    distance,
    degree,
    hiddenNeighbours: Math.max(0, degree - (shown.get(actor.id) ?? 0)),
  }));
  return { centerId: args.actorId, nodes, edges, truncated: row.truncated };
}
