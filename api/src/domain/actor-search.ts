import { COUNTRY_NAMES, countrySearchNames } from './country-names';
import { parseIdentifierKey } from './identifiers';
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
  /**
   * One Lucene clause per required word, over the index's fields and the built-in themes; the search
   * statement ORs in the workspace's own themes whose words start with `words[i]`, puts each clause
   * in brackets, joins them with AND and adds the workspace (see actor.queries buildSearchQuery).
   */
  clauses: string[];
  /** The folded word of each clause, as compared with a workspace theme's searchWords. */
  words: string[];
  /** The whole text as compared with names and aliases for exact and prefix matches (searchKey). */
  exact: string;
  /** The folded words a name or alias must hold (as words or word starts) to rank as a word match. */
  nameWords: string[];
}

/** The helper properties stored on an actor node for search (see actorProps). */
export function actorSearchProps(record: {
  name: string;
  aliases: readonly string[];
  formerNames?: readonly string[];
  identifiers?: readonly string[];
  country: string | null;
}): Record<string, unknown> {
  // Identifier values are found like aliases: typing a Wikidata id or company number finds the actor.
  const identifierValues = (record.identifiers ?? []).flatMap((key) => parseIdentifierKey(key)?.value ?? []);
  return {
    nameFold: searchKey(record.name),
    // Former names are found like aliases: a search for a ministry's old name finds the ministry.
    aliasFolds: [...record.aliases, ...(record.formerNames ?? []), ...identifierValues].map(searchKey),
    countryText: countrySearchNames(record.country).map(searchKey).join(' | ') || null,
  };
}

type ThemeWords = Pick<ThemeDefinition, 'id' | 'label'>;

/** The folded words of a theme's label and id, which a searched word may start. */
function themeSearchWords(theme: ThemeWords): string[] {
  return [...new Set([...textWords(foldText(theme.label)), ...textWords(theme.id)])];
}

/**
 * The helper properties stored on a workspace theme node, so that the search statement can match a
 * word against the workspace's own themes itself (no second statement): its words, and the term
 * its id is indexed as in actors' `themes` field.
 */
export function themeSearchProps(theme: ThemeWords): { searchWords: string[]; searchTerm: string } {
  return { searchWords: themeSearchWords(theme), searchTerm: searchKey(theme.id) };
}

/** A theme with its search helpers, as theme nodes are written (WORKSPACE_UPSERT_THEMES). */
export function withThemeSearchProps<T extends ThemeWords>(theme: T): T & ReturnType<typeof themeSearchProps> {
  return { ...theme, ...themeSearchProps(theme) };
}

/** Ids of the themes whose label or id has a word starting with `word` (folded). */
function themesStartingWith(themes: readonly ThemeWords[], word: string): string[] {
  return themes.filter((theme) => themeSearchWords(theme).some((w) => w.startsWith(word))).map((theme) => theme.id);
}

/**
 * One word's clause: the word as typed and folded ("sénégal", "senegal"), each as a word or a
 * prefix, in any searched field; the ids of the themes whose label it starts a word of; and, for a
 * two-letter ISO code ("SN"), that country's name. Lucene folds accents of whole words itself, but
 * not of prefixes ("sén*"), hence the folded form; the form as typed keeps letters that the index
 * does not fold (Greek tonos) findable.
 */
function wordClause(word: string, themes: readonly ThemeWords[]): string {
  const folded = foldText(word);
  const forms = [...new Set([word, folded])].flatMap((form) => [form, `${form}*`]).join(' OR ');
  const clauses = WORD_FIELDS.map(([field, boost]) => `${field}:(${forms})${boost === 1 ? '' : `^${boost}`}`);
  for (const id of themesStartingWith(themes, folded)) clauses.push(`themes:"${searchKey(id)}"`);
  const country = word.length === 2 ? COUNTRY_NAMES[word.toUpperCase()] : undefined;
  if (country) clauses.push(`countryText:"${searchKey(country)}"`);
  return clauses.join(' OR ');
}

/**
 * The full-text query for what a user typed: every word required, each in any field (so "legal
 * greece" finds a legal aid NGO in Greece), but stop words ("of", "the"), which the index leaves out,
 * unless there is nothing else (then "a" still finds names by prefix). Words are letters and digits
 * only, so no Lucene syntax the user types gets through. Null when nothing searchable is left.
 * `themes` are the themes every workspace has; a workspace's own ones are added by the statement.
 *
 * The ranking (see actor.queries buildSearchQuery): an exact name or alias first, then names and
 * aliases that start with the text, then those that hold every required word (as a word or the
 * start of one), then every other hit; within each, by Lucene's relevance score.
 */
export function planActorSearch(text: string, themes: readonly ThemeWords[]): ActorSearchPlan | null {
  const words = textWords(text).slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  const required = words.filter((word) => !INDEX_STOP_WORDS.has(foldText(word)));
  const searched = required.length > 0 ? required : words;
  return {
    clauses: searched.map((word) => wordClause(word, themes)),
    words: searched.map(foldText),
    exact: searchKey(words.join(' ')),
    nameWords: [...new Set(searched.flatMap((word) => textWords(foldText(word))))],
  };
}

/** The plan's Lucene query as the statement builds it for a workspace with no themes of its own. */
export function builtInLucene(plan: ActorSearchPlan): string {
  return plan.clauses.map((clause) => `(${clause})`).join(' AND ');
}
