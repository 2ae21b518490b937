import type {
  BrokersAnswer,
  FundingAnswer,
  GapsAnswer,
  LinkAnswer,
  SilosAnswer,
} from '../../../web/src/features/lenses/lens-answers';
import { brokerRows, rolesPlayed } from '../../../web/src/features/lenses/lists/broker-rows';
import { funderRows, recipientRows } from '../../../web/src/features/lenses/lists/funding-rows';
import { gapRows } from '../../../web/src/features/lenses/lists/gap-rows';
import { formatEi, joinWords, lensWords } from '../../../web/src/features/lenses/lists/lens-words';
import { linkReasons } from '../../../web/src/features/lenses/lists/link-reasons';
import { linkRows } from '../../../web/src/features/lenses/lists/link-rows';
import { siloRows } from '../../../web/src/features/lenses/lists/silo-rows';
import { gapsDecoration } from '../../../web/src/features/lenses/decorations/gaps-decoration';
import type { MapActor } from '../../../web/src/lib/domain';

const actor = (id: string, name: string, tier: string, country: string | null): MapActor =>
  ({ id, name, kind: 'NGO', tier, sector: 'CIVIL_SOCIETY', country, themes: [] }) as unknown as MapActor;

const words = lensWords(
  [
    actor('a1', 'Athens Solidarity', 'LOCAL', 'GR'),
    actor('a2', 'Ministry of Migration', 'NATIONAL', 'GR'),
    actor('a3', 'City of Athens', 'LOCAL', 'GR'),
    actor('a4', 'Diaspora Forum', 'NATIONAL', 'FR'),
    actor('a5', 'Banque Solidaire', 'LOCAL', 'SN'),
  ],
  [
    { id: 'reception', label: 'Reception' },
    { id: 'labour_migration', label: 'Labour migration' },
  ],
);

const link = (overrides: Partial<LinkAnswer>): LinkAnswer => ({
  sourceId: 'a1',
  targetId: 'a2',
  score: 0.5,
  sharedThemes: [],
  sameCountry: false,
  commonPartnerIds: [],
  corridors: [],
  fillsGaps: [],
  bridgesCommunities: false,
  ...overrides,
});

describe('lensWords', () => {
  it('names actors, labels themes and countries, and never falls back to an id', () => {
    expect(words.actorName('a2')).toBe('Ministry of Migration');
    expect(words.actorName('zz-unknown')).toBe('an actor not on the map');
    expect(words.themeLabel('labour_migration')).toBe('Labour migration');
    expect(words.themeLabel('search_and_rescue')).toBe('search and rescue');
    expect(words.countryName('GR')).toBe('Greece (GR)');
  });

  it('joins words and writes E–I with its sign', () => {
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatEi(-0.5)).toBe('E–I −0.50');
    expect(formatEi(0.25)).toBe('E–I +0.25');
    expect(formatEi(null)).toBe('E–I n/a');
  });
});

describe('linkReasons', () => {
  it('writes shared themes by label with the common country by name', () => {
    expect(linkReasons(link({ sharedThemes: ['reception', 'labour_migration'], sameCountry: true }), words)).toEqual([
      'Both work on Reception and Labour migration in Greece (GR).',
    ]);
  });

  it('names up to five common partners and counts the rest', () => {
    const partners = ['a3', 'a4', 'a5', 'a3', 'a4', 'a5', 'a3'];
    const [reason] = linkReasons(link({ commonPartnerIds: partners }), words);
    expect(reason).toBe(
      '7 common partners: City of Athens, Diaspora Forum, Banque Solidaire, City of Athens, Diaspora Forum and 2 more.',
    );
  });

  it('words a corridor from the diaspora side, and one sentence per pair of tiers for the gaps it fills', () => {
    const reasons = linkReasons(
      link({
        sourceId: 'a4',
        targetId: 'a5',
        corridors: [{ diasporaActorId: 'a4', country: 'SN' }],
        fillsGaps: [
          {
            theme: 'reception',
            lowerTier: 'LOCAL' as never,
            upperTier: 'NATIONAL' as never,
            systemKind: 'NATIONAL' as never,
            countries: ['SN'],
          },
          {
            theme: 'labour_migration',
            lowerTier: 'LOCAL' as never,
            upperTier: 'NATIONAL' as never,
            systemKind: 'NATIONAL' as never,
            countries: ['SN'],
          },
          {
            theme: 'reception',
            lowerTier: 'LOCAL' as never,
            upperTier: 'NATIONAL' as never,
            systemKind: 'POOLED' as never,
            countries: ['GR', 'SN'],
          },
        ],
        bridgesCommunities: true,
      }),
      words,
    );
    expect(reasons).toEqual([
      'Diaspora Forum has origins in Senegal (SN), where Banque Solidaire is based.',
      'Would link the local and national tiers on Reception and Labour migration in Senegal (SN).',
      'Would link the local and national tiers on Reception across borders.',
      'Would bridge two different communities.',
    ]);
  });

  it('says only where both are based when they share no theme', () => {
    expect(linkReasons(link({ sameCountry: true }), words)).toEqual(['Both are based in Greece (GR).']);
  });
});

