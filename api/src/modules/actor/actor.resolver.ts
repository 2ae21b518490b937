import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerIn } from '../../auth/viewer';
import { asEditorIn, asEditorOf, assertMembers, forEntity } from '../../services/rights.service';
import type { ApiContext } from '../../context';
import { listActors } from '../../repositories/actor.repository';
import { createActor, ACTOR_WRITES } from '../../services/actor.service';
import { setDeletedById, updateById } from '../../services/versioned-write';
import { actorWithRelations, checkRelationFilter } from '../../repositories/relation.repository';
import { Relation } from '../relation/relation.type';
import { DirectionEnum, RelationFilter } from '../relation/relation.input';
import { ACTOR_PROPERTIES, ACTOR_REQUIRED } from '../../db/queries/projection';
import { hasArguments, relationSelection, selectedProperties, selectsField } from '../common/selection';
import { EVIDENCE_DESCRIPTION, SourceInput } from '../source/source.input';
import { Source } from '../source/source.type';
import { actorFieldsOf } from './actor-fields';
import { ActorFilter, ActorInput, ActorOrderEnum, ActorPatch } from './actor.input';
import { Actor, ActorConnection, DatedName } from './actor.type';
import { datedNames, nameAsOf } from '../../domain/dated-names';
import { InputChecker } from '../../domain/validation';
import { SHORT_NAME_MAX, shortNameOf } from '../../domain/short-name';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, {
    description: 'A page of a workspace’s actors: filtered, searched (name, aliases, description) and ordered.',
  })
  async actors(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter?: ActorFilter | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Words to find, each required, in the name, aliases, description, city, country (name or ISO code) or ' +
        'themes (label or id); each also matches as a prefix; accents and case do not matter ("Sénégal" finds ' +
        '"Senegal"). Ranked: an exact name or alias first, then names or aliases that start with the text, then ' +
        'names or aliases that hold every word, then other hits; within each, by full-text relevance.',
    })
    search?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–500 (default 50).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after?: string | null,
    @Arg('orderBy', () => ActorOrderEnum, {
      nullable: true,
      description: 'Default NAME_ASC, or RELEVANCE with search.',
    })
    orderBy?: keyof typeof ActorOrderEnum | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ActorConnection> {
    const page = await listActors(db, viewer, {
      withTotal: info ? selectsField(info, 'totalCount') : true,
      fields: info ? selectedProperties(info, [['edges', 'node']], ACTOR_PROPERTIES, ACTOR_REQUIRED) : null,
      workspace,
      filter: filter ?? null,
      search: search ?? null,
      first: first ?? null,
      after: after ?? null,
      orderBy: orderBy ?? null,
    });
    return { ...page, totalCount: page.totalCount ?? 0 };
  }

  @Query(() => Actor, {
    nullable: true,
    description: 'One actor by id (soft-deleted ones included, with deletedAt set); null when absent or hidden.',
  })
  async actor(
    @Ctx() { db, viewer, loaders }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    // Asked with its relations (no arguments): both in one statement; `relations` then finds them
    // in its loader's cache.
    if (info && selectsField(info, 'relations') && !hasArguments(info, 'relations')) {
      const shape = relationSelection(info, ['relations']);
      const actorFields = selectedProperties(info, [[]], ACTOR_PROPERTIES, ACTOR_REQUIRED);
      // The actor's workspace decides what the viewer sees of it and of its relations.
      // (An anonymous visitor sees the same in every public workspace, which the statement checks.)
      const scoped = viewer.kind === 'anonymous' ? viewer : await forEntity(db, viewer, 'Actor', id).catch(() => null);
      if (!scoped) return null;
      const { actor, relations } = await actorWithRelations(db, scoped, id, actorFields, shape);
      if (actor) loaders.relationsOf(actor.workspaceId, 'BOTH', null, shape).prime(id, relations);
      return actor;
    }
    return loaders.actor.load(id);
  }

  @Mutation(() => Actor, { description: 'Creates an actor in a workspace.' })
  async createActor(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('workspace', () => ID, { description: 'Workspace id or slug.' }) workspace: string,
    @Arg('input', () => ActorInput) input: ActorInput,
    @Arg('evidence', () => SourceInput, { nullable: true, description: EVIDENCE_DESCRIPTION })
    evidence?: SourceInput | null,
  ): Promise<Actor> {
    const scoped = await asEditorIn(db, viewer, workspace);
    await assertMembers(db, scoped.workspace.id, input.readers, ['input', 'readers']);
    await assertMembers(db, scoped.workspace.id, evidence?.readers, ['evidence', 'readers']);
    return createActor(
      db,
      scoped.viewer,
      scoped.workspace.id,
      actorFieldsOf(input),
      evidence ? withoutUndefined(evidence) : null,
    );
  }

  @Mutation(() => Actor, {
    description: 'Changes an actor. Fails with CONFLICT, changing nothing, if its version is not expectedVersion.',
  })
  async updateActor(
    @Ctx() { db, viewer, loaders }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ActorPatch) input: ActorPatch,
    @Arg('expectedVersion', () => Int, { description: 'The version the change is based on.' }) expectedVersion: number,
  ): Promise<Actor> {
    const editor = await asEditorOf(db, viewer, 'Actor', id);
    if (input.readers) {
      const { workspaceId } = (await loaders.actor.load(id))!;
      await assertMembers(db, workspaceId, input.readers, ['input', 'readers']);
    }
    return updateById(db, editor, ACTOR_WRITES, id, actorFieldsOf(input), expectedVersion);
  }

  @Mutation(() => Actor, {
    description: 'Soft-deletes an actor and its live relations; restoreActor brings both back.',
  })
  async deleteActor(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, the delete fails with CONFLICT when the actor has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Actor> {
    return setDeletedById(db, await asEditorOf(db, viewer, 'Actor', id), ACTOR_WRITES, id, true, expectedVersion);
  }

  @Mutation(() => Actor, { description: 'Restores a soft-deleted actor and the relations deleted with it.' })
  async restoreActor(
    @Ctx() { db, viewer }: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description: 'If given, fails with CONFLICT when the actor has changed.',
    })
    expectedVersion?: number | null,
  ): Promise<Actor> {
    return setDeletedById(db, await asEditorOf(db, viewer, 'Actor', id), ACTOR_WRITES, id, false, expectedVersion);
  }

  @FieldResolver(() => [Relation], { description: 'The actor’s relations the viewer may see, oldest first.' })
  relations(
    @Root() actor: Actor,
    @Ctx() { loaders }: ApiContext,
    @Arg('direction', () => DirectionEnum, { nullable: true, description: 'Default BOTH.' })
    direction?: keyof typeof DirectionEnum | null,
    @Arg('filter', () => RelationFilter, { nullable: true }) filter?: RelationFilter | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Relation[]> {
    checkRelationFilter(filter, ['relations', 'filter']);
    const shape = info ? relationSelection(info, []) : undefined;
    return loaders
      .relationsOf(actor.workspaceId, direction ?? 'BOTH', filter ? { ...filter } : null, shape)
      .load(actor.id);
  }

  @FieldResolver(() => [ID], {
    nullable: true,
    description:
      'Members named as readers of this actor (shown to its workspace’s editors and owners only; null otherwise).',
  })
  readers(@Root() actor: Actor, @Ctx() { viewer }: ApiContext): string[] | null {
    return viewerIn(viewer, actor.workspaceId).canEdit ? (actor.readers ?? []) : null;
  }

  @FieldResolver(() => [DatedName], {
    description: 'Every name it carried, oldest first, the current one last (renameActor adds to them).',
  })
  names(@Root() actor: Actor): DatedName[] {
    return datedNames({ ...actor, formerNames: actor.formerNames ?? [], renamedOn: actor.renamedOn ?? [] });
  }

  @FieldResolver(() => [String], {
    description:
      'Names it carried before the current one, oldest first (their periods are in `names`): with renamedOn, what a client needs to show the name of any date, as the mapGraph columns of the same names carry it.',
  })
  formerNames(@Root() actor: Actor): string[] {
    return actor.formerNames ?? [];
  }

  @FieldResolver(() => [String], {
    description: 'The date each former name was replaced on: entry i belongs to formerNames entry i.',
  })
  renamedOn(@Root() actor: Actor): string[] {
    return actor.renamedOn ?? [];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `A shorter name to show where the whole name does not fit, as on a crowded map: the shortest alias of 2 to ${SHORT_NAME_MAX} characters that is shorter than the name (an acronym such as "USAID", or a short form); null when it has none.`,
  })
  shortName(@Root() actor: Actor): string | null {
    return shortNameOf(actor.name, actor.aliases);
  }

  @FieldResolver(() => String, {
    description: 'The name it carried on a date (the name of the last day of a partial date). BAD_USER_INPUT (date).',
  })
  nameOn(
    @Root() actor: Actor,
    @Arg('date', () => String, { description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }) date: string,
  ): string {
    const check = new InputChecker();
    check.required(['date'], date);
    check.partialDate(['date'], date);
    check.throwIfAny();
    const names = datedNames({ ...actor, formerNames: actor.formerNames ?? [], renamedOn: actor.renamedOn ?? [] });
    const former = names.slice(0, -1).map((entry) => ({ name: entry.name, replacedOn: entry.replacedOn! }));
    return nameAsOf(actor.name, former, date);
  }

  @FieldResolver(() => [Source], { description: 'Evidence for the actor.' })
  sources(@Root() actor: Actor, @Ctx() { loaders }: ApiContext): Promise<Source[]> {
    return loaders.sources(actor.workspaceId).load(actor.id);
  }
}

/** type-graphql leaves absent input fields undefined; drop them so a patch only names what changes. */
export function withoutUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
