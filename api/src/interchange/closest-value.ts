export { closestValue, editDistance } from '../domain/closest-value';
import { COUNTRY_NAMES, COUNTRY_OTHER_NAMES } from '../domain/country-names';
import { foldName, nearest } from '../domain/closest-value';

const NAMED_COUNTRIES: ReadonlyArray<{ code: string; folded: string }> = [
  ...Object.entries(COUNTRY_NAMES).map(([code, name]) => ({ code, folded: foldName(name) })),
  ...Object.entries(COUNTRY_OTHER_NAMES).flatMap(([code, names]) =>
    names.map((name) => ({ code, folded: foldName(name) })),
  ),
];

/**
 * The ISO 3166-1 alpha-2 code someone most likely meant: a country's name ("Greece", "UK"), its
 * name misspelt ("Grece"), or an alpha-3 code whose first two letters are an alpha-2 code of a
 * country whose name starts with them ("GRC" → GR). Null when nothing is likely.
 */
export function likelyCountry(written: string): string | null {
  const folded = foldName(written);
  if (folded.length < 2) return null;
  const named = NAMED_COUNTRIES.find((c) => c.folded === folded);
  if (named) return named.code;
  if (folded.length === 3) {
    const code = folded.slice(0, 2).toUpperCase();
    const name = COUNTRY_NAMES[code];
    if (name && foldName(name).startsWith(folded.slice(0, 2))) return code;
  }
  if (folded.length >= 4) {
    const best = nearest(
      folded,
      NAMED_COUNTRIES.map((country) => ({ value: country.code, folded: country.folded })),
    );
    if (best.distance <= Math.max(1, Math.floor(folded.length / 4))) return best.value;
  }
  return null;
}
