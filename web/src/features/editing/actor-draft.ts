import type { ActorInput, ActorPatch } from '../../gql/graphql';
import type { EditableActor } from '../../lib/domain';

/** The values an actor form edits (lists as typed: aliases one per line, blank lines included). */
export type ActorDraft = Omit<EditableActor, 'id' | 'version'>;

export const EMPTY_ACTOR_DRAFT: ActorDraft = {
  name: '',
  aliases: [],
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
  return {
    ...draft,
    name: draft.name.trim(),
    aliases: cleanLines(draft.aliases),
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
  return patch as ActorPatch;
}
