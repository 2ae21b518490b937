import { countryName } from '../domain/country-names';

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** A country as a sentence names it: "Greece" for GR; a code with no known name stays as it is. */
export function placeName(code: string): string {
  return countryName(code) ?? code;
}
