import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context';
import { loadMapGraph, unsourcedRelations } from '../../repositories/map-graph.repository';
import { mapLayoutOf } from '../../repositories/map-layout';
import type { MapGraphData } from '../../repositories/map-graph.repository';
import { MapGraph, MapLayout, MapRelationColumns } from './map-graph.type';

@Resolver(() => MapGraph)
export class MapGraphResolver {
  @Query(() => MapGraph, {
    description:
      'The whole map of a workspace (what the web client draws): every live actor and relation the viewer may see, in columns — in one answer, or in `parts` answers that together hold each actor and relation once (a client can draw the first while the others load).',
  })
  async mapGraph(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('part', () => Int, { defaultValue: 0, description: 'Which part, from 0 to parts − 1.' }) part: number,
    @Arg('parts', () => Int, {
      defaultValue: 1,
      description:
        'Into how many parts to split the map, a power of two up to 64: part i holds the actors whose ids fall in the i-th share of the id space, and their outgoing relations.',
    })
    parts: number,
    @Arg('wholeUpTo', () => Int, {
      nullable: true,
      description:
        'When set, a workspace with at most this many actors the viewer may see is answered whole whatever `part` and `parts` say (the answer says part 0 of 1): a client that does not know the size asks for its first part with this, and needs no other request for a small map.',
    })
    wholeUpTo: number | null | undefined,
    @Arg('asOf', () => String, {
      nullable: true,
      description:
        'YYYY, YYYY-MM or YYYY-MM-DD: the map as of that date, as the analytics read it — only actors inside their lifespan, and only relations active then between two of them (a partial date is a period: whatever was there at any time in it). Every record when absent. BAD_USER_INPUT (asOf).',
    })
    asOf: string | null | undefined,
  ): Promise<MapGraph> {
    const graph = await loadMapGraph(db, viewer, workspace, { part, parts, wholeUpTo, asOf: asOf ?? null });
    return {
      ...graph,
      actors: { ...graph.actors, count: graph.actors.ids.length },
      relations: { ...graph.relations, count: graph.relations.ids.length, workspaceId: graph.workspaceId },
    };
  }

  @FieldResolver(() => MapLayout, {
    nullable: true,
    description:
      "The web client's tier layout of this answer's actors, so that a client can draw at once: computed once per data revision (and asOf) and cached. Null unless the answer is the whole map (`parts` = 1) of at most 3,000 actors.",
  })
  layout(@Root() graph: MapGraph): MapLayout | null {
    return mapLayoutOf(graph as MapGraph & MapGraphData);
  }
}

@Resolver(() => MapRelationColumns)
export class MapRelationColumnsResolver {
  @FieldResolver(() => [Boolean], {
    description:
      'True when no live source supports the tie (read only when asked for: it costs a pass over the sources). The i-th entry belongs to the i-th relation.',
  })
  unsourced(@Root() columns: MapRelationColumns, @Ctx() { db, viewer }: ApiContext): Promise<boolean[]> {
    return unsourcedRelations(db, viewer, columns.workspaceId, columns.ids);
  }
}
