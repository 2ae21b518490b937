import {
  CLOSE_NAME_THRESHOLD,
  duplicateCandidates,
  diceSimilarity,
  trigrams,
  nameKey,
  type DuplicateActor,
} from '../../../api/src/domain/duplicate-candidates';
import { mergedActorPatch } from '../../../api/src/domain/duplicate-merge';

function actor(id: string, name: string, extra: Partial<DuplicateActor> = {}): DuplicateActor {
  return { id, name, aliases: [], formerNames: [], country: 'GR', identifiers: [], notDuplicateOf: [], ...extra };
}

describe('diceSimilarity', () => {
  it('compares the trigrams of two name keys', () => {
    expect(trigrams('ab')).toEqual(new Set(['  a', ' ab', 'ab ']));
    expect(diceSimilarity(trigrams('abc'), trigrams('abc'))).toBe(1);
    expect(diceSimilarity(trigrams('abc'), trigrams('xyz'))).toBe(0);
    // "  abc " → {"  a"," ab","abc","bc "}; "  abd " → {"  a"," ab","abd","bd "}: 2 shared of 4 + 4.
    expect(diceSimilarity(trigrams('abc'), trigrams('abd'))).toBe(0.5);
    expect(
      diceSimilarity(trigrams(nameKey('Greek Council for Refugees')), trigrams(nameKey('Greek Council for Refugee'))),
    ).toBeGreaterThan(0.9);
    expect(
      diceSimilarity(trigrams(nameKey('Municipality of Athens')), trigrams(nameKey('Municipality of Patras'))),
    ).toBeLessThan(CLOSE_NAME_THRESHOLD);
  });
});

describe('nameKey', () => {
  it('sets aside case, accents, punctuation and legal forms', () => {
    expect(nameKey('The Refugee Support e.V.')).toBe('refugee support');
    expect(nameKey('SOLIDARITÉ Migrants, ASBL')).toBe('solidarite migrants');
    expect(nameKey('The')).toBe('the');
    expect(nameKey('S.O.S. Méditerranée')).toBe('sos mediterranee');
  });
});

