import { dataOf } from '../../helpers/workspace-fixture';
import { buildAnalyticsFixture, type AnalyticsFixture } from './analytics-fixture';

interface PathsAnswer {
  paths: { paths: Array<{ actorIds: string[]; length: number; cost: number }> };
}

/**
 * Strength and confidence through the API (issue 20, point 4), on the analytics fixture plus two ties
 * of the Greek Refugee NGO (A2): a one-off consultation straight to the ministry (A3, strength 1), and
 * a long partnership with the Hellenic Foundation (A6, strength 5). Without weights the consultation is
 * the shortest way from the NGO to the ministry; with weights, going over the municipality (A1: two
 * ties of unknown strength, 5/3 each) is cheaper than the consultation (5).
 */
describe('weighted ties through the API', () => {
  let fx: AnalyticsFixture;
  const paths = (extra: string) =>
    fx.analytics<PathsAnswer>(
      `paths(from: "${fx.actor.A2}", to: "${fx.actor.A3}", k: 4${extra}) { paths { actorIds length cost } }`,
    );

  beforeAll(async () => {
    fx = await buildAnalyticsFixture('weighted-ties');
    for (const [target, type, strength] of [
      ['A3', 'CONSULTS', 1],
      ['A6', 'PARTNERS_WITH', 5],
    ] as const) {
      dataOf(
        await fx.api.gql(
          'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
          { ws: fx.workspace.id, input: { type, sourceId: fx.actor.A2, targetId: fx.actor[target], strength } },
        ),
      );
    }
  });
  afterAll(() => fx.close());

  it('takes the direct one-off consultation by steps, and the route over stronger ties when weighted', async () => {
    const plain = dataOf(await paths('')).analytics.paths.paths;
    expect(plain[0]).toMatchObject({ length: 1, cost: 1 });
    expect(plain[0]?.actorIds.map(fx.keyOf)).toEqual(['A2', 'A3']);

    const weighted = dataOf(await paths(', weighted: true')).analytics.paths.paths;
    expect(weighted[0]?.actorIds.map(fx.keyOf)).toEqual(['A2', 'A1', 'A3']);
    expect(weighted[0]?.cost).toBeCloseTo(10 / 3, 12);
    // Then two routes over the strong partnership with the foundation (1 + 2 × 5/3 = 4.33 each: via the
    // shelter or the diaspora union), and only then the consultation (5).
    expect(weighted.map((path) => path.cost)).toEqual([
      expect.closeTo(10 / 3, 12),
      expect.closeTo(13 / 3, 12),
      expect.closeTo(13 / 3, 12),
      expect.closeTo(5, 12),
    ]);
    expect(weighted[3]?.actorIds.map(fx.keyOf)).toEqual(['A2', 'A3']);
  });

  it('ranks brokers by weighted betweenness when asked, as networkx computes it with cost = 5 / (strength × confidence)', async () => {
    type Ranked = {
      brokers: { weighted: boolean; method: string; actors: Array<{ actorId: string; betweenness: number }> };
    };
    const ranked = async (weighted: boolean) =>
      dataOf(
        await fx.analytics<Ranked>(
          `brokers(top: 3, weighted: ${weighted}) { weighted method actors { actorId betweenness } }`,
        ),
      ).analytics.brokers;
    const plain = await ranked(false);
    expect(plain.weighted).toBe(false);
    expect(plain.actors.map((row) => fx.keyOf(row.actorId))).toEqual(['A3', 'A1', expect.stringMatching(/^A[27]$/)]);
    const weighted = await ranked(true);
    expect(weighted).toMatchObject({ weighted: true, method: 'EXACT' });
    // networkx.betweenness_centrality(G, weight='cost'): the foundation (A6), tied to the NGO by the
    // strong partnership, rises to third; the NGO's one-off consultation with the ministry carries less.
    expect(weighted.actors.map((row) => fx.keyOf(row.actorId))).toEqual(['A3', 'A1', 'A6']);
    [0.23214285714285712, 0.21428571428571427, 0.08928571428571427].forEach((value, i) =>
      expect(weighted.actors[i]?.betweenness).toBeCloseTo(value, 12),
    );
  });

  it('refuses a minimum confidence outside 0–1 and a weighted flag that is not a boolean', async () => {
    const bad = await paths(', weighted: true, minConfidence: 1.5');
    expect(bad.data).toBeNull();
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minConfidence' });
    const notBoolean = await paths(', weighted: "yes"');
    expect(notBoolean.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('gives introductions their cost and says whether a hub is the only route', async () => {
    const answer = dataOf(
      await fx.analytics<{
        partners: {
          candidates: Array<{
            actorId: string;
            introductionPath: string[] | null;
            introductionCost: number | null;
            onlyThroughHub: boolean;
            reasons: string[];
          }>;
        };
      }>(
        `partners(actorId: "${fx.actor.A2}", top: 10) { candidates { actorId introductionPath introductionCost onlyThroughHub reasons } }`,
      ),
    ).analytics.partners.candidates;
    // No actor here has ten partners: nobody is a hub. The EU agency is two steps from the NGO over the
    // one-off consultation with the ministry (5 + 5/3), but three steps of unknown strength over the
    // municipality (3 × 5/3 = 5, then the ministry or UNHCR) are cheaper.
    const agency = answer.find((candidate) => fx.keyOf(candidate.actorId) === 'A8');
    expect(agency?.introductionPath?.map(fx.keyOf).slice(0, 2)).toEqual(['A2', 'A1']);
    expect(agency?.introductionPath).toHaveLength(4);
    expect(agency?.introductionCost).toBeCloseTo(5, 12);
    expect(answer.every((candidate) => !candidate.onlyThroughHub)).toBe(true);
    expect(agency?.reasons.at(-1)).toMatch(
      /^can be introduced through Athens Municipality → (UNHCR|Ministry of Migration)$/,
    );
  });
});
