import type { ActorFields } from '../../domain/actor';
import { identifierKey } from '../../domain/identifiers';
import type { ActorInput, ActorPatch } from './actor.input';

/**
 * An actor input or patch as the domain takes it: fields left out stay out; `localizedAliases`
 * become `aliases` with their `aliasLanguages`; identifiers become their `SCHEME:value` keys.
 */
export function actorFieldsOf(input: ActorInput | ActorPatch): ActorFields {
  const { localizedAliases, identifiers, ...rest } = input;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as ActorFields;
  if (localizedAliases !== undefined) {
    fields.aliases = (localizedAliases ?? []).map((alias) => alias.name);
    fields.aliasLanguages = (localizedAliases ?? []).map((alias) => alias.language ?? '');
  }
  if (identifiers !== undefined) fields.identifiers = (identifiers ?? []).map(identifierKey);
  return fields;
}
