import { firstVersion } from './audit-fields';
import { randomUUID } from 'node:crypto';
import { sectorOf, type ActorKind, type Sector, type Tier, type Visibility } from './vocabulary';
import type { InputChecker } from './validation';
import { endOf, isOrderedPeriod, isPartialDate, startOf } from './partial-date';
import { alignAliasLanguages, checkAliasLanguages } from './alias-languages';
import { checkIdentifiers } from './identifiers';
import { POPULATIONS, SERVICES, type Population, type Service } from './capacity';

/** An actor as stored and served (audit fields included). */
export interface ActorRecord {
  id: string;
  workspaceId: string;
  externalId: string | null;
  name: string;
  aliases: string[];
  /** The language of each alias (ISO 639-1), '' when not said; as long as `aliases` (alias-languages.ts). */
  aliasLanguages: string[];
  /** Identifiers in outside registers, as `SCHEME:value` keys (identifiers.ts). */
  identifiers: string[];
  /** Actors an editor said are not duplicates of this one (duplicate detection leaves those pairs out). */
  notDuplicateOf: string[];
  kind: ActorKind;
  tier: Tier;
  sector: Sector;
  country: string | null;
  city: string | null;
  originCountries: string[];
  themes: string[];
  /** Capacity profile (issue 20): whom it serves, what it offers, the ISO 639-1 languages it works in. */
  populationsServed: Population[];
  services: Service[];
  languages: string[];
  description: string | null;
  website: string | null;
  founded: string | null;
  /** Lifespan (partial dates): the actor is in no answer as of a date outside it. */
  since: string | null;
  until: string | null;
  /** Names it carried before, oldest first; `renamedOn[i]` is the first date of the name after `formerNames[i]`. */
  formerNames: string[];
  renamedOn: string[];
  visibility: Visibility;
  /** Members who may see the actor although their role does not let them see its visibility. */
  readers: string[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
}

/** The editable fields of an actor; on update every field is optional. */
export interface ActorFields {
  externalId?: string | null;
  name?: string;
  aliases?: string[];
  aliasLanguages?: string[];
  identifiers?: string[];
  notDuplicateOf?: string[];
  kind?: ActorKind;
  tier?: Tier;
  country?: string | null;
  city?: string | null;
  originCountries?: string[];
  themes?: string[];
  populationsServed?: Population[];
  services?: Service[];
  languages?: string[];
  description?: string | null;
  website?: string | null;
  founded?: string | null;
  since?: string | null;
  until?: string | null;
  formerNames?: string[];
  renamedOn?: string[];
  visibility?: Visibility;
  readers?: string[];
}

export const ACTOR_EDITABLE_FIELDS = [
  'externalId',
  'name',
  'aliases',
  'aliasLanguages',
  'identifiers',
  'notDuplicateOf',
  'kind',
  'tier',
  'country',
  'city',
  'originCountries',
  'themes',
  'populationsServed',
  'services',
  'languages',
  'description',
  'website',
  'founded',
  'since',
  'until',
  'formerNames',
  'renamedOn',
  'visibility',
  'readers',
] as const satisfies readonly (keyof ActorFields)[];

/** Checks actor fields; `create` makes name, kind and tier required. Paths start with `prefix`. */
export function checkActorFields(
  check: InputChecker,
  fields: ActorFields,
  prefix: readonly (string | number)[],
  { create, knownThemes }: { create: boolean; knownThemes: ReadonlySet<string> },
): void {
  const at = (name: string) => [...prefix, name];
  if (create) {
    check.required(at('name'), fields.name);
    check.required(at('kind'), fields.kind);
    check.required(at('tier'), fields.tier);
  } else {
    for (const name of ['name', 'kind', 'tier', 'visibility'] as const) {
      if (fields[name] === null) check.add(at(name), 'cannot be cleared');
    }
  }
  check.externalId(at('externalId'), fields.externalId);
  check.text(at('name'), fields.name, { min: 1, max: 300 });
  check.list(at('aliases'), fields.aliases, 50, (path, alias) => check.text(path, alias, { min: 1, max: 300 }));
  checkIdentifiers(check, at('identifiers'), fields.identifiers);
  check.list(at('notDuplicateOf'), fields.notDuplicateOf, 500, (path, id) =>
    check.text(path, id, { min: 1, max: 100 }),
  );
  check.country(at('country'), fields.country);
  check.text(at('city'), fields.city, { min: 1, max: 200 });
  check.list(at('originCountries'), fields.originCountries, 50, (path, code) => check.country(path, code));
  check.themes(at('themes'), fields.themes, knownThemes);
  check.vocabularyList(at('populationsServed'), fields.populationsServed, POPULATIONS, 'population');
  check.vocabularyList(at('services'), fields.services, SERVICES, 'service');
  check.languages(at('languages'), fields.languages);
  check.text(at('description'), fields.description, { max: 5000 });
  check.url(at('website'), fields.website);
  check.partialDate(at('founded'), fields.founded);
  check.list(at('formerNames'), fields.formerNames, 50, (path, name) => check.text(path, name, { min: 1, max: 300 }));
  check.list(at('renamedOn'), fields.renamedOn, 50, (path, date) => check.partialDate(path, date));
  check.list(at('readers'), fields.readers, 100, (path, id) => check.text(path, id, { min: 1, max: 100 }));
}

/**
 * Checks an actor's dates as they would be after a write (`merged`: stored values overlaid with the
 * patch): a lifespan in order, one rename date per former name, renames in date order and inside
 * the lifespan. Paths start with `prefix`.
 */
export function checkActorDates(
  check: InputChecker,
  merged: Pick<ActorRecord, 'since' | 'until' | 'formerNames' | 'renamedOn'>,
  prefix: readonly (string | number)[],
): void {
  const at = (name: string) => [...prefix, name];
  check.partialDate(at('since'), merged.since);
  check.partialDate(at('until'), merged.until);
  const dates = [merged.since, merged.until, ...merged.renamedOn];
  if (dates.some((date) => date !== null && !isPartialDate(date))) return;
  if (merged.since && merged.until && !isOrderedPeriod(merged.since, merged.until)) {
    check.add(at('until'), `must not be before since (${merged.since} > ${merged.until})`);
  }
  if (merged.formerNames.length !== merged.renamedOn.length) {
    check.add(
      at('renamedOn'),
      `must give one date per former name (${merged.formerNames.length} names, ${merged.renamedOn.length} dates)`,
    );
    return;
  }
  merged.renamedOn.forEach((date, i) => {
    const previous = merged.renamedOn[i - 1];
    if (previous !== undefined && startOf(date) <= startOf(previous)) {
      check.add([...at('renamedOn'), i], `must come after the rename before it (${previous} ≥ ${date})`);
    }
    if (merged.since && startOf(date) <= startOf(merged.since)) {
      check.add([...at('renamedOn'), i], `must fall after the actor's since (${merged.since} ≥ ${date})`);
    }
    if (merged.until && startOf(date) > endOf(merged.until)) {
      check.add([...at('renamedOn'), i], `must fall inside the actor's lifespan (until ${merged.until} < ${date})`);
    }
  });
}

/** The list fields of an actor: never null, stored as [] when empty. */
export const ACTOR_LIST_FIELDS = [
  'aliases',
  'aliasLanguages',
  'identifiers',
  'notDuplicateOf',
  'themes',
  'originCountries',
  'populationsServed',
  'services',
  'languages',
  'readers',
  'formerNames',
  'renamedOn',
] as const satisfies readonly (keyof ActorFields & keyof ActorRecord)[];

/**
 * Trims names and drops duplicate list entries, so equal inputs are stored equally. A list given as
 * null (GraphQL lets a patch send it) clears the list: stored as [], never null.
 */
export function normaliseActorFields(fields: ActorFields): ActorFields {
  const out: ActorFields = { ...fields };
  for (const list of ACTOR_LIST_FIELDS) {
    if ((out[list] as string[] | null | undefined) === null) out[list] = [];
  }
  if (typeof out.name === 'string') out.name = out.name.trim();
  if (typeof out.city === 'string') out.city = out.city.trim();
  if (out.aliases) {
    // An alias given twice keeps its first language.
    const trimmed = out.aliases.map((alias) => alias.trim());
    const languages = out.aliasLanguages?.length === trimmed.length ? out.aliasLanguages : undefined;
    const first = trimmed.map((alias, i) => trimmed.indexOf(alias) === i);
    out.aliases = trimmed.filter((_, i) => first[i]);
    if (languages) out.aliasLanguages = languages.filter((_, i) => first[i]);
  }
  if (out.identifiers) out.identifiers = out.identifiers.map((key) => key.trim());
  if (out.notDuplicateOf) out.notDuplicateOf = unique(out.notDuplicateOf);
  if (out.themes) out.themes = unique(out.themes);
  if (out.originCountries) out.originCountries = unique(out.originCountries);
  if (out.readers) out.readers = unique(out.readers);
  if (out.populationsServed) out.populationsServed = unique(out.populationsServed);
  if (out.services) out.services = unique(out.services);
  if (out.languages) out.languages = unique(out.languages);
  return out;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** A new actor record (version 1) from checked create fields. */
export function newActorRecord(workspaceId: string, fields: ActorFields, by: string, now: string): ActorRecord {
  return {
    id: randomUUID(),
    workspaceId,
    externalId: fields.externalId ?? null,
    name: fields.name!,
    aliases: fields.aliases ?? [],
    aliasLanguages: fields.aliasLanguages ?? [],
    identifiers: fields.identifiers ?? [],
    notDuplicateOf: fields.notDuplicateOf ?? [],
    kind: fields.kind!,
    tier: fields.tier!,
    sector: sectorOf(fields.kind!),
    country: fields.country ?? null,
    city: fields.city ?? null,
    originCountries: fields.originCountries ?? [],
    themes: fields.themes ?? [],
    populationsServed: fields.populationsServed ?? [],
    services: fields.services ?? [],
    languages: fields.languages ?? [],
    description: fields.description ?? null,
    website: fields.website ?? null,
    founded: fields.founded ?? null,
    since: fields.since ?? null,
    until: fields.until ?? null,
    formerNames: fields.formerNames ?? [],
    renamedOn: fields.renamedOn ?? [],
    visibility: fields.visibility ?? 'PUBLIC',
    readers: fields.readers ?? [],
    ...firstVersion(by, now),
  };
}

/**
 * Gives a patch the alias languages it implies for `current` (aliases replaced keep the languages
 * they had unless new ones are given), then checks them against the aliases they go with.
 */
export function alignActorAliases(
  check: InputChecker,
  patch: ActorFields,
  current: Pick<ActorRecord, 'aliases' | 'aliasLanguages'>,
  prefix: readonly (string | number)[],
): ActorFields {
  const aliases = patch.aliases ?? current.aliases;
  const given = patch.aliasLanguages;
  const out: ActorFields = { ...patch };
  if (patch.aliases) out.aliasLanguages = alignAliasLanguages(aliases, given, current);
  if (given && given.length !== aliases.length) {
    checkAliasLanguages(check, [...prefix, 'aliasLanguages'], given, aliases.length);
  } else {
    checkAliasLanguages(check, [...prefix, 'aliasLanguages'], out.aliasLanguages, aliases.length);
  }
  return out;
}
