import type { Visibility } from '../../domain/vocabulary';
import { defineQuery, QueryShapes, type Query } from '../query';
import { projection, type Fields } from './projection';
import type { ActorNode } from './actor.queries';
import type { RelationFilterParams, RelationNode } from './relation.queries';

/** Same visibility and filter rules as relation.queries, for relation `r` to the actor `o`. */
function follows(r: string, o: string): string {
  return `${r}.visibility IN $visibilities AND ${o}.visibility IN $visibilities
      AND ${r}.deletedAt IS NULL AND ${o}.deletedAt IS NULL
      AND ($types IS NULL OR ${r}.type IN $types)
      AND ($modes IS NULL OR ${r}.mode IN $modes)
      AND ($engagements IS NULL OR ${r}.engagement IN $engagements)
      AND ($themes IS NULL OR any(theme IN ${r}.themes WHERE theme IN $themes))
      AND ($asOf IS NULL OR ((${r}.sinceKey IS NULL OR ${r}.sinceKey <= $asOf) AND (${r}.untilKey IS NULL OR ${r}.untilKey >= $asOf)))
      AND ($minConfidence IS NULL OR ${r}.confidence >= $minConfidence)
      AND ($formal IS NULL OR ${r}.formal = $formal)`;
}

/** How many relations of `node` the viewer may follow under the filter. */
const degreeOf = (node: string) => `COUNT { MATCH (${node})-[d:RELATES]-(x:Actor) WHERE ${follows('d', 'x')} }`;

export interface NeighbourhoodParams extends RelationFilterParams {
  id: string;
  limit: number;
  /** Count every returned actor's degree (the client selected degree or hiddenNeighbours). */
  withDegrees: boolean;
  visibilities: Visibility[];
}

export interface NeighbourhoodRow {
  nodes: Array<{ actor: ActorNode; distance: number; degree: number }>;
  edges: RelationNode[];
  truncated: number;
}

/**
 * One breadth-first level: the actors one step from the frontier that are not kept yet. When they
 * do not all fit, as many as there is room for are kept, best-connected first (visible, filtered
 * degree; ties by id); degrees are counted only then, or when the client asked for them.
 */
function level(distance: number): string {
  return `CALL {
     WITH frontier, kept
     UNWIND frontier AS a
     MATCH (a)-[r:RELATES]-(o:Actor) WHERE ${follows('r', 'o')} AND NOT o IN kept
     WITH DISTINCT o ORDER BY o.id
     RETURN collect(o) AS found
   }
   WITH kept, rows, truncated, found, $limit - size(kept) AS room
   CALL {
     WITH found, room
     UNWIND CASE WHEN $withDegrees OR size(found) > room THEN found ELSE [] END AS o
     WITH o, ${degreeOf('o')} AS degree ORDER BY degree DESC, o.id
     RETURN collect({node: o, degree: degree}) AS counted
   }
   WITH kept, rows, truncated, found, room,
        CASE WHEN $withDegrees OR size(found) > room THEN counted ELSE [o IN found | {node: o, degree: 0}] END AS ranked
   WITH kept + [e IN ranked[0..room] | e.node] AS kept,
        rows + [e IN ranked[0..room] | {node: e.node, distance: ${distance}, degree: e.degree}] AS rows,
        truncated + CASE WHEN size(found) > room THEN size(found) - room ELSE 0 END AS truncated,
        [e IN ranked[0..room] | e.node] AS frontier`;
}

/** What decides the text of a neighbourhood query. */
export interface NeighbourhoodShape {
  depth: 1 | 2 | 3;
  /** The properties returned for each actor (null: all). */
  actorFields: Fields;
  /** The properties returned for each relation (null: all). */
  relationFields: Fields;
}

/**
 * The actors around a centre up to `depth` steps (at most `$limit`, centre included) and the
 * relations the walk followed between them, in one statement: levels are expanded breadth first
 * inside the query, each level keeping its best-connected actors while there is room; the rest are
 * counted in `truncated`. Degrees count only relations the viewer may see and the filter allows, and
 * are 0 unless `$withDegrees`. Actors and relations carry the properties the shape names.
 */
export function neighbourhoodQuery(shape: NeighbourhoodShape): Query<NeighbourhoodParams, NeighbourhoodRow> {
  return neighbourhoods.get(shape);
}

function buildNeighbourhood(shape: NeighbourhoodShape): Query<NeighbourhoodParams, NeighbourhoodRow> {
  const { depth } = shape;
  const levels = [1, 2, 3].slice(0, depth).map(level).join('\n   ');
  return defineQuery(
    `neighbourhood.depth${depth}`,
    `MATCH (c:Actor {id: $id}) WHERE c.visibility IN $visibilities AND c.deletedAt IS NULL
   WITH [c] AS kept, [{node: c, distance: 0, degree: CASE WHEN $withDegrees THEN ${degreeOf('c')} ELSE 0 END}] AS rows,
        0 AS truncated, [c] AS frontier
   ${levels}
   CALL {
     WITH rows, kept
     UNWIND [e IN rows WHERE e.distance < ${depth} | e.node] AS a
     MATCH (a)-[r:RELATES]-(o:Actor) WHERE ${follows('r', 'o')} AND o IN kept
     WITH DISTINCT r
     RETURN collect(${projection('r', shape.relationFields, 'sourceId: startNode(r).id, targetId: endNode(r).id')}) AS edges
   }
   CALL {
     WITH rows
     UNWIND rows AS e
     WITH e.node AS n, e.distance AS distance, e.degree AS degree
     RETURN collect({actor: ${projection('n', shape.actorFields)}, distance: distance, degree: degree}) AS nodes
   }
   RETURN nodes, edges, truncated`,
  );
}

const neighbourhoods = new QueryShapes(buildNeighbourhood, (shape) => ({
  ...shape,
  actorFields: null,
  relationFields: null,
}));

/** The neighbourhood statement for each depth with every property (for plan tests). */
export const NEIGHBOURHOOD: Readonly<Record<1 | 2 | 3, Query<NeighbourhoodParams, NeighbourhoodRow>>> = {
  1: neighbourhoodQuery({ depth: 1, actorFields: null, relationFields: null }),
  2: neighbourhoodQuery({ depth: 2, actorFields: null, relationFields: null }),
  3: neighbourhoodQuery({ depth: 3, actorFields: null, relationFields: null }),
};
