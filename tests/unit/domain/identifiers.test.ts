import { alignAliasLanguages, checkAliasLanguages, localizedAliases } from '../../../api/src/domain/alias-languages';
import { checkIdentifiers, identifierKey, parseIdentifierKey } from '../../../api/src/domain/identifiers';
import { InputChecker } from '../../../api/src/domain/validation';

function problems(keys: string[]): Array<{ field: string; reason: string }> {
  const check = new InputChecker();
  checkIdentifiers(check, ['input', 'identifiers'], keys);
  return check.found.map((error) => ({ field: error.field.join('.'), reason: error.reason }));
}

describe('checkIdentifiers', () => {
  it.each([
    'ORG_ID:GB-CHC-202918',
    'ORG_ID:XM-DAC-41121',
    'WIKIDATA:Q42',
    'COMPANY_NUMBER:01234567',
    'CHARITY_NUMBER:1089464',
    'VAT:EL094014201',
    'LEI:5493001KJTIIGC8Y1R12',
    'LEI:HWUPKR0MPOU8FGXBT394',
    'OTHER:any register / 12',
  ])('accepts %s', (key) => {
    expect(problems([key])).toEqual([]);
  });

  it.each([
    ['WIKIDATA:42', 'input.identifiers.0.value', 'Wikidata item id'],
    ['WIKIDATA:Q0', 'input.identifiers.0.value', 'Wikidata item id'],
    ['ORG_ID:202918', 'input.identifiers.0.value', 'IATI org-id'],
    ['LEI:5493001KJTIIGC8Y1R13', 'input.identifiers.0.value', 'check digits'],
    ['LEI:5493001KJTIIGC8Y1R1', 'input.identifiers.0.value', 'Legal Entity Identifier'],
    ['VAT:094014201', 'input.identifiers.0.value', 'country prefix'],
    ['COMPANY_NUMBER:-', 'input.identifiers.0.value', '2–40'],
    ['DUNS:123', 'input.identifiers.0', 'must name a scheme'],
  ])('refuses %s at %s', (key, field, reason) => {
    const [problem, ...rest] = problems([key]);
    expect(rest).toEqual([]);
    expect(problem!.field).toBe(field);
    expect(problem!.reason).toContain(reason);
  });

  it('refuses an identifier given twice and more than 20', () => {
    expect(problems(['WIKIDATA:Q42', 'WIKIDATA:Q42'])).toEqual([
      { field: 'input.identifiers.1', reason: 'repeats the identifier WIKIDATA:Q42' },
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `WIKIDATA:Q${i + 1}`);
    expect(problems(many)[0]!.reason).toContain('at most 20');
  });
});

describe('identifierKey', () => {
  it('writes values as their registers do', () => {
    expect(identifierKey({ scheme: 'WIKIDATA', value: ' q42 ' })).toBe('WIKIDATA:Q42');
    expect(identifierKey({ scheme: 'VAT', value: 'el 094 014 201' })).toBe('VAT:EL094014201');
    expect(identifierKey({ scheme: 'ORG_ID', value: 'gb-chc-202918' })).toBe('ORG_ID:GB-CHC-202918');
    expect(identifierKey({ scheme: 'COMPANY_NUMBER', value: ' SC01234 ' })).toBe('COMPANY_NUMBER:SC01234');
  });

  it('parses back what it wrote, a value with a colon included', () => {
    expect(parseIdentifierKey('OTHER:urn:x:1')).toEqual({ scheme: 'OTHER', value: 'urn:x:1' });
    expect(parseIdentifierKey('NOPE:1')).toBeNull();
  });
});

describe('alias languages', () => {
  it('pairs aliases with their languages, empty as null', () => {
    expect(localizedAliases(['Ministère', 'MoI'], ['fr', ''])).toEqual([
      { name: 'Ministère', language: 'fr' },
      { name: 'MoI', language: null },
    ]);
  });

  it('keeps the language of an alias kept when the aliases are replaced', () => {
    const current = { aliases: ['Ministère', 'MoI'], aliasLanguages: ['fr', ''] };
    expect(alignAliasLanguages(['MoI', 'Ministère', 'Υπουργείο'], undefined, current)).toEqual(['', 'fr', '']);
    expect(alignAliasLanguages(['MoI'], ['EN'], current)).toEqual(['en']);
  });

  it('refuses a code that is not ISO 639-1 and a list of another length', () => {
    const check = new InputChecker();
    checkAliasLanguages(check, ['input', 'aliasLanguages'], ['fr', 'xx'], 2);
    checkAliasLanguages(check, ['input', 'aliasLanguages'], ['fr'], 2);
    expect(check.found.map((error) => [error.field.join('.'), error.reason])).toEqual([
      ['input.aliasLanguages.1', 'must be an ISO 639-1 language code such as fr or el (got "xx")'],
      ['input.aliasLanguages', 'must give one language per alias (2 aliases, 1 languages)'],
    ]);
  });
});