describe('duplicateCandidates', () => {
  it('finds the same identifier in any country, an alias equal to a name, and close names in one country', () => {
    const pairs = duplicateCandidates([
      actor('a', 'Greek Council for Refugees', { identifiers: ['WIKIDATA:Q5601234'] }),
      actor('b', 'Greek Council for Refugee', { country: 'GR' }),
      actor('c', 'GCR Athens office', { country: 'DE', identifiers: ['WIKIDATA:Q5601234'] }),
      actor('d', 'Hellenic Refugee Council', { aliases: ['Greek Council for Refugees'] }),
      actor('e', 'Greek Council for Refugees', { country: 'SN' }),
      actor('f', 'Municipality of Athens'),
      actor('g', 'Municipality of Patras'),
    ]);
    const byPair = new Map(pairs.map((pair) => [`${pair.aId}${pair.bId}`, pair]));
    expect(byPair.get('ac')!.reasons).toEqual([
      { kind: 'SAME_IDENTIFIER', text: 'both have the WIKIDATA identifier Q5601234', score: 1 },
    ]);
    expect(byPair.get('ad')!.reasons.map((reason) => reason.kind)).toEqual(['ALIAS_MATCHES_NAME']);
    expect(byPair.get('ad')!.score).toBe(0.95);
    expect(byPair.get('ab')!.reasons[0]!.kind).toBe('CLOSE_NAMES');
    expect(byPair.get('ab')!.reasons[0]!.text).toContain('both in GR');
    expect(byPair.get('ab')!.score).toBeGreaterThanOrEqual(CLOSE_NAME_THRESHOLD);
    // Same name in another country is no candidate; names that share only a first word are none either.
    expect(byPair.has('ae')).toBe(false);
    expect(byPair.has('fg')).toBe(false);
    expect(pairs[0]!.score).toBe(1);
    expect(pairs.map((pair) => pair.score)).toEqual([...pairs.map((pair) => pair.score)].sort((x, y) => y - x));
  });

  it('leaves out a pair either side dismissed', () => {
    const actors = [
      actor('a', 'Refugee Support Aegean', { notDuplicateOf: ['b'] }),
      actor('b', 'Refugee Support Aegean'),
    ];
    expect(duplicateCandidates(actors)).toEqual([]);
    expect(duplicateCandidates([actors[0]!, { ...actors[1]!, id: 'c' }])).toHaveLength(1);
  });

  it('returns the planted duplicates among 10,000 generated actors, comparing blocks rather than all pairs', () => {
    const countries = ['GR', 'IT', 'ES', 'DE', 'FR', 'SN', 'MA', 'TR', 'NL', 'BE'];
    const words = (
      'alpha bridge civic delta equal forum guild harbour island junction kinship lantern meridian ' +
      'north ocean pioneer quorum river summit trust union valley willow xenia yard zenith amber beacon cedar ' +
      'dawn ember falcon garnet horizon ivory jasper kestrel lotus maple nectar orchid pearl quartz raven sage ' +
      'tide umber violet wren yonder zephyr anchor birch coral dune eagle fern grove heron'
    ).split(' ');
    // A seeded linear congruential generator: the same 10,000 names on every run.
    let seed = 42;
    const next = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % n;
    };
    const actors: DuplicateActor[] = [];
    for (let i = 0; i < 10_000; i++) {
      const name = `${words[next(words.length)]} ${words[next(words.length)]} ${words[next(words.length)]} ${words[next(words.length)]}`;
      actors.push(actor(`n${i}`, name, { country: countries[next(countries.length)]! }));
    }
    const planted: Array<[string, string]> = [];
    for (const i of [17, 4_242, 9_999]) {
      const original = actors[i]!;
      const variant = `${original.name.replace(/e/, 'é').toUpperCase()} Ltd.`;
      actors.push(actor(`dup${i}`, variant, { country: original.country }));
      planted.push([original.id, `dup${i}`]);
    }
    actors.push(actor('wd1', 'Some Other Name', { country: 'IT', identifiers: ['WIKIDATA:Q777'] }));
    actors.push(actor('wd2', 'Unrelated Label', { country: 'SN', identifiers: ['WIKIDATA:Q777'] }));
    planted.push(['wd1', 'wd2']);
    const stats = { comparisons: 0 };
    const pairs = duplicateCandidates(actors, stats);
    const found = new Set(pairs.map((pair) => `${pair.aId}|${pair.bId}`));
    for (const [x, y] of planted) expect(found.has(x < y ? `${x}|${y}` : `${y}|${x}`)).toBe(true);
    // All pairs would be 50 million comparisons; the blocks make it a small fraction.
    expect(stats.comparisons).toBeGreaterThan(0);
    expect(stats.comparisons).toBeLessThan((actors.length * actors.length) / 2 / 50);
  });
});

describe('mergedActorPatch', () => {
  const base = {
    aliases: [] as string[],
    aliasLanguages: [] as string[],
    formerNames: [] as string[],
    identifiers: [] as string[],
    themes: [] as string[],
    originCountries: [] as string[],
    country: null,
    city: null,
    description: null,
    website: null,
    founded: null,
  };

  it('turns the merged names into aliases, unites identifiers and fills what the kept actor lacks', () => {
    const patch = mergedActorPatch(
      {
        ...base,
        name: 'Greek Council for Refugees',
        aliases: ['GCR'],
        aliasLanguages: ['en'],
        identifiers: ['WIKIDATA:Q1'],
        country: 'GR',
      },
      {
        ...base,
        name: 'Ελληνικό Συμβούλιο για τους Πρόσφυγες',
        aliases: ['GCR', 'ΕΣΠ'],
        aliasLanguages: ['', 'el'],
        identifiers: ['WIKIDATA:Q1', 'CHARITY_NUMBER:12345'],
        country: 'SN',
        city: 'Athens',
      },
    );
    expect(patch).toEqual({
      aliases: ['GCR', 'Ελληνικό Συμβούλιο για τους Πρόσφυγες', 'ΕΣΠ'],
      aliasLanguages: ['en', '', 'el'],
      identifiers: ['WIKIDATA:Q1', 'CHARITY_NUMBER:12345'],
      city: 'Athens',
    });
  });
});
