import type { Viewer } from '../auth/viewer';
import { ACTORS_BY_IDS } from '../db/queries/actor.queries';
import { DEGREES_OF, NEIGHBOURS_OF } from '../db/queries/neighbourhood.queries';
import type { Database } from '../db/run-query';
import type { RelationRecord } from '../domain/relation';
import { InputChecker } from '../domain/validation';
import { NotFoundError } from '../errors';
import { checkRelationFilter, relationFilterParams, type RelationFilter } from './relation.repository';
import { toRelationRecord } from './relation-record';

export interface NeighbourhoodNode {
  actorId: string;
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
 * One read transaction; one statement per level plus one for the degrees.
 */
export async function neighbourhood(
  db: Database,
  viewer: Viewer,
  args: { actorId: string; depth?: number | null; limit?: number | null; filter?: RelationFilter | null },
): Promise<Neighbourhood> {
  const depth = args.depth ?? 1;
  const limit = args.limit ?? 100;
  const check = new InputChecker();
  check.range(['depth'], depth, 1, 3, { integer: true });
  check.range(['limit'], limit, 1, 2000, { integer: true });
  check.throwIfAny();
  checkRelationFilter(args.filter, ['filter']);
  const params = relationFilterParams(viewer, args.filter);

  return db.readTransaction(async (tx) => {
    const [center] = await tx.run(ACTORS_BY_IDS, { ids: [args.actorId], visibilities: params.visibilities });
    if (!center || center.actor.deletedAt) {
      throw new NotFoundError('Actor', args.actorId, 'actorId');
    }
    const distance = new Map<string, number>([[args.actorId, 0]]);
    const edges = new Map<string, RelationRecord>();
    let frontier = [args.actorId];
    let truncated = 0;
    for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
      const rows = await tx.run(NEIGHBOURS_OF, { ...params, ids: frontier });
      const candidates = new Map<string, number>();
      for (const row of rows) {
        if (!distance.has(row.otherId)) candidates.set(row.otherId, row.otherDegree);
      }
      // Keep the best-connected newcomers first (ties by id, for stable answers).
      const ranked = [...candidates].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const room = Math.max(0, limit - distance.size);
      for (const [id] of ranked.slice(0, room)) distance.set(id, level);
      truncated += Math.max(0, ranked.length - room);
      for (const row of rows) {
        if (distance.has(row.otherId)) edges.set(row.relation.id, toRelationRecord(row.relation));
      }
      frontier = ranked.slice(0, room).map(([id]) => id);
    }
    const degrees = new Map(
      (await tx.run(DEGREES_OF, { ...params, ids: [...distance.keys()] })).map((row) => [row.id, row.degree]),
    );
    const shown = new Map<string, number>();
    for (const edge of edges.values()) {
      shown.set(edge.sourceId, (shown.get(edge.sourceId) ?? 0) + 1);
      shown.set(edge.targetId, (shown.get(edge.targetId) ?? 0) + 1);
    }
    const nodes = [...distance].map(([actorId, d]) => {
      const degree = degrees.get(actorId) ?? 0;
      return { actorId, distance: d, degree, hiddenNeighbours: Math.max(0, degree - (shown.get(actorId) ?? 0)) };
    });
    return { centerId: args.actorId, nodes, edges: [...edges.values()], truncated };
  });
}
