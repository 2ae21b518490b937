import type { ThemeDefinition } from '../../api/src/domain/vocabulary';
import type { ActorRecord, RelationRecord, SourceRecord } from './graph-file.types';
import { normaliseWhitespace } from './validate-graph-files';

/** A record together with the file it was read from, so that conflicts can name both files. */
export interface LocatedRecord<T> {
  readonly file: string;
  readonly record: T;
}

/** Two part files disagree on a field that identifies what a record is (an actor's kind or tier, …). */
export class GraphMergeError extends Error {
  override readonly name = 'GraphMergeError';
}

/** Actors sharing an externalId become one; see mergeActorGroup for the rules. */
export function mergeActors(items: readonly LocatedRecord<ActorRecord>[]): ActorRecord[] {
  return groupBy(items, (r) => r.externalId).map(mergeActorGroup);
}

/** Relations sharing an externalId become one; see mergeRelationGroup for the rules. */
export function mergeRelations(items: readonly LocatedRecord<RelationRecord>[]): RelationRecord[] {
  return groupBy(items, (r) => r.externalId).map(mergeRelationGroup);
}

/** Themes sharing an id become one, with the first non-empty label and description. */
export function mergeThemes(items: readonly LocatedRecord<ThemeDefinition>[]): ThemeDefinition[] {
  return groupBy(items, (t) => t.id).map((group) => {
    const records = group.map((g) => g.record);
    return {
      id: records[0]!.id,
      label: records.find((t) => t.label)?.label ?? '',
      description: records.find((t) => t.description)?.description ?? '',
    };
  });
}

/**
 * Kind and tier must agree (otherwise the parts describe different things: an error naming both
 * files); aliases, themes, origin countries and sources are united; other scalars take the first
 * non-null value in file order. Names that lose to the first one are kept as aliases, so a search
 * for either spelling still finds the actor.
 */
function mergeActorGroup(group: readonly LocatedRecord<ActorRecord>[]): ActorRecord {
  const records = group.map((g) => g.record);
  const first = records[0]!;
  requireAgreement(group, `actor ${first.externalId}`, ['kind', 'tier']);
  const name = firstPresent(records.map((r) => r.name)) ?? first.name;
  const otherNames = records.map((r) => r.name).filter((n) => n && n !== name);
  return toCanonicalActor({
    ...first,
    name,
    aliases: union([...records.flatMap((r) => r.aliases ?? []), ...otherNames]).filter((a) => a !== name),
    country: firstPresent(records.map((r) => r.country)),
    city: firstPresent(records.map((r) => r.city)),
    originCountries: union(records.flatMap((r) => r.originCountries ?? [])),
    themes: union(records.flatMap((r) => r.themes ?? [])),
    description: firstPresent(records.map((r) => r.description)),
    website: firstPresent(records.map((r) => r.website)),
    founded: firstPresent(records.map((r) => r.founded)),
    since: firstPresent(records.map((r) => r.since)),
    until: firstPresent(records.map((r) => r.until)),
    // Former names and their dates go together: from the first part that gives any.
    ...pickFirst(records, (r) => r.formerNames?.length, ['formerNames', 'renamedOn']),
    populationsServed: union(records.flatMap((r) => r.populationsServed ?? [])),
    services: union(records.flatMap((r) => r.services ?? [])),
    languages: union(records.flatMap((r) => r.languages ?? [])),
    sources: uniqueSources(records.flatMap((r) => r.sources ?? [])),
  });
}

/** Type and endpoints must agree; themes and sources are united; other fields: first non-null. */
function mergeRelationGroup(group: readonly LocatedRecord<RelationRecord>[]): RelationRecord {
  const records = group.map((g) => g.record);
  const first = records[0]!;
  requireAgreement(group, `relation ${first.externalId}`, ['type', 'source', 'target']);
  const pick = <K extends keyof RelationRecord>(key: K): RelationRecord[K] =>
    firstPresent(records.map((r) => r[key])) ?? first[key];
  return toCanonicalRelation({
    ...first,
    directed: pick('directed'),
    mode: pick('mode'),
    engagement: pick('engagement'),
    formal: pick('formal'),
    role: pick('role'),
    themes: union(records.flatMap((r) => r.themes ?? [])),
    since: pick('since'),
    until: pick('until'),
    amount: pick('amount'),
    currency: pick('currency'),
    fundingSource: pick('fundingSource'),
    fundingTerm: pick('fundingTerm'),
    fundingForm: pick('fundingForm'),
    strength: pick('strength'),
    confidence: pick('confidence'),
    ...pickFirst(records, (r) => r.states?.length, ['states']),
    notes: pick('notes'),
    sources: uniqueSources(records.flatMap((r) => r.sources ?? [])),
  });
}

