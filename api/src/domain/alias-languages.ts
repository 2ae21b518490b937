import type { InputChecker } from './validation';

/** ISO 639-1 two-letter language codes. */
export const LANGUAGE_CODES: ReadonlySet<string> = new Set(
  (
    'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee ' +
    'el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is ' +
    'it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms ' +
    'mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk ' +
    'sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi ' +
    'yo za zh zu'
  ).split(' '),
);

/** An alias with the language it is in (null: not said). */
export interface LocalizedAlias {
  name: string;
  language: string | null;
}

/**
 * Aliases and their languages are stored as two lists of the same length (`aliasLanguages[i]` is
 * the language of `aliases[i]`, '' when not said): the existing `aliases` list stays what clients
 * and the search index read (docs/adr/0031).
 */
export function localizedAliases(aliases: readonly string[], languages: readonly string[]): LocalizedAlias[] {
  return aliases.map((name, i) => ({ name, language: languages[i] || null }));
}

/**
 * The languages for `aliases` after a write: those given (when a list of the same length is given),
 * else each alias keeps the language it had (`current`), new ones untagged.
 */
export function alignAliasLanguages(
  aliases: readonly string[],
  given: readonly string[] | undefined,
  current: { aliases: readonly string[]; aliasLanguages: readonly string[] },
): string[] {
  if (given && given.length === aliases.length) return given.map((language) => language.trim().toLowerCase());
  const before = new Map(current.aliases.map((name, i) => [name, current.aliasLanguages[i] ?? '']));
  return aliases.map((name) => before.get(name) ?? '');
}

/** Checks alias languages: one per alias, each '' or an ISO 639-1 code. */
export function checkAliasLanguages(
  check: InputChecker,
  path: readonly (string | number)[],
  languages: readonly string[] | undefined,
  aliasCount: number,
): void {
  if (!languages) return;
  if (languages.length !== aliasCount) {
    check.add(path, `must give one language per alias (${aliasCount} aliases, ${languages.length} languages)`);
    return;
  }
  languages.forEach((language, i) => {
    if (language !== '' && !LANGUAGE_CODES.has(language)) {
      check.add([...path, i], `must be an ISO 639-1 language code such as fr or el (got "${language}")`);
    }
  });
}