describe('linkRows', () => {
  it('keeps the API order and names the pair, with the id of its dashed edge', () => {
    const rows = linkRows([link({ score: 0.9 }), link({ sourceId: 'a3', targetId: 'a4', score: 0.4 })], words);
    expect(rows.map((row) => [row.id, row.title, row.score])).toEqual([
      ['suggest-a1-a2', 'Athens Solidarity — Ministry of Migration', 0.9],
      ['suggest-a3-a4', 'City of Athens — Diaspora Forum', 0.4],
    ]);
  });
});

const gaps = {
  theme: 'reception',
  gapCount: 1,
  tiersPresent: [
    { tier: 'LOCAL', actorIds: ['a1', 'a3'] },
    { tier: 'NATIONAL', actorIds: ['a2'] },
  ],
  pairs: [
    {
      lowerTier: 'LOCAL',
      upperTier: 'REGIONAL',
      systemKind: 'NATIONAL',
      countries: ['GR'],
      isGap: false,
      lowerActorIds: ['a1'],
      upperActorIds: [],
      suggestedLinks: [],
    },
    {
      lowerTier: 'LOCAL',
      upperTier: 'NATIONAL',
      systemKind: 'NATIONAL',
      countries: ['GR'],
      isGap: true,
      lowerActorIds: ['a1', 'a3'],
      upperActorIds: ['a2'],
      suggestedLinks: [link({ sourceId: 'a3', score: 0.7, sharedThemes: ['reception'] }), link({ score: 0.6 })],
    },
  ],
} as unknown as GapsAnswer;

describe('gapRows', () => {
  it('lists only the gaps, with both sides by name (alphabetical) and the connectors in score order', () => {
    const [row, ...rest] = gapRows(gaps, words);
    expect(rest).toEqual([]);
    expect(row!.id).toBe('ghost-GR-LOCAL-NATIONAL');
    expect(row!.title).toBe('Local ↔ National in Greece (GR)');
    expect(row!.summary).toBe(
      'No cooperative tie on Reception in Greece (GR) between the 2 local actors and the 1 national actor working on it.',
    );
    expect(row!.lower.actors.map((a) => a.name)).toEqual(['Athens Solidarity', 'City of Athens']);
    expect(row!.upper.actors.map((a) => a.name)).toEqual(['Ministry of Migration']);
    expect(row!.connectors.map((c) => c.title)).toEqual([
      'City of Athens — Ministry of Migration',
      'Athens Solidarity — Ministry of Migration',
    ]);
  });

  it('gives the map the same words: the gap marker and the suggested links carry the rows’ sentences', () => {
    const decoration = gapsDecoration(gaps, words);
    const ghost = decoration.extraEdges!.find((edge) => edge.kind === 'ghost')!;
    expect(ghost.id).toBe('ghost-GR-LOCAL-NATIONAL');
    expect(ghost.reasons![0]).toBe(gapRows(gaps, words)[0]!.summary);
    const suggestion = decoration.extraEdges!.find((edge) => edge.id === 'suggest-a3-a2')!;
    expect(suggestion.reasons).toEqual(['Both work on Reception.']);
  });
});

describe('brokerRows', () => {
  const brokers = {
    method: 'EXACT',
    exactPending: false,
    weighted: false,
    rankedBy: 'BETWEENNESS',
    actorCount: 3,
    actors: [
      {
        actorId: 'a2',
        rank: 1,
        betweenness: 0.41234,
        degree: 4,
        pageRank: 0.4,
        coreNumber: 2,
        constraint: 0.25,
        effectiveSize: 3.5,
        roles: { coordinator: 1, itinerant: 0, gatekeeper: 4, representative: 4, liaison: 0, total: 9 },
      },
      {
        actorId: 'a1',
        rank: 2,
        betweenness: 0.1,
        degree: 2,
        pageRank: 0.25,
        coreNumber: 1,
        constraint: null,
        effectiveSize: null,
        roles: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0, total: 0 },
      },
      {
        actorId: 'a3',
        rank: 3,
        betweenness: 0,
        degree: 1,
        pageRank: 0.35,
        coreNumber: 1,
        constraint: 1,
        effectiveSize: 1,
        roles: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0, total: 0 },
      },
    ],
  } as unknown as BrokersAnswer;

  it('keeps the API rank and figures, and leaves out actors that broker nothing', () => {
    const rows = brokerRows(brokers, words);
    expect(rows.map((row) => [row.rank, row.name, row.betweenness, row.constraint, row.effectiveSize])).toEqual([
      [1, 'Ministry of Migration', '0.412', '0.25', '3.5'],
      [2, 'Athens Solidarity', '0.100', 'n/a', 'n/a'],
    ]);
  });

  it('shows the measure the list is ranked by, and keeps an actor that scores on it though it brokers nothing', () => {
    expect(brokerRows(brokers, words).every((row) => row.rankedBy === null)).toBe(true);
    const byPageRank = brokerRows({ ...brokers, rankedBy: 'PAGE_RANK' }, words);
    expect(byPageRank.map((row) => [row.name, row.rankedBy])).toEqual([
      ['Ministry of Migration', { label: 'PageRank', value: '0.400' }],
      ['Athens Solidarity', { label: 'PageRank', value: '0.250' }],
      [expect.any(String), { label: 'PageRank', value: '0.350' }],
    ]);
    expect(brokerRows({ ...brokers, rankedBy: 'DEGREE' }, words)[0]?.rankedBy).toEqual({ label: 'Degree', value: '4' });
  });

  it('lists the roles played, most first, ties in the usual order', () => {
    expect(rolesPlayed(brokers.actors[0]!.roles)).toEqual([
      { role: 'gatekeeper', count: 4 },
      { role: 'representative', count: 4 },
      { role: 'coordinator', count: 1 },
    ]);
    expect(rolesPlayed(brokers.actors[1]!.roles)).toEqual([]);
  });
});

