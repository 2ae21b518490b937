import { defineQuery } from '../query';
import type { RelationFilterParams, RelationNode } from './relation.queries';

// Same visibility and filter rules as relation.queries, from the frontier actor `a` outwards.
const FILTER = `r.visibility IN $visibilities AND o.visibility IN $visibilities
  AND r.deletedAt IS NULL AND o.deletedAt IS NULL
  AND ($types IS NULL OR r.type IN $types)
  AND ($modes IS NULL OR r.mode IN $modes)
  AND ($engagements IS NULL OR r.engagement IN $engagements)
  AND ($themes IS NULL OR any(theme IN r.themes WHERE theme IN $themes))
  AND ($asOf IS NULL OR ((r.sinceKey IS NULL OR r.sinceKey <= $asOf) AND (r.untilKey IS NULL OR r.untilKey >= $asOf)))
  AND ($minConfidence IS NULL OR r.confidence >= $minConfidence)
  AND ($formal IS NULL OR r.formal = $formal)`;

export interface NeighbourRow {
  fromId: string;
  otherId: string;
  otherDegree: number;
  relation: RelationNode;
}

/** One breadth-first step: the visible relations of the frontier and the actors at their other end. */
export const NEIGHBOURS_OF = defineQuery<RelationFilterParams & { ids: string[] }, NeighbourRow>(
  'neighbourhood.step',
  `UNWIND $ids AS fromId
   MATCH (a:Actor {id: fromId})-[r:RELATES]-(o:Actor)
   WHERE ${FILTER}
   RETURN fromId, o.id AS otherId, COUNT { (o)-[:RELATES]-() } AS otherDegree,
          r {.*, sourceId: startNode(r).id, targetId: endNode(r).id} AS relation`,
);

/** How many visible, filtered relations each actor has (for "+N more" counts). */
export const DEGREES_OF = defineQuery<RelationFilterParams & { ids: string[] }, { id: string; degree: number }>(
  'neighbourhood.degrees',
  `UNWIND $ids AS id
   MATCH (a:Actor {id: id})
   OPTIONAL MATCH (a)-[r:RELATES]-(o:Actor) WHERE ${FILTER}
   RETURN id, count(r) AS degree`,
);
