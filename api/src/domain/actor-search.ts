import { COUNTRY_NAMES, countrySearchNames } from './country-names';
import { foldText, searchKey, textWords } from './search-text';
import type { ThemeDefinition } from './vocabulary';

/** At most this many words of a search are used (each adds a few Lucene clauses). */
export const MAX_SEARCH_WORDS = 12;

/**
 * The fields of the actor full-text index a word is looked for in, with their boosts: a word in
 * the name weighs more than one in the description. Names, aliases and country names are indexed
 * as searchKey made them (folded here, split at apostrophes too: "l'Intérieur" is "l interieur"),
 * `themes` holds theme ids (see actorSearchProps).
 */
const WORD_FIELDS = [
  ['nameFold', 3],
  ['aliasFolds', 2],
  ['description', 1],
  ['city', 1],
  ['countryText', 1],
  ['themes', 1],
] as const;

/**
 * The English stop words of the index's analyzer ('standard-folding', Lucene's English stop set):
 * the index holds none of them, so a word among them can never be required.
 */
export const INDEX_STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

export interface ActorSearchPlan {
  /** Lucene query over the index's fields (the search statement adds the workspace). */
  lucene: string;
  /** The whole text as compared with names and aliases for exact and prefix matches (searchKey). */
  exact: string;
}

/** The helper properties stored on an actor node for search (see actorProps). */
export function actorSearchProps(record: {
  name: string;
  aliases: readonly string[];
  formerNames?: readonly string[];
  country: string | null;
}): Record<string, unknown> {
  return {
    nameFold: searchKey(record.name),
    // Former names are found like aliases: a search for a ministry's old name finds the ministry.
    aliasFolds: [...record.aliases, ...(record.formerNames ?? [])].map(searchKey),
    countryText: countrySearchNames(record.country).map(searchKey).join(' | ') || null,
  };
}

/** Ids of the themes whose label or id has a word starting with `word` (folded). */
function themesStartingWith(themes: readonly Pick<ThemeDefinition, 'id' | 'label'>[], word: string): string[] {
  return themes
    .filter((theme) => [...textWords(foldText(theme.label)), ...textWords(theme.id)].some((w) => w.startsWith(word)))
    .map((theme) => theme.id);
}

/**
 * One word's clause: the word as typed and folded ("sénégal", "senegal"), each as a word or a
 * prefix, in any searched field; the ids of the themes whose label it starts a word of; and, for a
 * two-letter ISO code ("SN"), that country's name. Lucene folds accents of whole words itself, but
 * not of prefixes ("sén*"), hence the folded form; the form as typed keeps letters that the index
 * does not fold (Greek tonos) findable.
 */
function wordClause(word: string, themes: readonly Pick<ThemeDefinition, 'id' | 'label'>[]): string {
  const folded = foldText(word);
  const forms = [...new Set([word, folded])].flatMap((form) => [form, `${form}*`]).join(' OR ');
  const clauses = WORD_FIELDS.map(([field, boost]) => `${field}:(${forms})${boost === 1 ? '' : `^${boost}`}`);
  for (const id of themesStartingWith(themes, folded)) clauses.push(`themes:"${searchKey(id)}"`);
  const country = word.length === 2 ? COUNTRY_NAMES[word.toUpperCase()] : undefined;
  if (country) clauses.push(`countryText:"${searchKey(country)}"`);
  return `(${clauses.join(' OR ')})`;
}

/**
 * The full-text query for what a user typed: every word required, each in any field (so "legal
 * greece" finds a legal aid NGO in Greece), but stop words ("of", "the"), which the index leaves out,
 * unless there is nothing else (then "a" still finds names by prefix). Words are letters and digits
 * only, so no Lucene syntax the user types gets through. Null when nothing searchable is left.
 */
export function planActorSearch(
  text: string,
  themes: readonly Pick<ThemeDefinition, 'id' | 'label'>[],
): ActorSearchPlan | null {
  const words = textWords(text).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  const required = words.filter((word) => !INDEX_STOP_WORDS.has(foldText(word)));
  return {
    lucene: (required.length > 0 ? required : words).map((word) => wordClause(word, themes)).join(' AND '),
    exact: searchKey(words.join(' ')),
  };
}
