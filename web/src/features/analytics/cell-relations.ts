import type { MapActor, MapRelation } from '../../lib/domain';

/**
 * The relations behind one tier × tier cell, read as the API's matrix reads them: a directed relation
 * from its source's tier to its target's, an undirected one both ways. Relations whose ends are unknown
 * are left out.
 */
export function relationsInCell(
  relations: readonly MapRelation[],
  actors: ReadonlyMap<string, Pick<MapActor, 'tier'>>,
  from: string,
  to: string,
): MapRelation[] {
  return relations.filter((relation) => {
    const source = actors.get(relation.sourceId)?.tier;
    const target = actors.get(relation.targetId)?.tier;
    if (source === undefined || target === undefined) return false;
    return (source === from && target === to) || (!relation.directed && source === to && target === from);
  });
}
