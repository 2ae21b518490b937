import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context';
import { forEntity } from '../../services/rights.service';
import { neighbourhood } from '../../repositories/neighbourhood.repository';
import { Actor } from '../actor/actor.type';
import { ACTOR_PROPERTIES, ACTOR_REQUIRED, RELATION_PROPERTIES, RELATION_REQUIRED } from '../../db/queries/projection';
import { selectedProperties, selectsField } from '../common/selection';
import { RelationFilter } from '../relation/relation.input';
import { Neighbourhood, NeighbourhoodNode } from './neighbourhood.type';

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, {
    description: 'The actors within `depth` steps of an actor (at most `limit`), with the relations between them.',
  })
  async neighbourhood(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('actorId', () => ID) actorId: string,
    @Arg('depth', () => Int, { nullable: true, description: 'Steps, 1–3 (default 1).' }) depth?: number | null,
    @Arg('filter', () => RelationFilter, { nullable: true, description: 'Which relations to follow.' })
    filter?: RelationFilter | null,
    @Arg('limit', () => Int, {
      nullable: true,
      description: 'Most actors to return, centre included, 1–2000 (default 100).',
    })
    limit?: number | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Neighbourhood> {
    // The centre's workspace decides what the viewer sees around it; an anonymous visitor sees the
    // same in every public workspace, which the statement itself checks.
    const scoped = viewer.kind === 'anonymous' ? viewer : await forEntity(db, viewer, 'Actor', actorId, 'actorId');
    return neighbourhood(db, scoped, {
      actorId,
      depth: depth ?? null,
      limit: limit ?? null,
      filter: filter ? { ...filter } : null,
      withDegrees: info
        ? selectsField(info, 'nodes', 'degree') || selectsField(info, 'nodes', 'hiddenNeighbours')
        : true,
      actorFields: info ? selectedProperties(info, [['nodes', 'actor']], ACTOR_PROPERTIES, ACTOR_REQUIRED) : null,
      relationFields: info ? selectedProperties(info, [['edges']], RELATION_PROPERTIES, RELATION_REQUIRED) : null,
    });
  }
}

@Resolver(() => NeighbourhoodNode)
export class NeighbourhoodNodeResolver {
  @FieldResolver(() => Actor, { description: 'The actor.' })
  actor(@Root() node: NeighbourhoodNode & { actor?: Actor }, @Ctx() { loaders }: ApiContext): Promise<Actor> | Actor {
    // The neighbourhood statement reads each actor with it; the loader serves any other caller.
    return node.actor ?? loaders.actor.load(node.actorId).then((actor) => actor!);
  }
}