describe('siloRows', () => {
  const silos = {
    componentCount: 2,
    modularity: 0.4,
    communities: [
      {
        index: 0,
        size: 3,
        actorIds: ['a1', 'a2', 'a3'],
        dominantTier: { value: 'LOCAL', share: 2 / 3 },
        dominantSector: { value: 'CIVIL_SOCIETY', share: 1 },
        dominantCountry: { value: 'GR', share: 1 },
        eiIndex: -0.6,
      },
      {
        index: 1,
        size: 1,
        actorIds: ['a5'],
        dominantTier: { value: 'LOCAL', share: 1 },
        dominantSector: { value: 'CIVIL_SOCIETY', share: 1 },
        dominantCountry: null,
        eiIndex: null,
      },
      {
        index: 2,
        size: 2,
        actorIds: ['a4', 'a5'],
        dominantTier: { value: 'NATIONAL', share: 0.5 },
        dominantSector: { value: 'CIVIL_SOCIETY', share: 1 },
        dominantCountry: null,
        eiIndex: 0.2,
      },
    ],
    tiers: [],
    sectors: [],
  } as unknown as SilosAnswer;

  it('numbers communities as the map does, leaves out those of one actor, and flags closed ones', () => {
    const rows = siloRows(silos, words);
    expect(rows.map((row) => [row.title, row.size, row.ei, row.closed])).toEqual([
      ['Community 1', 3, 'E–I −0.60', true],
      ['Community 3', 2, 'E–I +0.20', false],
    ]);
    expect(rows[0]!.mostly).toBe('Mostly Local 67%, Civil society 100%, Greece (GR) 100%');
    expect(rows[1]!.mostly).toBe('Mostly National 50%, Civil society 100%');
  });
});

describe('recipientRows and funderRows', () => {
  const recipient = (
    id: string,
    dependent: boolean,
    top: number,
    hhi: number,
    funders: [string, number | null][],
  ): FundingAnswer['recipients'][number] =>
    ({
      recipientId: id,
      shareBasis: funders.every(([, amount]) => amount !== null) ? 'AMOUNT' : 'COUNT',
      currency: funders.every(([, amount]) => amount !== null) ? 'EUR' : null,
      totalAmount: funders.every(([, amount]) => amount !== null)
        ? funders.reduce((sum, [, amount]) => sum + amount!, 0)
        : null,
      hhi,
      topFunderId: funders[0]![0],
      topFunderShare: top,
      governmentShare: 0,
      dependent,
      funders: funders.map(([funderId, amount]) => ({ funderId, amount, share: 0, relationIds: [] })),
    }) as unknown as FundingAnswer['recipients'][number];
  const funding = {
    dependenceThreshold: 0.5,
    recipients: [
      recipient('a3', false, 0.4, 0.34, [
        ['a4', null],
        ['a2', null],
        ['a5', null],
      ]),
      recipient('a1', true, 0.6, 0.52, [
        ['a2', 60000],
        ['a4', 40000],
      ]),
      recipient('a5', true, 1, 1, [['a2', 10000]]),
      recipient('a4', false, 0.4, 0.34, [
        ['a2', null],
        ['a5', null],
        ['a1', null],
      ]),
    ],
  } as unknown as FundingAnswer;

  it('puts dependent recipients first, then the most concentrated, then by name', () => {
    const rows = recipientRows(funding, words);
    expect(rows.map((row) => [row.name, row.dependent, row.topShare])).toEqual([
      ['Banque Solidaire', true, '100%'],
      ['Athens Solidarity', true, '60%'],
      ['City of Athens', false, '40%'],
      ['Diaspora Forum', false, '40%'],
    ]);
    expect(rows[1]!.topFunder).toBe('Ministry of Migration');
    expect(rows[1]!.received).toBe('€100K from 2 funders');
    expect(rows[2]!.received).toBe('3 funders, amounts unknown');
  });

  it('ranks funders by recipients and sums the known amounts per currency', () => {
    const rows = funderRows(funding, words);
    expect(rows.map((row) => [row.name, row.recipients, row.granted])).toEqual([
      ['Ministry of Migration', 4, '€70K'],
      ['Banque Solidaire', 2, 'amounts unknown'],
      ['Diaspora Forum', 2, '€40K'],
      ['Athens Solidarity', 1, 'amounts unknown'],
    ]);
  });
});
