import type { InputChecker } from './validation';

/**
 * Identifier schemes an actor may carry (issue 21 point 6; docs/adr/0031). Each has a format check
 * so that a typo is caught at the field rather than becoming a second, unmatched identifier.
 */
export const IDENTIFIER_SCHEMES = [
  'ORG_ID',
  'WIKIDATA',
  'COMPANY_NUMBER',
  'CHARITY_NUMBER',
  'VAT',
  'LEI',
  'OTHER',
] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/** One identifier of an actor in an outside register. */
export interface ActorIdentifier {
  scheme: IdentifierScheme;
  value: string;
}

/** What a value of each scheme looks like, as a test and as words for the error. */
const FORMATS: Readonly<Record<IdentifierScheme, { test: (value: string) => boolean; expected: string }>> = {
  // IATI organisation identifier: registration agency prefix (country code, agency) then the id.
  ORG_ID: {
    test: (value) => /^[A-Z]{2}-[A-Z0-9]{2,12}-[^\s]{1,80}$/.test(value),
    expected: 'an IATI org-id: agency prefix and id such as GB-CHC-202918 or XM-DAC-41121',
  },
  WIKIDATA: { test: (value) => /^Q[1-9]\d{0,11}$/.test(value), expected: 'a Wikidata item id such as Q42' },
  COMPANY_NUMBER: {
    test: (value) => /^[A-Z0-9][A-Z0-9 ./-]{0,38}[A-Z0-9]$/i.test(value),
    expected: '2–40 letters, digits, spaces, dots, slashes or hyphens such as 01234567',
  },
  CHARITY_NUMBER: {
    test: (value) => /^[A-Z0-9][A-Z0-9 ./-]{0,38}[A-Z0-9]$/i.test(value),
    expected: '2–40 letters, digits, spaces, dots, slashes or hyphens such as 1089464',
  },
  VAT: {
    test: (value) => /^[A-Z]{2}[A-Z0-9+*]{2,12}$/.test(value),
    expected: 'a VAT number: a two-letter country prefix and 2–12 letters or digits, such as EL094014201',
  },
  LEI: {
    test: (value) => /^[A-Z0-9]{18}\d{2}$/.test(value) && leiChecksumHolds(value),
    expected: 'a Legal Entity Identifier: 20 letters and digits whose ISO 17442 check digits hold',
  },
  OTHER: {
    test: (value) => value.length >= 1 && value.length <= 200 && !/[|\n\r]/.test(value),
    expected: '1–200 characters without | or line breaks',
  },
};

/** ISO 17442 (ISO 7064 MOD 97-10): letters as 10–35, the number mod 97 is 1. */
function leiChecksumHolds(value: string): boolean {
  let remainder = 0;
  for (const char of value) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * A value as stored: trimmed; upper case where the scheme does not tell cases apart (Wikidata ids,
 * VAT numbers, LEIs and org-id prefixes are written in capitals by their registers).
 */
export function normaliseIdentifierValue(scheme: IdentifierScheme, value: string): string {
  const trimmed = value.trim();
  if (scheme === 'WIKIDATA' || scheme === 'VAT' || scheme === 'LEI') return trimmed.toUpperCase().replace(/\s+/g, '');
  if (scheme === 'ORG_ID') {
    const [country = '', agency = '', ...rest] = trimmed.split('-');
    return rest.length ? [country.toUpperCase(), agency.toUpperCase(), rest.join('-')].join('-') : trimmed;
  }
  return trimmed;
}

/**
 * Identifiers are stored as `SCHEME:value` strings (a list of strings is a Neo4j property; a list of
 * maps is not), which are also the keys uniqueness and duplicate detection compare.
 */
export function identifierKey(identifier: ActorIdentifier): string {
  return `${identifier.scheme}:${normaliseIdentifierValue(identifier.scheme, identifier.value)}`;
}

/** The scheme and value of a stored key, or null when it names no scheme we know. */
export function parseIdentifierKey(key: string): ActorIdentifier | null {
  const colon = key.indexOf(':');
  const scheme = key.slice(0, colon);
  if (colon < 0 || !(IDENTIFIER_SCHEMES as readonly string[]).includes(scheme)) return null;
  return { scheme: scheme as IdentifierScheme, value: key.slice(colon + 1) };
}

/** Checks identifier keys (at most 20, known scheme, value in its scheme's format, each once). */
export function checkIdentifiers(
  check: InputChecker,
  path: readonly (string | number)[],
  keys: readonly string[] | null | undefined,
): void {
  if (keys === undefined || keys === null) return;
  check.list(path, keys, 20, (at, key) => {
    const identifier = parseIdentifierKey(key);
    if (!identifier) {
      check.add(at, `must name a scheme among ${IDENTIFIER_SCHEMES.join(', ')} (got "${key.split(':')[0]}")`);
      return;
    }
    const format = FORMATS[identifier.scheme];
    if (!format.test(identifier.value)) {
      check.add([...at, 'value'], `is not ${format.expected} (got "${identifier.value}" for ${identifier.scheme})`);
    }
  });
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) check.add([...path, i], `repeats the identifier ${key}`);
    seen.add(key);
  });
}
