import type { CountryScope } from '../../lib/country-scope';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The scope in words: "Scope: Senegal — 3 actors based there and 1 international actor tied to them".
 * International actors are those without a country (supranational, global); actors of other countries
 * tied to the ones based there are named apart.
 */
export function describeScope(scope: CountryScope, countryName: (code: string) => string): string {
  const where = listInWords(scope.countries.map(countryName));
  const based = `${count(scope.based.size, 'actor', 'actors')} based there`;
  const tied = [
    scope.international.size > 0 && count(scope.international.size, 'international actor', 'international actors'),
    scope.elsewhere.size > 0 && count(scope.elsewhere.size, 'actor of another country', 'actors of other countries'),
  ].filter((part): part is string => typeof part === 'string');
  const rest = tied.length > 0 ? ` and ${listInWords(tied)} tied to them` : ', none tied to them from outside';
  return `Scope: ${where} — ${based}${rest}`;
}
