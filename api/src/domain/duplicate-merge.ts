import type { ActorFields, ActorRecord } from './actor';

type MergeSide = Pick<
  ActorRecord,
  | 'name'
  | 'aliases'
  | 'aliasLanguages'
  | 'formerNames'
  | 'identifiers'
  | 'themes'
  | 'originCountries'
  | 'country'
  | 'city'
  | 'description'
  | 'website'
  | 'founded'
>;

const FILLED_FIELDS = ['country', 'city', 'description', 'website', 'founded'] as const;

/**
 * What the kept actor of a duplicate merge becomes (only the fields that change): the merged
 * actor's name, aliases and former names become its aliases (with their languages), identifiers,
 * themes and origin countries are united, and facts it lacks are taken from the merged actor.
 */
export function mergedActorPatch(keep: MergeSide, merge: MergeSide): ActorFields {
  const aliases = [...keep.aliases];
  const languages = keep.aliases.map((_, i) => keep.aliasLanguages[i] ?? '');
  const names: Array<[string, string]> = [
    [merge.name, ''],
    ...merge.aliases.map((alias, i): [string, string] => [alias, merge.aliasLanguages[i] ?? '']),
    ...merge.formerNames.map((name): [string, string] => [name, '']),
  ];
  for (const [name, language] of names) {
    if (name === keep.name || aliases.includes(name)) continue;
    aliases.push(name);
    languages.push(language);
  }
  const patch: ActorFields = {};
  if (aliases.length !== keep.aliases.length) Object.assign(patch, { aliases, aliasLanguages: languages });
  for (const list of ['identifiers', 'themes', 'originCountries'] as const) {
    const united = [...new Set([...keep[list], ...merge[list]])];
    if (united.length !== keep[list].length) patch[list] = united;
  }
  for (const field of FILLED_FIELDS) {
    if (keep[field] === null && merge[field] !== null) patch[field] = merge[field];
  }
  return patch;
}
