import { FieldResolver, Resolver, Root } from 'type-graphql';
import { localizedAliases } from '../../domain/alias-languages';
import { parseIdentifierKey } from '../../domain/identifiers';
import { Actor } from './actor.type';
import { ActorIdentifier, LocalizedAlias } from './identifier.type';

/** An actor's identifiers and language-tagged aliases, served from their stored lists. */
@Resolver(() => Actor)
export class ActorIdentifiersResolver {
  @FieldResolver(() => [ActorIdentifier], {
    description: 'Identifiers in outside registers (unique per workspace among live actors).',
  })
  identifiers(@Root() actor: Actor): ActorIdentifier[] {
    return (actor.identifiers ?? []).flatMap((key) => parseIdentifierKey(key) ?? []);
  }

  @FieldResolver(() => [LocalizedAlias], {
    description: 'The aliases with their languages, in the order of `aliases`.',
  })
  localizedAliases(@Root() actor: Actor): LocalizedAlias[] {
    return localizedAliases(actor.aliases ?? [], actor.aliasLanguages ?? []);
  }
}
