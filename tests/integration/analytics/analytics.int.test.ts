import { buildAnalyticsFixture, type AnalyticsFixture } from './analytics-fixture';

interface Answer<T> {
  data?: { analytics: T } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function dataOf<T>(answer: Answer<T>): T {
  if (answer.errors?.length || !answer.data) throw new Error(`unexpected errors: ${JSON.stringify(answer.errors)}`);
  return answer.data.analytics;
}

function errorOf(answer: Answer<unknown>): { code: unknown; field: unknown } {
  const error = answer.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(answer.data)}`);
  return { code: error.extensions?.code, field: error.extensions?.field };
}

describe('analytics on a hand-built workspace (see analytics-fixture.ts for the expected answers)', () => {
  let fx: AnalyticsFixture;
  const keys = (ids: readonly string[]): string[] => ids.map((id) => fx.keyOf(id)).sort();

  beforeAll(async () => {
    fx = await buildAnalyticsFixture('analytics');
  });
  afterAll(() => fx.close());

  describe('the graph analysed', () => {
    it('counts every live actor and relation for an editor, and none of the hidden ones for an anonymous visitor', async () => {
      const selection = 'workspaceId revision asOf actorCount relationCount';
      const editor = dataOf(await fx.analytics<Record<string, unknown>>(selection));
      const anonymous = dataOf(await fx.analytics<Record<string, unknown>>(selection, { anonymous: true }));
      expect(editor).toMatchObject({ workspaceId: fx.workspace.id, asOf: null, actorCount: 9, relationCount: 14 });
      expect(anonymous).toMatchObject({ actorCount: 8, relationCount: 11 });
      expect(typeof editor.revision).toBe('string');
    });

    it('accepts the workspace slug as well as its id', async () => {
      const answer = dataOf(
        await fx.analytics<{ workspaceId: string }>('workspaceId', { workspace: fx.workspace.slug }),
      );
      expect(answer.workspaceId).toBe(fx.workspace.id);
    });

    it('applies the as-of date and the filter in memory, keeping actors when only relations are filtered', async () => {
      const count = async (options: Parameters<AnalyticsFixture['analytics']>[1]) =>
        dataOf(await fx.analytics<{ actorCount: number; relationCount: number }>('actorCount relationCount', options));
      // R4 (2015–2019), R10 (since 2021) and R15 (until 2010) are not active on 2020-01-01.
      expect(await count({ asOf: '2020-01-01' })).toEqual({ actorCount: 9, relationCount: 11 });
      expect(await count({ filter: { minConfidence: 0.5 } })).toEqual({ actorCount: 9, relationCount: 13 });
      expect(await count({ filter: { types: ['FUNDS'] } })).toEqual({ actorCount: 9, relationCount: 4 });
      expect(await count({ filter: { types: ['FUNDS'] }, anonymous: true })).toEqual({
        actorCount: 8,
        relationCount: 3,
      });
      // DE: the diaspora union's five relations, and the four actors they touch.
      expect(await count({ filter: { countries: ['DE'] } })).toEqual({ actorCount: 4, relationCount: 5 });
      expect(await count({ filter: { modes: ['CONFRONTATION'] } })).toEqual({ actorCount: 9, relationCount: 1 });
    });
  });

  describe('tierMatrix', () => {
    const selection =
      'tierMatrix { tiers { from to count density tiedPairs possiblePairs byType { type count } } sectors { from to count } }';
    type Cell = {
      from: string;
      to: string;
      count: number;
      density: number | null;
      tiedPairs: number;
      possiblePairs: number;
      byType: Array<{ type: string; count: number }>;
    };
    const cell = (cells: Cell[], from: string, to: string) => cells.find((c) => c.from === from && c.to === to) as Cell;

    it('counts relations from local to national actors, undirected ones both ways', async () => {
      const { tierMatrix } = dataOf(await fx.analytics<{ tierMatrix: { tiers: Cell[]; sectors: Cell[] } }>(selection));
      expect(tierMatrix.tiers).toHaveLength(25);
      expect(tierMatrix.sectors).toHaveLength(36);
      const localNational = cell(tierMatrix.tiers, 'LOCAL', 'NATIONAL');
      // R10 (A1→A3), R9 (A7→A3) and R5 (A5–A3, undirected); 4 local × 2 national actors, 3 tied pairs.
      expect(localNational).toMatchObject({ count: 3, tiedPairs: 3, possiblePairs: 8, density: 0.375 });
      expect(localNational.byType).toEqual(
        expect.arrayContaining([
          { type: 'CONSULTS', count: 1 },
          { type: 'PARTNERS_WITH', count: 1 },
          { type: 'CHALLENGES', count: 1 },
        ]),
      );
      expect(cell(tierMatrix.tiers, 'NATIONAL', 'LOCAL').count).toBe(5);
    });

    it('leaves the hidden shelter out of counts and of the pair totals', async () => {
      const { tierMatrix } = dataOf(
        await fx.analytics<{ tierMatrix: { tiers: Cell[] } }>(selection, { anonymous: true }),
      );
      expect(cell(tierMatrix.tiers, 'LOCAL', 'NATIONAL')).toMatchObject({ count: 2, tiedPairs: 2, possiblePairs: 6 });
      expect(cell(tierMatrix.tiers, 'NATIONAL', 'LOCAL').count).toBe(3);
    });
  });

  describe('silos', () => {
    const selection = `silos {
      componentCount modularity
      components { size actorIds actors { name } }
      communities { size actorIds dominantTier { value share } eiIndex }
      tiers { group size internalTies externalTies eiIndex }
    }`;
    type SilosAnswer = {
      silos: {
        componentCount: number;
        modularity: number;
        components: Array<{ size: number; actorIds: string[]; actors: Array<{ name: string }> }>;
        communities: Array<{ size: number; actorIds: string[] }>;
        tiers: Array<{
          group: string;
          size: number;
          internalTies: number;
          externalTies: number;
          eiIndex: number | null;
        }>;
      };
    };

    it('finds the connected ecosystem and the isolated forum, with Louvain communities covering everyone', async () => {
      const { silos } = dataOf(await fx.analytics<SilosAnswer>(selection));
      expect(silos.componentCount).toBe(2);
      expect(silos.components.map((c) => c.size)).toEqual([8, 1]);
      expect(silos.components[1]?.actors).toEqual([{ name: 'Lonely Forum' }]);
      expect(silos.communities.reduce((sum, c) => sum + c.size, 0)).toBe(9);
      expect(silos.modularity).toBeGreaterThan(0);
      // LOCAL: I = 2 (A1–A2, A1–A7), E = 7 → (7 − 2)/9.
      expect(silos.tiers.find((t) => t.group === 'LOCAL')).toMatchObject({ size: 4, internalTies: 2, externalTies: 7 });
      expect(silos.tiers.find((t) => t.group === 'LOCAL')?.eiIndex).toBeCloseTo(5 / 9, 10);
    });

    it('computes components and E–I without the hidden actor and the hidden relation', async () => {
      const { silos } = dataOf(await fx.analytics<SilosAnswer>(selection, { anonymous: true }));
      expect(silos.components.map((c) => c.size)).toEqual([7, 1]);
      expect(silos.communities.flatMap((c) => c.actorIds)).not.toContain(fx.actor.A5);
      expect(silos.tiers.find((t) => t.group === 'LOCAL')).toMatchObject({ size: 3, internalTies: 2, externalTies: 4 });
    });

    it('lists only one actor’s community when asked, still counting them all', async () => {
      type OneCommunity = {
        silos: { communityCount: number; communities: Array<{ index: number; actorIds: string[] }> };
      };
      const all = dataOf(await fx.analytics<OneCommunity>('silos { communityCount communities { index actorIds } }'));
      const own = all.silos.communities.find((c) => c.actorIds.includes(fx.actor.A2));
      const one = dataOf(
        await fx.analytics<OneCommunity>(
          `silos(communityOf: "${fx.actor.A2}") { communityCount communities { index actorIds } }`,
        ),
      );
      expect(all.silos.communityCount).toBe(all.silos.communities.length);
      expect(one.silos.communityCount).toBe(all.silos.communities.length);
      expect(one.silos.communities).toEqual([own]);
      // The hidden shelter is in no community an anonymous visitor sees; an unknown id in none at all.
      const hidden = dataOf(
        await fx.analytics<OneCommunity>(
          `silos(communityOf: "${fx.actor.A5}") { communityCount communities { index } }`,
          {
            anonymous: true,
          },
        ),
      );
      expect(hidden.silos.communities).toEqual([]);
      expect(hidden.silos.communityCount).toBeGreaterThan(0);
    });
  });

  describe('gaps', () => {
    const selection = `gaps(theme: "reception") {
      theme gapCount
      tiersPresent { tier actorIds }
      pairs { lowerTier upperTier rule isGap relationIds lowerActors { name } suggestedLinks { sourceId targetId reasons source { name } target { name } } }
    }`;
    type Pair = {
      lowerTier: string;
      upperTier: string;
      rule: string;
      isGap: boolean;
      relationIds: string[];
      lowerActors: Array<{ name: string }>;
      suggestedLinks: Array<{ sourceId: string; targetId: string; reasons: string[] }>;
    };
    type GapsAnswer = {
      gaps: {
        theme: string;
        gapCount: number;
        tiersPresent: Array<{ tier: string; actorIds: string[] }>;
        pairs: Pair[];
      };
    };

    it('checks local–national directly when no regional actor works on the theme, and finds it tied through the shelter', async () => {
      const { gaps } = dataOf(await fx.analytics<GapsAnswer>(selection));
      expect(gaps.tiersPresent.map((t) => t.tier)).toEqual(['LOCAL', 'NATIONAL', 'SUPRANATIONAL', 'GLOBAL']);
      expect(gaps.pairs.map((p) => [p.lowerTier, p.upperTier, p.rule, p.isGap])).toEqual([
        ['LOCAL', 'NATIONAL', 'LOCAL_NATIONAL', false],
        ['NATIONAL', 'SUPRANATIONAL', 'ADJACENT', false],
        ['SUPRANATIONAL', 'GLOBAL', 'ADJACENT', false],
      ]);
      expect(keys(gaps.pairs[0]?.relationIds ?? [])).toEqual(['R5']);
      // R15 has no themes of its own but both ends work on reception.
      expect(keys(gaps.pairs[1]?.relationIds ?? [])).toEqual(['R15', 'R3']);
      expect(gaps.gapCount).toBe(0);
    });

    it('shows the local–national gap to an anonymous visitor, with a suggestion that closes it', async () => {
      const { gaps } = dataOf(await fx.analytics<GapsAnswer>(selection, { anonymous: true }));
      expect(gaps.gapCount).toBe(1);
      const gap = gaps.pairs[0] as Pair;
      expect(gap).toMatchObject({ lowerTier: 'LOCAL', upperTier: 'NATIONAL', isGap: true, relationIds: [] });
      expect(gap.lowerActors.map((a) => a.name).sort()).toEqual(['Athens Municipality', 'Greek Refugee NGO']);
      expect(gap.suggestedLinks).toHaveLength(1);
      expect(keys([gap.suggestedLinks[0]?.sourceId ?? '', gap.suggestedLinks[0]?.targetId ?? ''])).toEqual([
        'A2',
        'A3',
      ]);
      expect(gap.suggestedLinks[0]?.reasons).toEqual(
        expect.arrayContaining([
          'both work on reception in Greece',
          'would link the local and national tiers on reception in Greece',
        ]),
      );
    });

    it('opens the supranational–global gap once the EU–UNHCR partnership has ended', async () => {
      const { gaps } = dataOf(await fx.analytics<GapsAnswer>(selection, { asOf: '2020-01-01' }));
      expect(gaps.pairs.filter((p) => p.isGap).map((p) => [p.lowerTier, p.upperTier])).toEqual([
        ['SUPRANATIONAL', 'GLOBAL'],
      ]);
    });

    it('refuses a theme the workspace does not have', async () => {
      const answer = await fx.analytics('gaps(theme: "no-such-theme") { theme }');
      expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'theme' });
    });
  });

  describe('coverage', () => {
    type Cell = {
      theme: string;
      tier: string;
      country: string | null;
      actorCount: number;
      tiesUpward: number;
      tiesDownward: number;
      fundingReceived: { amounts: Array<{ currency: string; amount: number }>; relationCount: number };
      actors: Array<{ name: string }>;
    };
    const selection = (byCountry: boolean) =>
      `coverage(byCountry: ${byCountry}) { byCountry cells { theme tier country actorCount tiesUpward tiesDownward fundingReceived { amounts { currency amount } relationCount } actors { name } } }`;
    const find = (cells: Cell[], theme: string, tier: string, country: string | null = null) =>
      cells.find((c) => c.theme === theme && c.tier === tier && c.country === country) as Cell;

    it('counts local reception actors, their upward ties and the funding they receive', async () => {
      const { coverage } = dataOf(
        await fx.analytics<{ coverage: { byCountry: boolean; cells: Cell[] } }>(selection(false)),
      );
      expect(coverage.byCountry).toBe(false);
      // R5 (shelter–ministry) and R13 (municipality–UNHCR, unthemed, both on reception) go upward.
      expect(find(coverage.cells, 'reception', 'LOCAL')).toMatchObject({
        actorCount: 3,
        tiesUpward: 2,
        tiesDownward: 0,
        fundingReceived: { amounts: [{ currency: 'EUR', amount: 1500 }], relationCount: 2 },
      });
      expect(find(coverage.cells, 'reception', 'NATIONAL')).toMatchObject({ tiesUpward: 2, tiesDownward: 1 });
    });

    it('hides the shelter and the restricted tie from anonymous coverage, and splits cells by country on request', async () => {
      const anonymous = dataOf(
        await fx.analytics<{ coverage: { cells: Cell[] } }>(selection(false), { anonymous: true }),
      );
      expect(find(anonymous.coverage.cells, 'reception', 'LOCAL')).toMatchObject({
        actorCount: 2,
        tiesUpward: 0,
        fundingReceived: { amounts: [{ currency: 'EUR', amount: 1000 }], relationCount: 1 },
      });
      const byCountry = dataOf(await fx.analytics<{ coverage: { cells: Cell[] } }>(selection(true)));
      expect(find(byCountry.coverage.cells, 'integration-inclusion', 'LOCAL', 'DE')).toMatchObject({
        actorCount: 1,
        actors: [{ name: 'Greek Diaspora Union' }],
      });
    });
  });

  describe('deliveryWithoutVoice', () => {
    it('lists the NGO delivering for the municipality, but not the diaspora union that advocates to it', async () => {
      const { deliveryWithoutVoice } = dataOf(
        await fx.analytics<{
          deliveryWithoutVoice: Array<{
            civilSocietyActorId: string;
            governmentActorId: string;
            deliveryRelationIds: string[];
            contractRelationIds: string[];
            civilSocietyActor: { name: string };
            governmentActor: { name: string };
          }>;
        }>(
          'deliveryWithoutVoice { civilSocietyActorId governmentActorId deliveryRelationIds contractRelationIds civilSocietyActor { name } governmentActor { name } }',
        ),
      );
      expect(deliveryWithoutVoice).toEqual([
        {
          civilSocietyActorId: fx.actor.A2,
          governmentActorId: fx.actor.A1,
          deliveryRelationIds: [fx.relation.R1],
          contractRelationIds: [],
          civilSocietyActor: { name: 'Greek Refugee NGO' },
          governmentActor: { name: 'Athens Municipality' },
        },
      ]);
    });
  });

  describe('funding', () => {
    const selection = (
      threshold?: number,
    ) => `funding${threshold === undefined ? '' : `(dependenceThreshold: ${threshold})`} {
      dependenceThreshold dependentCount
      recipients { recipientId shareBasis currency totalAmount hhi topFunderId topFunderShare governmentShare dependent recipient { name } funders { funderId share amount funder { name } } }
      funders { funderId recipientIds relationCount byTheme { theme relationCount } byTier { tier relationCount } }
      unfundedCells { theme tier actorIds }
      coFunding { funderAId funderBId sharedRecipientIds sharedRecipients { name } }
    }`;
    type Recipient = {
      recipientId: string;
      shareBasis: string;
      hhi: number;
      topFunderId: string;
      topFunderShare: number;
      governmentShare: number;
      dependent: boolean;
      totalAmount: number | null;
      funders: Array<{ funderId: string; share: number; amount: number | null; funder: { name: string } }>;
    };
    type FundingAnswer = {
      funding: {
        dependenceThreshold: number;
        dependentCount: number;
        recipients: Recipient[];
        funders: Array<{ funderId: string; recipientIds: string[]; relationCount: number }>;
        unfundedCells: Array<{ theme: string; tier: string; actorIds: string[] }>;
        coFunding: Array<{
          funderAId: string;
          funderBId: string;
          sharedRecipientIds: string[];
          sharedRecipients: Array<{ name: string }>;
        }>;
      };
    };

    it('computes shares, HHI, top-funder and government shares from amounts', async () => {
      const { funding } = dataOf(await fx.analytics<FundingAnswer>(selection()));
      expect(funding.dependenceThreshold).toBe(0.5);
      const union = funding.recipients.find((r) => r.recipientId === fx.actor.A7) as Recipient;
      // 3000 EUR from the foundation and 1000 EUR from the ministry: shares 0.75 and 0.25.
      expect(union).toMatchObject({
        shareBasis: 'AMOUNT',
        totalAmount: 4000,
        topFunderId: fx.actor.A6,
        dependent: true,
      });
      expect(union.hhi).toBeCloseTo(0.625, 12);
      expect(union.topFunderShare).toBeCloseTo(0.75, 12);
      expect(union.governmentShare).toBeCloseTo(0.25, 12);
      expect(union.funders.map((f) => [f.funder.name, f.amount])).toEqual([
        ['Hellenic Foundation', 3000],
        ['Ministry of Migration', 1000],
      ]);
      expect(keys(funding.recipients.map((r) => r.recipientId))).toEqual(['A2', 'A5', 'A7']);
      expect(funding.dependentCount).toBe(3);
      expect(keys(funding.funders.find((f) => f.funderId === fx.actor.A6)?.recipientIds ?? [])).toEqual([
        'A2',
        'A5',
        'A7',
      ]);
      expect(funding.coFunding).toHaveLength(1);
      expect(keys([funding.coFunding[0]?.funderAId ?? '', funding.coFunding[0]?.funderBId ?? ''])).toEqual([
        'A3',
        'A6',
      ]);
      expect(funding.coFunding[0]?.sharedRecipients).toEqual([{ name: 'Greek Diaspora Union' }]);
      expect(funding.unfundedCells).toEqual(
        expect.arrayContaining([{ theme: 'protection', tier: 'GLOBAL', actorIds: [fx.actor.A4, fx.actor.A9].sort() }]),
      );
    });

    it('moves the dependence flag with the threshold and leaves hidden recipients out', async () => {
      const editor = dataOf(await fx.analytics<FundingAnswer>(selection(0.8)));
      expect(editor.funding.dependentCount).toBe(2);
      const anonymous = dataOf(await fx.analytics<FundingAnswer>(selection(0.8), { anonymous: true }));
      expect(keys(anonymous.funding.recipients.map((r) => r.recipientId))).toEqual(['A2', 'A7']);
      expect(anonymous.funding.dependentCount).toBe(1);
      expect(keys(anonymous.funding.funders.find((f) => f.funderId === fx.actor.A6)?.recipientIds ?? [])).toEqual([
        'A2',
        'A7',
      ]);
    });

    it('refuses a threshold outside 0–1', async () => {
      expect(errorOf(await fx.analytics(selection(1.5)))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'dependenceThreshold',
      });
    });
  });

  describe('brokers', () => {
    const selection = (top: number) => `brokers(top: ${top}) {
      method sampled pivots errorBound errorConfidence actorCount
      actors { actorId degree betweenness betweennessStandardError constraint effectiveSize roles { tier total } actor { name } }
    }`;
    type BrokersAnswer = {
      brokers: {
        method: string;
        sampled: boolean;
        pivots: number | null;
        errorBound: number | null;
        errorConfidence: number | null;
        actorCount: number;
        actors: Array<{
          actorId: string;
          degree: number;
          betweenness: number;
          betweennessStandardError: number | null;
          constraint: number | null;
          effectiveSize: number | null;
          roles: { tier: string; total: number };
          actor: { name: string };
        }>;
      };
    };

    it('ranks the municipality and the ministry first, with exact betweenness as networkx computes it', async () => {
      const { brokers } = dataOf(await fx.analytics<BrokersAnswer>(selection(3)));
      expect(brokers).toMatchObject({ method: 'EXACT', sampled: false, pivots: null, errorBound: null, actorCount: 9 });
      expect(brokers.actors).toHaveLength(3);
      expect(keys(brokers.actors.slice(0, 2).map((a) => a.actorId))).toEqual(['A1', 'A3']);
      // networkx.betweenness_centrality(normalized=True) on the cooperative graph gives 0.232142857… for both.
      expect(brokers.actors[0]?.betweenness).toBeCloseTo(0.23214285714285712, 12);
      const ministry = brokers.actors.find((a) => a.actorId === fx.actor.A3);
      expect(ministry).toMatchObject({
        degree: 4,
        betweennessStandardError: null,
        effectiveSize: 3.5,
        actor: { name: 'Ministry of Migration' },
      });
      expect(ministry?.constraint).toBeCloseTo(0.3337673611111111, 12);
      expect(ministry?.roles.total).toBeGreaterThan(0);
    });

    it('recomputes for an anonymous visitor, for whom the ministry alone holds the network together', async () => {
      const { brokers } = dataOf(await fx.analytics<BrokersAnswer>(selection(500), { anonymous: true }));
      expect(brokers.actorCount).toBe(8);
      expect(brokers.actors.map((a) => a.actorId)).not.toContain(fx.actor.A5);
      expect(fx.keyOf(brokers.actors[0]?.actorId ?? '')).toBe('A3');
      expect(brokers.actors[0]?.betweenness).toBeCloseTo(0.38095238095238093, 12);
      expect(brokers.actors[0]?.constraint).toBeCloseTo(0.5061728395061729, 12);
    });

    it('refuses top outside 1–500', async () => {
      expect(errorOf(await fx.analytics(selection(0)))).toEqual({ code: 'BAD_USER_INPUT', field: 'top' });
      expect(errorOf(await fx.analytics(selection(501)))).toEqual({ code: 'BAD_USER_INPUT', field: 'top' });
    });

    it('gives one actor its row and rank, whatever its place in the ranking', async () => {
      const one = (actorId: string, anonymous = false) =>
        fx.analytics<{
          brokers: { actorCount: number; actors: Array<{ actorId: string; rank: number; degree: number }> };
        }>(
          'brokers(top: 1, actorId: $actor) { actorCount actors { actorId rank degree } }'.replace(
            '$actor',
            JSON.stringify(actorId),
          ),
          { anonymous },
        );
      const ranking = dataOf(
        await fx.analytics<{ brokers: { actors: Array<{ actorId: string }> } }>(
          'brokers(top: 500) { actors { actorId } }',
        ),
      ).brokers.actors.map((row) => row.actorId);
      const last = ranking[ranking.length - 1] as string;
      const { brokers } = dataOf(await one(last));
      expect(brokers.actorCount).toBe(ranking.length);
      expect(brokers.actors).toEqual([{ actorId: last, rank: ranking.length, degree: expect.any(Number) }]);
      expect(dataOf(await one(fx.actor.A3)).brokers.actors[0]?.rank).toBe(ranking.indexOf(fx.actor.A3) + 1);
      // Unknown, and hidden from anonymous visitors: NOT_FOUND on the argument.
      expect(errorOf(await one('no-such-actor'))).toEqual({ code: 'NOT_FOUND', field: 'actorId' });
      expect(errorOf(await one(fx.actor.A5, true))).toEqual({ code: 'NOT_FOUND', field: 'actorId' });
    });

    it('ranks by PageRank or core number when asked, as networkx computes them, with both in every row', async () => {
      type Ranked = {
        brokers: {
          rankedBy: string;
          actors: Array<{ actorId: string; rank: number; pageRank: number; coreNumber: number; degree: number }>;
        };
      };
      const ranked = async (measure: string) =>
        dataOf(
          await fx.analytics<Ranked>(
            `brokers(top: 9, rankBy: ${measure}) { rankedBy actors { actorId rank pageRank coreNumber degree } }`,
          ),
        ).brokers;
      const byPageRank = await ranked('PAGE_RANK');
      expect(byPageRank.rankedBy).toBe('PAGE_RANK');
      // networkx pagerank(alpha=0.85): A1 = A3 = 0.1713053701…, then A6 0.1337978265…, A7 0.1291190744….
      // By betweenness A6 and A7 tie; PageRank tells them apart.
      expect(keys(byPageRank.actors.slice(0, 2).map((row) => row.actorId))).toEqual(['A1', 'A3']);
      expect(byPageRank.actors.slice(2, 4).map((row) => fx.keyOf(row.actorId))).toEqual(['A6', 'A7']);
      expect(byPageRank.actors[0]?.pageRank).toBeCloseTo(0.17130537016506875, 10);
      expect(byPageRank.actors[2]?.pageRank).toBeCloseTo(0.13379782658256842, 10);
      expect(byPageRank.actors.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // networkx core_number: every tied actor is in the 2-core, the lonely forum in none.
      const byCore = await ranked('CORE_NUMBER');
      expect(byCore.actors.map((row) => row.coreNumber)).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 0]);
      expect(fx.keyOf(byCore.actors[8]?.actorId ?? '')).toBe('A9');
      const byDegree = await ranked('DEGREE');
      expect(byDegree.actors.map((row) => row.degree)).toEqual([4, 4, 3, 3, 2, 2, 2, 2, 0]);
    });

    it('refuses an unknown measure to rank by, naming it', async () => {
      const answer = await fx.analytics('brokers(rankBy: FAME) { rankedBy }');
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.message).toContain('FAME');
      expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('suggestedLinks', () => {
    type Suggestion = {
      sourceId: string;
      targetId: string;
      score: number;
      reasons: string[];
      commonPartnerIds: string[];
      commonPartners: Array<{ name: string }>;
      target: { name: string };
    };
    type SuggestionsAnswer = {
      suggestedLinks: {
        actorId: string | null;
        candidatePairs: number;
        suggestions: Suggestion[];
        weights: { adamicAdar: number };
      };
    };
    const selection = (actorId: string | null, top = 20) =>
      `suggestedLinks(${actorId ? `actorId: "${actorId}", ` : ''}top: ${top}) {
        actorId candidatePairs weights { adamicAdar }
        suggestions { sourceId targetId score reasons commonPartnerIds commonPartners { name } target { name } }
      }`;

    it('suggests the ministry and the shelter to the NGO, with reasons and the partners they rest on', async () => {
      const { suggestedLinks } = dataOf(await fx.analytics<SuggestionsAnswer>(selection(fx.actor.A2)));
      expect(suggestedLinks.actorId).toBe(fx.actor.A2);
      expect(suggestedLinks.weights.adamicAdar).toBe(0.3);
      const byTarget = new Map(suggestedLinks.suggestions.map((s) => [fx.keyOf(s.targetId), s]));
      expect(byTarget.get('A3')?.reasons).toEqual(
        expect.arrayContaining(['both work on reception in Greece', '1 common partner: Athens Municipality']),
      );
      expect(byTarget.get('A3')?.commonPartners).toEqual([{ name: 'Athens Municipality' }]);
      expect(byTarget.get('A5')?.reasons).toEqual(expect.arrayContaining(['1 common partner: Hellenic Foundation']));
      expect(suggestedLinks.suggestions.every((s) => s.sourceId === fx.actor.A2 && s.reasons.length > 0)).toBe(true);
    });

    it('never suggests, names or counts the hidden shelter to an anonymous visitor', async () => {
      const one = dataOf(await fx.analytics<SuggestionsAnswer>(selection(fx.actor.A2), { anonymous: true }));
      const all = dataOf(await fx.analytics<SuggestionsAnswer>(selection(null, 500), { anonymous: true }));
      for (const answer of [one, all]) {
        const text = JSON.stringify(answer);
        expect(text).not.toContain(fx.actor.A5);
        expect(text).not.toContain('Hidden Shelter');
      }
      // Anonymous: the ministry would now also close the local–national gap on reception.
      expect(one.suggestedLinks.suggestions.find((s) => fx.keyOf(s.targetId) === 'A3')?.reasons).toContain(
        'would link the local and national tiers on reception in Greece',
      );
      expect(all.suggestedLinks.actorId).toBeNull();
      expect(all.suggestedLinks.candidatePairs).toBeGreaterThan(0);
    });

    it('answers NOT_FOUND for an unknown actor, and for a hidden one as if it did not exist', async () => {
      const unknown = await fx.analytics(selection('00000000-0000-4000-8000-000000000000'));
      expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', field: 'actorId' });
      const hidden = await fx.analytics(selection(fx.actor.A5), { anonymous: true });
      expect(errorOf(hidden)).toEqual({ code: 'NOT_FOUND', field: 'actorId' });
      expect(hidden.errors?.[0]?.message).toBe(
        unknown.errors?.[0]?.message.replace('00000000-0000-4000-8000-000000000000', fx.actor.A5),
      );
    });
  });

  describe('partners', () => {
    type Candidate = {
      actorId: string;
      score: number;
      distance: number | null;
      proximity: number;
      introductionPath: string[] | null;
      intermediaryIds: string[];
      reasons: string[];
      actor: { name: string };
      intermediaries: Array<{ name: string }>;
      link: { sharedThemes: string[]; corridors: Array<{ diasporaActorId: string; country: string }> };
    };
    const selection = (actorId: string) => `partners(actorId: "${actorId}", countries: ["GR"], top: 10) {
      actorId actor { name }
      candidates { actorId score distance proximity introductionPath intermediaryIds reasons actor { name } intermediaries { name } link { sharedThemes corridors { diasporaActorId country } } }
    }`;

    it('finds partners in the country of origin of a diaspora organisation, with an introduction path', async () => {
      const { partners } = dataOf(
        await fx.analytics<{ partners: { actorId: string; actor: { name: string }; candidates: Candidate[] } }>(
          selection(fx.actor.A7),
        ),
      );
      expect(partners.actor.name).toBe('Greek Diaspora Union');
      expect(keys(partners.candidates.map((c) => c.actorId))).toEqual(['A2', 'A5']);
      const ngo = partners.candidates.find((c) => c.actorId === fx.actor.A2) as Candidate;
      expect(ngo).toMatchObject({ distance: 2, proximity: 1 });
      expect(ngo.intermediaries).toHaveLength(1);
      expect(['Athens Municipality', 'Hellenic Foundation']).toContain(ngo.intermediaries[0]?.name);
      expect(ngo.link.corridors).toEqual([{ diasporaActorId: fx.actor.A7, country: 'GR' }]);
      expect(ngo.reasons).toEqual(
        expect.arrayContaining([
          'Greek Diaspora Union has origins in Greece, where Greek Refugee NGO is based',
          `can be introduced through ${ngo.intermediaries[0]?.name}`,
        ]),
      );
    });

    it('leaves the hidden shelter out for an anonymous visitor and refuses it as the seeking actor', async () => {
      const { partners } = dataOf(
        await fx.analytics<{ partners: { candidates: Candidate[] } }>(selection(fx.actor.A7), { anonymous: true }),
      );
      expect(keys(partners.candidates.map((c) => c.actorId))).toEqual(['A2']);
      expect(errorOf(await fx.analytics(selection(fx.actor.A5), { anonymous: true }))).toEqual({
        code: 'NOT_FOUND',
        field: 'actorId',
      });
    });

    it('checks the criteria', async () => {
      const answer = await fx.analytics(`partners(actorId: "${fx.actor.A7}", themes: ["nope"]) { actorId }`);
      expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'themes.0' });
      const countries = await fx.analytics(`partners(actorId: "${fx.actor.A7}", countries: ["ZZ"]) { actorId }`);
      expect(errorOf(countries)).toEqual({ code: 'BAD_USER_INPUT', field: 'countries.0' });
    });

    it('keeps to a diaspora corridor: based in the origin, or a diaspora of the origin in the destination', async () => {
      const ids = async (corridor: string, extra = '') => {
        const { partners } = dataOf(
          await fx.analytics<{ partners: { candidates: Candidate[] } }>(
            `partners(actorId: "${fx.actor.A2}", corridor: ${corridor}${extra}, top: 20) { candidates { actorId } }`,
          ),
        );
        return keys(partners.candidates.map((c) => c.actorId));
      };
      // The NGO already works with A1 and A6: the other Greek actors and the Greek diaspora in Germany remain.
      expect(await ids('{ origin: "GR", destination: "DE" }')).toEqual(['A3', 'A5', 'A7']);
      expect(await ids('{ destination: "DE" }')).toEqual(['A7']);
      expect(await ids('{ origin: "GR" }', ', countries: ["DE"]')).toEqual(['A7']);
      // No Greek diaspora in Italy: only the Greek side of the corridor.
      expect(await ids('{ origin: "GR", destination: "IT" }')).toEqual(['A3', 'A5']);
    });

    it('says when the filter leaves the seeking actor out, and finds it partners by criteria instead', async () => {
      const call = (selection: string, filter?: Record<string, unknown>) =>
        fx.analytics<{ partners: { actorInGraph: boolean; candidates: Candidate[] } }>(
          `partners(actorId: "${fx.actor.A7}"${selection}) { actorInGraph candidates { actorId } }`,
          filter ? { filter } : {},
        );
      // The diaspora union (DE) has no tie to Italy: an Italian cut of the graph holds nobody it could meet.
      const cut = dataOf(await call('', { countries: ['IT'] })).partners;
      expect(cut).toEqual({ actorInGraph: false, candidates: [] });
      const criteria = dataOf(await call(', countries: ["GR"]')).partners;
      expect(criteria.actorInGraph).toBe(true);
      expect(criteria.candidates.length).toBeGreaterThan(0);
    });

    it('refuses a corridor with an unknown country, no end, or the same country at both ends', async () => {
      const answer = (corridor: string) =>
        fx.analytics(`partners(actorId: "${fx.actor.A7}", corridor: ${corridor}) { actorId }`);
      expect(errorOf(await answer('{ origin: "ZZ", destination: "DE" }'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'corridor.origin',
      });
      expect(errorOf(await answer('{ origin: "GR", destination: "Germany" }'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'corridor.destination',
      });
      expect(errorOf(await answer('{}'))).toEqual({ code: 'BAD_USER_INPUT', field: 'corridor' });
      expect(errorOf(await answer('{ origin: "GR", destination: "GR" }'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'corridor.destination',
      });
      const message = (await answer('{ origin: "ZZ" }')).errors?.[0]?.message;
      expect(message).toContain('ISO 3166-1 alpha-2 country code');
      expect(message).toContain('"ZZ"');
    });
  });

  describe('paths', () => {
    type PathsAnswer = {
      paths: {
        fromId: string;
        toId: string;
        from: { name: string };
        to: { name: string };
        shortest: { length: number } | null;
        paths: Array<{
          length: number;
          actorIds: string[];
          actors: Array<{ name: string }>;
          steps: Array<{ fromId: string; toId: string; relationIds: string[]; relations: Array<{ type: string }> }>;
        }>;
      };
    };
    const selection = (from: string, to: string, extra = '') => `paths(from: "${from}", to: "${to}", k: 2${extra}) {
      fromId toId from { name } to { name } shortest { length }
      paths { length actorIds actors { name } steps { fromId toId relationIds relations { type } } }
    }`;

    it('takes the restricted shortcut for an editor', async () => {
      const { paths } = dataOf(await fx.analytics<PathsAnswer>(selection(fx.actor.A2, fx.actor.A4)));
      expect(paths).toMatchObject({
        fromId: fx.actor.A2,
        toId: fx.actor.A4,
        from: { name: 'Greek Refugee NGO' },
        to: { name: 'UNHCR' },
      });
      expect(paths.paths.map((p) => p.length)).toEqual([2, 4]);
      expect(paths.paths[0]?.actors.map((a) => a.name)).toEqual(['Greek Refugee NGO', 'Athens Municipality', 'UNHCR']);
      expect(paths.paths[0]?.steps[1]).toMatchObject({
        relationIds: [fx.relation.R13],
        relations: [{ type: 'PARTNERS_WITH' }],
      });
    });

    it('goes the long way round for an anonymous visitor and never through hidden actors', async () => {
      const { paths } = dataOf(
        await fx.analytics<PathsAnswer>(selection(fx.actor.A2, fx.actor.A4), { anonymous: true }),
      );
      expect(paths.shortest?.length).toBe(4);
      expect(paths.paths.map((p) => p.length)).toEqual([4, 5]);
      expect(keys(paths.paths[0]?.actorIds ?? [])).toEqual(['A1', 'A2', 'A3', 'A4', 'A8']);
      expect(JSON.stringify(paths)).not.toContain(fx.actor.A5);
    });

    it('restricts steps to the types asked for and answers no path when none is left', async () => {
      const { paths } = dataOf(
        await fx.analytics<PathsAnswer>(selection(fx.actor.A2, fx.actor.A4, ', types: [FUNDS]')),
      );
      expect(paths.shortest).toBeNull();
      expect(paths.paths).toEqual([]);
    });

    it('answers NOT_FOUND for a hidden end and BAD_USER_INPUT for k outside 1–10', async () => {
      expect(errorOf(await fx.analytics(selection(fx.actor.A1, fx.actor.A5), { anonymous: true }))).toEqual({
        code: 'NOT_FOUND',
        field: 'to',
      });
      const editor = dataOf(await fx.analytics<PathsAnswer>(selection(fx.actor.A1, fx.actor.A5)));
      expect(editor.paths.shortest?.length).toBe(2);
      for (const k of [0, 11]) {
        const answer = await fx.analytics(`paths(from: "${fx.actor.A1}", to: "${fx.actor.A2}", k: ${k}) { fromId }`);
        expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'k' });
      }
    });
  });

  describe('diff', () => {
    type DiffAnswer = {
      diff: {
        from: string;
        to: string;
        addedRelationIds: string[];
        endedRelationIds: string[];
        addedActorIds: string[];
        endedActorIds: string[];
        endedActors: Array<{ name: string }>;
        addedRelations: Array<{ type: string }>;
      };
    };
    const selection = (from: string, to: string) =>
      `diff(from: "${from}", to: "${to}") { from to addedRelationIds endedRelationIds addedActorIds endedActorIds endedActors { name } addedRelations { type } }`;

    it('lists relations started and ended between two dates', async () => {
      const { diff } = dataOf(await fx.analytics<DiffAnswer>(selection('2017', '2022')));
      expect(keys(diff.addedRelationIds)).toEqual(['R1', 'R10']);
      expect(keys(diff.endedRelationIds)).toEqual(['R4']);
      expect(diff.addedActorIds).toEqual([]);
      // UNHCR keeps the restricted partnership with the municipality, which has no dates.
      expect(diff.endedActorIds).toEqual([]);
      expect(diff.addedRelations.map((r) => r.type).sort()).toEqual(['CONSULTS', 'DELIVERS_SERVICES_FOR']);
    });

    it('sees UNHCR leave the network for an anonymous visitor, and ignores the as-of date', async () => {
      const { diff } = dataOf(
        await fx.analytics<DiffAnswer>(selection('2017', '2022'), { anonymous: true, asOf: '2016-01-01' }),
      );
      expect(diff.endedActors).toEqual([{ name: 'UNHCR' }]);
      expect(keys(diff.addedRelationIds)).toEqual(['R1', 'R10']);
    });

    it('refuses invalid dates and a later from', async () => {
      expect(errorOf(await fx.analytics(selection('2022', '2017')))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(errorOf(await fx.analytics(selection('2020-13', '2021')))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'from',
      });
      expect(errorOf(await fx.analytics(selection('2020', 'soon')))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    });
  });

  describe('arguments of analytics(…)', () => {
    it.each([
      [{ asOf: '2020-13-01' }, 'asOf'],
      [{ asOf: '2020' }, 'asOf'],
      [{ filter: { minConfidence: 1.5 } }, 'filter.minConfidence'],
      [{ filter: { themes: ['reception', 'nope'] } }, 'filter.themes.1'],
      [{ filter: { countries: ['ZZ'] } }, 'filter.countries.0'],
    ])('refuses %j with BAD_USER_INPUT on %s', async (options, field) => {
      expect(errorOf(await fx.analytics('workspaceId', options))).toEqual({ code: 'BAD_USER_INPUT', field });
    });

    it('answers NOT_FOUND on workspace for an unknown workspace', async () => {
      const answer = await fx.analytics('workspaceId', { workspace: 'no-such-workspace' });
      expect(errorOf(answer)).toEqual({ code: 'NOT_FOUND', field: 'workspace' });
    });
  });

  describe('visibility across every analysis', () => {
    it('never mentions the hidden shelter, its funding or the restricted relation to an anonymous visitor', async () => {
      const everything = `actorCount relationCount
        tierMatrix { tiers { count } }
        silos { components { actorIds actors { name } } communities { actorIds actors { name } } }
        gaps(theme: "reception") { tiersPresent { actorIds actors { name } } pairs { lowerActorIds relationIds suggestedLinks { sourceId targetId reasons commonPartnerIds } } }
        coverage(byCountry: true) { cells { actorIds } }
        deliveryWithoutVoice { civilSocietyActorId deliveryRelationIds }
        funding { recipients { recipientId funders { funderId relationIds } } funders { funderId recipientIds byTheme { recipientIds } } unfundedCells { actorIds } coFunding { sharedRecipientIds } }
        brokers(top: 500) { actors { actorId } }
        suggestedLinks(top: 500) { suggestions { sourceId targetId reasons commonPartnerIds } }
        partners(actorId: "${fx.actor.A2}", top: 500) { candidates { actorId introductionPath reasons } }
        paths(from: "${fx.actor.A1}", to: "${fx.actor.A6}", k: 10) { paths { actorIds steps { relationIds } } }
        diff(from: "2000", to: "2030") { addedRelationIds endedRelationIds addedActorIds endedActorIds }`;
      const answer = await fx.analytics(everything, { anonymous: true });
      expect(answer.errors).toBeUndefined();
      const text = JSON.stringify(answer.data);
      for (const secret of [fx.actor.A5, 'Hidden Shelter', fx.relation.R5, fx.relation.R13, fx.relation.R14]) {
        expect(text).not.toContain(secret);
      }
      const editor = JSON.stringify((await fx.analytics(everything)).data);
      expect(editor).toContain('Hidden Shelter');
      expect(editor).toContain(fx.relation.R14);
    });
  });
});