/** The actor with its fields in the documented order and nothing else, for stable files. */
export function toCanonicalActor(a: ActorRecord): ActorRecord {
  return {
    externalId: a.externalId,
    name: a.name,
    aliases: a.aliases ?? [],
    kind: a.kind,
    tier: a.tier,
    country: a.country ?? null,
    city: a.city ?? null,
    originCountries: a.originCountries ?? [],
    themes: a.themes ?? [],
    description: a.description ?? null,
    website: a.website ?? null,
    founded: a.founded ?? null,
    // Written only when set, so that files without lifespans stay as they were.
    ...(a.since ? { since: a.since } : {}),
    ...(a.until ? { until: a.until } : {}),
    ...(a.formerNames?.length ? { formerNames: a.formerNames, renamedOn: a.renamedOn ?? [] } : {}),
    ...(a.populationsServed?.length ? { populationsServed: a.populationsServed } : {}),
    ...(a.services?.length ? { services: a.services } : {}),
    ...(a.languages?.length ? { languages: a.languages } : {}),
    sources: a.sources ?? [],
  };
}

/** The relation with its fields in the documented order and nothing else, for stable files. */
export function toCanonicalRelation(r: RelationRecord): RelationRecord {
  return {
    externalId: r.externalId,
    type: r.type,
    source: r.source,
    target: r.target,
    directed: r.directed,
    mode: r.mode ?? null,
    engagement: r.engagement ?? null,
    formal: r.formal ?? null,
    role: r.role ?? null,
    themes: r.themes ?? [],
    since: r.since ?? null,
    until: r.until ?? null,
    amount: r.amount ?? null,
    currency: r.currency ?? null,
    // Written only when set, so that files without a funding modality stay as they were.
    ...(r.fundingSource ? { fundingSource: r.fundingSource } : {}),
    ...(r.fundingTerm ? { fundingTerm: r.fundingTerm } : {}),
    ...(r.fundingForm ? { fundingForm: r.fundingForm } : {}),
    strength: r.strength ?? null,
    confidence: r.confidence,
    ...(r.states?.length ? { states: r.states } : {}),
    notes: r.notes ?? null,
    sources: r.sources ?? [],
  };
}

/** The given fields of the first record that has them, or nothing. */
function pickFirst<T extends object, K extends keyof T>(
  records: readonly T[],
  has: (record: T) => unknown,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const found = records.find(has);
  return found ? (Object.fromEntries(keys.map((key) => [key, found[key]])) as Partial<Pick<T, K>>) : {};
}

function requireAgreement<T extends object>(
  group: readonly LocatedRecord<T>[],
  owner: string,
  keys: readonly (keyof T & string)[],
): void {
  for (const key of keys) {
    const first = group[0]!;
    const other = group.find((g) => g.record[key] !== first.record[key]);
    if (other) {
      throw new GraphMergeError(
        `${owner}: ${key} ${String(first.record[key])} in ${first.file} conflicts with ` +
          `${String(other.record[key])} in ${other.file}`,
      );
    }
  }
}

/** Keeps one copy of each source; two quotes from the same document that differ only in whitespace are one. */
function uniqueSources(sources: readonly SourceRecord[]): SourceRecord[] {
  const seen = new Set<string>();
  const out: SourceRecord[] = [];
  for (const s of sources) {
    const key = JSON.stringify([
      s.document,
      s.quote === undefined ? null : normaliseWhitespace(s.quote),
      s.title,
      s.url,
      s.page,
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function union<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function firstPresent<T>(values: readonly T[]): Exclude<T, undefined> | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v as Exclude<T, undefined>;
  return null;
}

function groupBy<T>(items: readonly LocatedRecord<T>[], key: (record: T) => string): LocatedRecord<T>[][] {
  const groups = new Map<string, LocatedRecord<T>[]>();
  for (const item of items) {
    const k = key(item.record);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
