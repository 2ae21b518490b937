import { countryScope, relationInScope } from '../../../web/src/lib/country-scope';
import { buildMap, mapScope } from '../../../web/src/lib/map-elements';
import { computeTierLayout } from '../../../web/src/lib/tier-layout';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';
import { describeScope, listInWords } from '../../../web/src/features/explore/scope-summary';
import { actor, tie } from './map-fixture';

/**
 * Senegal: a local municipality (m) and a national NGO (n), tied to a global programme (g, no country)
 * and to a Spanish diaspora organisation (s); an EU body (eu, no country) tied only to the global one;
 * a Greek NGO (gr) tied to nobody in Senegal.
 */
const ACTORS = [
  actor('m', 'LOCAL', 'GOVERNMENT', 'SN'),
  actor('n', 'NATIONAL', 'CIVIL_SOCIETY', 'SN'),
  actor('g', 'GLOBAL', 'INTERNATIONAL', null),
  actor('eu', 'SUPRANATIONAL', 'INTERNATIONAL', null),
  actor('s', 'REGIONAL', 'CIVIL_SOCIETY', 'ES'),
  actor('gr', 'NATIONAL', 'CIVIL_SOCIETY', 'GR'),
];
const RELATIONS = [
  tie('g-m', 'g', 'm'),
  tie('g-n', 'g', 'n'),
  { ...tie('s-n', 's', 'n'), type: 'FUNDS' as const, until: '2015' },
  tie('eu-g', 'eu', 'g'),
  tie('eu-gr', 'eu', 'gr'),
];
const sorted = (ids: ReadonlySet<string>) => [...ids].sort();
const keepAll = () => true;

describe('countryScope', () => {
  it('is null when no country is chosen', () => {
    expect(countryScope(ACTORS, RELATIONS, [], keepAll)).toBeNull();
  });

  it('holds the actors based there and, apart, the countryless and foreign actors tied to them', () => {
    const scope = countryScope(ACTORS, RELATIONS, ['SN'], keepAll)!;
    expect(sorted(scope.based)).toEqual(['m', 'n']);
    expect(sorted(scope.international)).toEqual(['g']);
    expect(sorted(scope.elsewhere)).toEqual(['s']);
    // The EU body is tied to the global programme only, not to anyone based in Senegal.
    expect(sorted(scope.ids)).toEqual(['g', 'm', 'n', 's']);
  });

  it('ties actors only by the relations the relation filters keep', () => {
    const scope = countryScope(ACTORS, RELATIONS, ['SN'], (relation) => relation.type !== 'FUNDS')!;
    expect(sorted(scope.elsewhere)).toEqual([]);
    expect(sorted(scope.ids)).toEqual(['g', 'm', 'n']);
  });

  it('joins several countries, an actor based in one of them never counted as tied', () => {
    const scope = countryScope(ACTORS, RELATIONS, ['SN', 'ES'], keepAll)!;
    expect(sorted(scope.based)).toEqual(['m', 'n', 's']);
    expect(sorted(scope.elsewhere)).toEqual([]);
  });

  it('keeps relations with at least one end based there', () => {
    const scope = countryScope(ACTORS, RELATIONS, ['SN'], keepAll)!;
    expect(RELATIONS.filter((relation) => relationInScope(scope, relation)).map((r) => r.id)).toEqual([
      'g-m',
      'g-n',
      's-n',
    ]);
    expect(relationInScope(null, RELATIONS[3])).toBe(true);
  });
});

describe('mapScope', () => {
  it('ties by the relation facets and the as-of year, as the map draws them', () => {
    const asOf2020 = mapScope(ACTORS, RELATIONS, { ...EMPTY_FILTERS, countries: ['SN'] }, '2020-06')!;
    expect(sorted(asOf2020.elsewhere)).toEqual([]);
    const types = mapScope(ACTORS, RELATIONS, { ...EMPTY_FILTERS, countries: ['SN'], types: ['FUNDS'] }, null)!;
    expect(sorted(types.ids)).toEqual(['m', 'n', 's']);
  });
});

describe('buildMap under a country scope', () => {
  const layout = computeTierLayout(ACTORS, RELATIONS);
  const build = (countries: string[], tiers: string[] = []) =>
    buildMap({
      actors: ACTORS,
      relations: RELATIONS,
      layout,
      filters: { ...EMPTY_FILTERS, countries, tiers },
      asOf: null,
      decoration: { legend: [] },
      expansions: [],
      selectedId: null,
    });
  const drawn = (map: ReturnType<typeof buildMap>, group: string) =>
    map.elements
      .filter(
        (element) =>
          element.group === group && String(element.classes ?? '').includes(group === 'nodes' ? 'actor' : ''),
      )
      .map((element) => String(element.data.id))
      .sort();

  it('draws the actors of the scope and the relations with an end based there', () => {
    const map = build(['SN']);
    expect(drawn(map, 'nodes')).toEqual(['g', 'm', 'n', 's']);
    expect(drawn(map, 'edges')).toEqual(['g-m', 'g-n', 's-n']);
    expect(map.visibleCount).toBe(4);
  });

  it('applies the other facets within the scope', () => {
    expect(drawn(build(['SN'], ['GLOBAL', 'LOCAL']), 'nodes')).toEqual(['g', 'm']);
  });
});

describe('describeScope', () => {
  const names = new Map([
    ['SN', 'Senegal'],
    ['ES', 'Spain'],
  ]);
  const name = (code: string) => names.get(code) ?? code;

  it('names the country and counts the actors based there and those tied to them', () => {
    const scope = countryScope(ACTORS, RELATIONS, ['SN'], keepAll)!;
    expect(describeScope(scope, name)).toBe(
      'Scope: Senegal — 2 actors based there and 1 international actor and 1 actor of another country tied to them',
    );
  });

  it('says when nobody outside is tied to them', () => {
    const scope = countryScope(ACTORS, RELATIONS, ['GR'], (relation) => relation.id !== 'eu-gr')!;
    expect(describeScope(scope, name)).toBe('Scope: GR — 1 actor based there, none tied to them from outside');
  });

  it('lists several countries in words', () => {
    expect(listInWords(['Senegal', 'Spain', 'Italy'])).toBe('Senegal, Spain and Italy');
    const scope = countryScope(ACTORS, RELATIONS, ['SN', 'ES'], keepAll)!;
    expect(describeScope(scope, name)).toBe(
      'Scope: Senegal and Spain — 3 actors based there and 1 international actor tied to them',
    );
  });
});
