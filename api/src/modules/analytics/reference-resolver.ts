import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { ApiContext } from '../../context';
import type { ActorRecord } from '../../domain/actor';
import type { RelationRecord } from '../../domain/relation';
import { Actor } from '../actor/actor.type';
import { Relation } from '../relation/relation.type';

/** A field that turns ids held by an analytics result into objects. */
export type Reference<T> =
  | { kind: 'actor'; id: (parent: T) => string | null; description: string }
  | { kind: 'actors'; ids: (parent: T) => readonly string[] | null; description: string }
  | { kind: 'relations'; ids: (parent: T) => readonly string[]; description: string };

const found = <V>(values: ReadonlyArray<V | Error | null>): V[] =>
  values.filter((value): value is V => value !== null && !(value instanceof Error));

function resolveReference<T>(reference: Reference<T>, parent: T, { loaders }: ApiContext): Promise<unknown> | null {
  switch (reference.kind) {
    case 'actor': {
      const id = reference.id(parent);
      return id === null ? null : loaders.actor.load(id);
    }
    case 'actors':
      return loaders.actor.loadMany(reference.ids(parent) ?? []).then((actors) => found<ActorRecord>(actors));
    case 'relations':
      return loaders.relation.loadMany(reference.ids(parent)).then((relations) => found<RelationRecord>(relations));
  }
}

/**
 * A resolver class for `type` with one field per entry of `fields`, each loading the referenced
 * actors or relations through the request's DataLoaders — one batched query per request for all of
 * them, however many results refer to them. Analytics results carry ids only (they are cached and
 * shared between viewers); the objects are loaded per request, with the viewer's visibility. The
 * class is decorated here rather than written out because the many such fields differ only in where
 * their ids are; the schema is the same as with hand-written @FieldResolver methods.
 */
export function referenceResolver<T extends object>(
  type: ClassType<T>,
  fields: Readonly<Record<string, Reference<T>>>,
): ClassType {
  class ReferenceResolver {}
  Object.defineProperty(ReferenceResolver, 'name', { value: `${type.name}References` });
  for (const [name, reference] of Object.entries(fields)) {
    const method = (parent: T, context: ApiContext) => resolveReference(reference, parent, context);
    Object.defineProperty(ReferenceResolver.prototype, name, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(ReferenceResolver.prototype, name) as PropertyDescriptor;
    // Applied in the order TypeScript applies written decorators: parameters first, then the method.
    Ctx()(ReferenceResolver.prototype, name, 1);
    Root()(ReferenceResolver.prototype, name, 0);
    if (reference.kind === 'actor') {
      FieldResolver(() => Actor, { nullable: true, description: reference.description })(
        ReferenceResolver.prototype,
        name,
        descriptor,
      );
    } else {
      FieldResolver(() => (reference.kind === 'actors' ? [Actor] : [Relation]), { description: reference.description })(
        ReferenceResolver.prototype,
        name,
        descriptor,
      );
    }
  }
  Resolver(() => type)(ReferenceResolver);
  return ReferenceResolver;
}
