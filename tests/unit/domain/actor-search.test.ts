import {
  actorSearchProps,
  builtInLucene,
  MAX_SEARCH_WORDS,
  planActorSearch,
} from '../../../api/src/domain/actor-search';
import { COUNTRY_NAMES, COUNTRY_OTHER_NAMES, countryName } from '../../../api/src/domain/country-names';
import { COUNTRY_CODES } from '../../../api/src/domain/iso-codes';
import { foldText, searchKey } from '../../../api/src/domain/search-text';

const THEMES = [
  { id: 'reception', label: 'Reception' },
  { id: 'labour-migration', label: 'Labour migration' },
  { id: 'city-networks', label: 'Réseaux de villes' },
];

describe('foldText and searchKey', () => {
  it.each([
    ['Sénégal', 'senegal'],
    ['SÃO PAULO', 'sao paulo'],
    ['Øresund Straße', 'oresund strasse'],
    ['Łódź', 'lodz'],
    ['Υπουργείο', 'υπουργειο'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('reduces a text to folded words joined by one space', () => {
    expect(searchKey("  Direction générale des Sénégalais de l'extérieur! ")).toBe(
      'direction generale des senegalais de l exterieur',
    );
    expect(searchKey('Dakar-Migrant   Aid')).toBe(searchKey('dakar migrant aid'));
  });
});

describe('country names', () => {
  it('names every ISO code an actor may carry, and nothing else', () => {
    expect(Object.keys(COUNTRY_NAMES).sort()).toEqual([...COUNTRY_CODES].sort());
    for (const code of Object.keys(COUNTRY_OTHER_NAMES)) expect(COUNTRY_CODES.has(code)).toBe(true);
  });

  it('agrees with the CLDR names Intl gives where it did not shorten them', () => {
    const cldr = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(countryName('SN')).toBe(cldr.of('SN'));
    expect(countryName('CI')).toBe(cldr.of('CI'));
    expect(countryName('BA')).toBe('Bosnia and Herzegovina');
    expect(countryName('ZZ')).toBeNull();
    expect(countryName(null)).toBeNull();
  });
});

describe('actorSearchProps', () => {
  it('stores folded names, aliases and the country’s names', () => {
    expect(actorSearchProps({ name: 'Caritas Sénégal', aliases: ['CS Dakar'], country: 'CI' })).toEqual({
      nameFold: 'caritas senegal',
      aliasFolds: ['cs dakar'],
      countryText: 'cote d ivoire | ivory coast',
    });
    expect(actorSearchProps({ name: 'UNHCR', aliases: [], country: null }).countryText).toBeNull();
  });
});

describe('planActorSearch', () => {
  it('answers null when no word is left', () => {
    expect(planActorSearch(' "()* ', THEMES)).toBeNull();
    // Combining marks alone (they fold to nothing).
    expect(planActorSearch('\u0301 \u0300\u0308', THEMES)).toBeNull();
  });

  it('searches each word as typed and folded, whole and as a prefix, and compares the folded text', () => {
    const plan = planActorSearch('Sénégal', THEMES)!;
    expect(plan.exact).toBe('senegal');
    expect(builtInLucene(plan)).toContain('nameFold:(sénégal OR sénégal* OR senegal OR senegal*)^3');
    expect(builtInLucene(plan)).toContain('description:(sénégal OR sénégal* OR senegal OR senegal*)');
  });

  it('adds the themes whose label or id has a word starting with the word', () => {
    expect(builtInLucene(planActorSearch('réseaux', THEMES)!)).toContain('themes:"city networks"');
    expect(builtInLucene(planActorSearch('migr', THEMES)!)).toContain('themes:"labour migration"');
    expect(builtInLucene(planActorSearch('migr', THEMES)!)).not.toContain('themes:"reception"');
  });

  it('adds the country named by a two-letter ISO code, in any case', () => {
    expect(builtInLucene(planActorSearch('sn', THEMES)!)).toContain('countryText:"senegal"');
    expect(builtInLucene(planActorSearch('SN', THEMES)!)).toContain('countryText:"senegal"');
    expect(builtInLucene(planActorSearch('zz', THEMES)!)).not.toContain('countryText:"');
  });

  it('does not require the stop words the index leaves out, unless there is nothing else', () => {
    const plan = planActorSearch('University of the Athens', THEMES)!;
    expect(builtInLucene(plan).split(') AND (')).toHaveLength(2);
    expect(builtInLucene(plan)).not.toContain('(of OR of*');
    expect(plan.exact).toBe('university of the athens');
    expect(builtInLucene(planActorSearch('a', THEMES)!)).toContain('nameFold:(a OR a*)^3');
  });

  it('requires every word and lets no Lucene syntax through', () => {
    const plan = planActorSearch('legal +aid -"name:x"~2', THEMES)!;
    expect(builtInLucene(plan).split(') AND (')).toHaveLength(5); // legal, aid, name, x, 2
    expect(builtInLucene(plan)).not.toMatch(/[-~]|name:/);
    expect(builtInLucene(planActorSearch('a '.repeat(40), THEMES)!).split(' AND ')).toHaveLength(MAX_SEARCH_WORDS);
  });
});
