import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context';
import { loadMapGraph } from '../../repositories/map-graph.repository';
import { MapGraph } from './map-graph.type';

@Resolver(() => MapGraph)
export class MapGraphResolver {
  @Query(() => MapGraph, {
    description:
      'The whole map of a workspace in one answer (what the web client draws): every live actor and relation the viewer may see, in columns.',
  })
  async mapGraph(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
  ): Promise<MapGraph> {
    const graph = await loadMapGraph(db, viewer, workspace);
    return {
      ...graph,
      actors: { ...graph.actors, count: graph.actors.ids.length },
      relations: { ...graph.relations, count: graph.relations.ids.length },
    };
  }
}
