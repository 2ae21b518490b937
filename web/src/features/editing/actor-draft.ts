import type { ActorInput, ActorPatch, IdentifierScheme } from '../../gql/graphql';
import type { EditableActor } from '../../lib/domain';

/** An identifier row as typed (a row with an empty value is left out when sent). */
export interface IdentifierDraft {
  scheme: IdentifierScheme;
  value: string;
}

/**
 * The values an actor form edits (lists as typed: aliases one per line, blank lines included; the
 * language of each alias by its text; identifier rows).
 */
export type ActorDraft = Omit<EditableActor, 'id' | 'version' | 'localizedAliases' | 'identifiers'> & {
  aliasLanguages: Readonly<Record<string, string>>;
  identifiers: IdentifierDraft[];
};

export const EMPTY_ACTOR_DRAFT: ActorDraft = {
  name: '',
  aliases: [],
  aliasLanguages: {},
  identifiers: [],
  kind: 'NGO',
  tier: 'LOCAL',
  country: '',
  city: '',
  originCountries: [],
  founded: '',
  themes: [],
  populationsServed: [],
  services: [],
  languages: [],
  description: '',
  website: '',
  visibility: 'PUBLIC',
};

/** Lines of text as a list: trimmed, blank lines and repeats left out (aliases are typed one per line). */
export const cleanLines = (lines: readonly string[]): string[] => [
  ...new Set(lines.map((line) => line.trim()).filter(Boolean)),
];

/** The draft of an existing actor. */
export const actorToDraft = (actor: EditableActor): ActorDraft => ({
  name: actor.name,
  aliases: actor.aliases,
  aliasLanguages: Object.fromEntries(
    (actor.localizedAliases ?? []).flatMap((alias) => (alias.language ? [[alias.name, alias.language]] : [])),
  ),
  identifiers: (actor.identifiers ?? []).map(({ scheme, value }) => ({ scheme, value })),
  kind: actor.kind,
  tier: actor.tier,
  country: actor.country ?? '',
  city: actor.city ?? '',
  originCountries: actor.originCountries,
  founded: actor.founded ?? '',
  themes: actor.themes,
  populationsServed: actor.populationsServed,
  services: actor.services,
  languages: actor.languages,
  description: actor.description ?? '',
  website: actor.website ?? '',
  visibility: actor.visibility,
});

/** The draft as the API takes it: text trimmed (blank optional text is null), aliases cleaned. */
export function actorInput(draft: ActorDraft): Omit<ActorInput, 'readers' | 'externalId'> {
  const text = (value: string | null | undefined) => value?.trim() || null;
  const { aliasLanguages, ...fields } = draft;
  const aliases = cleanLines(draft.aliases);
  // Languages are sent only when an alias has one, so an actor without any edits as before.
  const tagged = aliases.some((alias) => aliasLanguages[alias]);
  return {
    ...fields,
    name: draft.name.trim(),
    aliases,
    ...(tagged && {
      localizedAliases: aliases.map((name) => ({ name, language: aliasLanguages[name] || null })),
    }),
    identifiers: draft.identifiers
      .map(({ scheme, value }) => ({ scheme, value: value.trim() }))
      .filter((identifier) => identifier.value !== ''),
    country: text(draft.country),
    city: text(draft.city),
    founded: text(draft.founded),
    website: text(draft.website),
    description: text(draft.description),
  };
}

/** The fields of the draft that differ from the actor (an update sends only those; null clears). */
export function actorChanges(actor: EditableActor, draft: ActorDraft): ActorPatch {
  const before = actorInput(actorToDraft(actor));
  const after = actorInput(draft);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  // Every language taken off: say so, or the aliases would keep them.
  if (before.localizedAliases && !after.localizedAliases) {
    patch.localizedAliases = after.aliases!.map((name) => ({ name, language: null }));
  }
  return patch as ActorPatch;
}
