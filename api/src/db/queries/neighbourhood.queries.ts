import type { Visibility } from '../../domain/vocabulary';
import { recordVisible } from './visibility';
import { inPublicWorkspace } from './workspace.queries';
import { defineQuery, QueryShapes, type Query } from '../query';
import { projection, type Fields } from './projection';
import { presentOn, type ActorNode } from './actor.queries';
import {
  relationFilterPredicate,
  type RelationFilterName,
  type RelationFilterParams,
  type RelationNode,
} from './relation.queries';

/**
 * Same visibility and filter rules as relation pages, for relation `r` to the actor `o`, with the
 * predicates of the filters given only (see relationFilterText).
 */
function follows(
  r: string,
  o: string,
  filters: readonly RelationFilterName[],
  allVisible: boolean,
  named = false,
): string {
  return [
    ...(allVisible ? [] : [`${recordVisible(r, named)} AND ${recordVisible(o, named)}`]),
    `${r}.deletedAt IS NULL AND ${o}.deletedAt IS NULL`,
    ...filters.map((name) => relationFilterPredicate(name, r)),
    // As of a day, the walk never reaches an actor outside its lifespan (nor through it).
    ...(filters.includes('asOf') ? [presentOn(o)] : []),
  ].join('\n      AND ');
}

/** How many relations of `node` the viewer may follow under the filter. */
const degreeOf = (node: string, filters: readonly RelationFilterName[], allVisible: boolean, named = false) =>
  `COUNT { MATCH (${node})-[d:RELATES]-(x:Actor) WHERE ${follows('d', 'x', filters, allVisible, named)} }`;

export interface NeighbourhoodParams extends RelationFilterParams {
  id: string;
  limit: number;
  /** Count every returned actor's degree (the client selected degree or hiddenNeighbours). */
  withDegrees: boolean;
  visibilities: Visibility[];
  /** See recordVisible. */
  reader: string | null;
}

export interface NeighbourhoodRow {
  nodes: Array<{ actor: ActorNode; distance: number; degree: number }>;
  /** The relations followed; some may lead to actors left out by the limit (drop those). */
  edges: RelationNode[];
  truncated: number;
}

/**
 * One breadth-first level: the relations from the frontier and the actors at their other end that
 * are not kept yet. When those do not all fit, as many as there is room for are kept,
 * best-connected first (visible, filtered degree; ties by id); degrees are counted only then, or
 * when the client asked for them. The relations are gathered as they are (the answer keeps those
 * whose both ends are kept), so nothing is expanded twice.
 */
function level(distance: number, filters: readonly RelationFilterName[], allVisible: boolean, named = false): string {
  return `CALL {
     WITH frontier, kept
     UNWIND frontier AS a
     MATCH (a)-[r:RELATES]-(o:Actor) WHERE ${follows('r', 'o', filters, allVisible, named)}
     RETURN collect(DISTINCT CASE WHEN NOT o IN kept THEN o END) AS found, collect(r) AS steps
   }
   WITH kept, rows, truncated, rels + steps AS rels, found, $limit - size(kept) AS room
   CALL {
     WITH found, room
     UNWIND CASE WHEN $withDegrees OR size(found) > room THEN found ELSE [] END AS o
     WITH o, ${degreeOf('o', filters, allVisible, named)} AS degree ORDER BY degree DESC, o.id
     RETURN collect({node: o, degree: degree}) AS counted
   }
   WITH kept, rows, truncated, rels, found, room,
        CASE WHEN $withDegrees OR size(found) > room THEN counted ELSE [o IN found | {node: o, degree: 0}] END AS ranked
   WITH kept + [e IN ranked[0..room] | e.node] AS kept, rels,
        rows + [e IN ranked[0..room] | {node: e.node, distance: ${distance}, degree: e.degree}] AS rows,
        truncated + CASE WHEN size(found) > room THEN size(found) - room ELSE 0 END AS truncated,
        [e IN ranked[0..room] | e.node] AS frontier`;
}

/** What decides the text of a neighbourhood query. */
export interface NeighbourhoodShape {
  depth: 1 | 2 | 3;
  /** The relation filters given. */
  filters: readonly RelationFilterName[];
  /** The viewer may see every visibility (no visibility condition is needed). */
  allVisible: boolean;
  /** The viewer may see actors that name it as a reader (see recordVisible). */
  named?: boolean;
  /** An anonymous visitor, served without looking the centre's workspace up first: it must be public. */
  publicWorkspace?: boolean;
  /** The properties returned for each actor (null: all). */
  actorFields: Fields;
  /** The properties returned for each relation (null: all). */
  relationFields: Fields;
}

/**
 * The actors around a centre up to `depth` steps (at most `$limit`, centre included) and the
 * relations the walk followed, in one statement: levels are expanded breadth first
 * inside the query, each level keeping its best-connected actors while there is room; the rest are
 * counted in `truncated`. Degrees count only relations the viewer may see and the filter allows, and
 * are 0 unless `$withDegrees`. Actors and relations carry the properties the shape names.
 */
export function neighbourhoodQuery(shape: NeighbourhoodShape): Query<NeighbourhoodParams, NeighbourhoodRow> {
  return neighbourhoods.get(shape);
}

function buildNeighbourhood(shape: NeighbourhoodShape): Query<NeighbourhoodParams, NeighbourhoodRow> {
  const { depth, filters, allVisible } = shape;
  const named = shape.named ?? false;
  // As of a day, a centre outside its lifespan starts nothing: the answer is empty.
  const start = (list: string) =>
    filters.includes('asOf') ? `CASE WHEN ${presentOn('c')} THEN ${list} ELSE [] END` : list;
  const levels = [1, 2, 3]
    .slice(0, depth)
    .map((distance) => level(distance, filters, allVisible, named))
    .join('\n   ');
  return defineQuery(
    `neighbourhood.depth${depth}`,
    `MATCH (c:Actor {id: $id}) WHERE ${allVisible ? '' : `${recordVisible('c', named)} AND `}c.deletedAt IS NULL${
      shape.publicWorkspace ? ` AND ${inPublicWorkspace('c')}` : ''
    }
   WITH ${start('[c]')} AS kept, [] AS rels, 0 AS truncated, ${start('[c]')} AS frontier,
        ${start(`[{node: c, distance: 0, degree: CASE WHEN $withDegrees THEN ${degreeOf('c', filters, allVisible, named)} ELSE 0 END}]`)} AS rows
   ${levels}
   CALL {
     WITH rels
     UNWIND rels AS r
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
  1: neighbourhoodQuery({ depth: 1, filters: [], allVisible: false, actorFields: null, relationFields: null }),
  2: neighbourhoodQuery({ depth: 2, filters: [], allVisible: true, actorFields: null, relationFields: null }),
  3: neighbourhoodQuery({
    depth: 3,
    filters: ['types', 'asOf'],
    allVisible: false,
    actorFields: null,
    relationFields: null,
  }),
};
